import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Labels, Locale, TemplateSet } from "../report/index.js";
import { CliError } from "./errors.js";
import { packageRoot } from "./paths.js";

/** Template sets that ship with Goalsheet, usable by name: `--template summary` (a one-page summary). */
export const BUNDLED_TEMPLATES = ["default", "summary"] as const;

/**
 * Load a template set from a folder: report.hbs, styles.css and partials/*.hbs. A custom folder given with
 * --template (or the name of a bundled set) extends the default: files it has replace the default's, the
 * rest come from the default.
 */
export async function loadTemplates(customDir?: string): Promise<TemplateSet> {
  const base = await readTemplateDir(join(packageRoot(), "templates", "default"));
  if (!customDir) return base;
  const bundled = (BUNDLED_TEMPLATES as readonly string[]).includes(customDir) && !existsSync(customDir);
  const dir = bundled ? join(packageRoot(), "templates", customDir) : customDir;
  if (!existsSync(dir))
    throw new CliError(`--template must be a folder or one of ${BUNDLED_TEMPLATES.join(", ")}, got "${customDir}"`);
  const custom = await readTemplateDir(dir);
  return {
    main: custom.main || base.main,
    css: custom.css || base.css,
    partials: { ...base.partials, ...custom.partials },
  };
}

async function readTemplateDir(dir: string): Promise<TemplateSet> {
  const read = async (path: string) => (existsSync(path) ? readFile(path, "utf8") : "");
  const partialsDir = join(dir, "partials");
  const partials: Record<string, string> = {};
  if (existsSync(partialsDir)) {
    for (const file of (await readdir(partialsDir)).sort()) {
      if (file.endsWith(".hbs")) partials[basename(file, ".hbs")] = await readFile(join(partialsDir, file), "utf8");
    }
  }
  return { main: await read(join(dir, "report.hbs")), css: await read(join(dir, "styles.css")), partials };
}

export async function loadLabels(locale: Locale): Promise<Labels> {
  const english = JSON.parse(await readFile(join(packageRoot(), "templates", "locales", "en.json"), "utf8"));
  if (locale === "en") return english;
  const path = join(packageRoot(), "templates", "locales", `${locale}.json`);
  // Missing keys fall back to English so a partial translation never shows a raw key.
  return existsSync(path) ? { ...english, ...JSON.parse(await readFile(path, "utf8")) } : english;
}
