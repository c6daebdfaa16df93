import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import {
  type CompiledBySource,
  handlebarsFor,
  type Labels,
  type Locale,
  MAIN_PART,
  partialPart,
  type TemplateSet,
} from "../report/index.js";
import { CliError } from "./errors.js";
import { kindOf, readRegularFile } from "./files.js";
import { packageRoot } from "./paths.js";
import { precompiledTemplateEntries } from "./precompiled-templates.js";

/** Template sets that ship with Goalsheet, usable by name: `--template summary` (a one-page summary). */
export const BUNDLED_TEMPLATES = ["default", "summary"] as const;

/** A template file larger than this is not a template. */
const MAX_TEMPLATE_BYTES = 4 * 1024 ** 2;

/** A template set, and the file each part came from, so a template error names the file the user can open. */
export interface LoadedTemplates extends TemplateSet {
  /** Template part ("report.hbs", "partials/goals.hbs", "styles.css") → the file it was read from. */
  readonly files: Readonly<Record<string, string>>;
}

/**
 * Load a template set from a folder: report.hbs, styles.css and partials/*.hbs. A custom folder given with
 * --template (or the name of a bundled set) extends the default: files it has replace the default's, the
 * rest come from the default. Anything but a folder holding at least one of those files is refused: a file
 * or a typo must not silently give the default report.
 */
export async function loadTemplates(customDir?: string): Promise<LoadedTemplates> {
  const precompiled = await precompiledTemplates();
  const base = {
    ...(await readTemplateDir(join(packageRoot(), "templates", "default"))),
    compiledBySource: precompiled,
  };
  if (customDir === undefined) return withCompiler(base);
  const bundled = (BUNDLED_TEMPLATES as readonly string[]).includes(customDir) && !existsSync(customDir);
  const dir = bundled ? join(packageRoot(), "templates", customDir) : customDir;
  const kind = await stat(dir).then(kindOf, () => "missing" as const);
  const named = `--template must be a folder or one of ${BUNDLED_TEMPLATES.join(", ")}, got "${customDir}"`;
  if (kind === "missing") throw new CliError(named);
  if (kind !== "folder") throw new CliError(`${named} (a ${kind === "file" ? "file" : kind}, not a folder)`);
  const custom = await readTemplateDir(dir);
  if (Object.keys(custom.files).length === 0)
    throw new CliError(`--template folder "${customDir}" has no report.hbs, styles.css or partials/*.hbs`);
  return withCompiler({
    main: custom.main || base.main,
    css: custom.css || base.css,
    partials: { ...base.partials, ...custom.partials },
    files: { ...base.files, ...custom.files },
    compiledBySource: precompiled,
  });
}

/**
 * The Handlebars compiler is loaded only when some part was not compiled at build time (a --template folder,
 * an edited template, a run without a build): checkTemplates parses those parts, and it runs before rendering.
 */
async function withCompiler(templates: LoadedTemplates): Promise<LoadedTemplates> {
  await handlebarsFor([templates.main, ...Object.values(templates.partials)], templates.compiledBySource);
  return templates;
}

/**
 * The bundled templates as compiled by the build, when there is a build; parts whose source they do not match
 * are compiled when rendered (generator/report/render/precompiled.ts).
 */
async function precompiledTemplates(): Promise<CompiledBySource | undefined> {
  const entries = await precompiledTemplateEntries();
  return entries === undefined ? undefined : new Map(entries);
}

async function readTemplateDir(dir: string): Promise<LoadedTemplates> {
  const files: Record<string, string> = {};
  const read = async (part: string, path: string) => {
    if (!existsSync(path)) return "";
    files[part] = path;
    return new TextDecoder().decode(await readRegularFile(path, MAX_TEMPLATE_BYTES));
  };
  const partialsDir = join(dir, "partials");
  const partials: Record<string, string> = {};
  if (existsSync(partialsDir)) {
    for (const file of (await readdir(partialsDir)).sort()) {
      const name = basename(file, ".hbs");
      if (file.endsWith(".hbs")) partials[name] = await read(partialPart(name), join(partialsDir, file));
    }
  }
  const main = await read(MAIN_PART, join(dir, "report.hbs"));
  return { main, css: await read("styles.css", join(dir, "styles.css")), partials, files };
}

export async function loadLabels(locale: Locale): Promise<Labels> {
  const english = JSON.parse(await readFile(join(packageRoot(), "templates", "locales", "en.json"), "utf8"));
  if (locale === "en") return english;
  const path = join(packageRoot(), "templates", "locales", `${locale}.json`);
  // Missing keys fall back to English so a partial translation never shows a raw key.
  return existsSync(path) ? { ...english, ...JSON.parse(await readFile(path, "utf8")) } : english;
}
