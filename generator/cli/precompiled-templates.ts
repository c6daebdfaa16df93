import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { PrecompiledPart } from "../report/render/precompiled.js";
import { packageRoot } from "./paths.js";

/**
 * The bundled templates as compiled by the build (scripts/build-templates.ts into dist/templates/precompiled.js),
 * as [template source, compiled template] entries; none before a build.
 *
 * Run from source, they are loaded from dist at run time. The CLI build replaces this module with one that
 * imports them (vite.node.config.ts), so they are part of the CLI's code and share its V8 code cache
 * (generator/cli/code-cache/cached-modules.ts) instead of being parsed and compiled at every run.
 */
export async function precompiledTemplateEntries(): Promise<[string, PrecompiledPart][] | undefined> {
  const path = join(packageRoot(), "dist", "templates", "precompiled.js");
  if (!existsSync(path)) return undefined;
  const module = (await import(pathToFileURL(path).href)) as { default: [string, PrecompiledPart][] };
  return module.default;
}
