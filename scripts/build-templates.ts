/**
 * Part of `npm run build:node`: compile the bundled Handlebars templates (templates/<set>/report.hbs and
 * partials/*.hbs) into dist/templates/precompiled.js, which the CLI loads instead of compiling them at every
 * run (generator/report/render/precompiled.ts says why, and how a changed template is still compiled).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { precompiledModule } from "../generator/report/render/precompiled.js";

export const PRECOMPILED_PATH = join("dist", "templates", "precompiled.js");

/** Every .hbs of every bundled set, as text. */
export function bundledTemplateSources(root: string): string[] {
  const sources: string[] = [];
  const templates = join(root, "templates");
  for (const set of readdirSync(templates, { withFileTypes: true })) {
    if (!set.isDirectory() || set.name === "locales") continue;
    const dir = join(templates, set.name);
    const files = readdirSync(dir).map((f) => join(dir, f));
    const partials = join(dir, "partials");
    if (readdirSync(dir).includes("partials")) files.push(...readdirSync(partials).map((f) => join(partials, f)));
    for (const file of files.sort()) if (file.endsWith(".hbs")) sources.push(readFileSync(file, "utf8"));
  }
  return sources;
}

if (process.argv[1] && /build-templates\.ts$/.test(process.argv[1])) {
  const root = resolve(".");
  const out = join(root, PRECOMPILED_PATH);
  mkdirSync(join(root, "dist", "templates"), { recursive: true });
  const sources = bundledTemplateSources(root);
  writeFileSync(out, await precompiledModule(sources));
  process.stderr.write(`build-templates: ${sources.length} templates compiled into ${PRECOMPILED_PATH}\n`);
}
