import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { loadCompiler } from "../generator/report/render/handlebars.js";
import { COMPILE_OPTIONS } from "../generator/report/render/precompiled.js";
import { MAIN_PART, partialPart, templateReferences } from "../generator/report/render/template-guard.js";

/**
 * The default report templates compiled at build time, for the task pane: its Content-Security-Policy has no
 * 'unsafe-eval', and Handlebars compiles a template at run time with `new Function`. The pane imports
 * `virtual:goalsheet/precompiled-templates` (addin/taskpane/precompiled-templates.ts): a CompiledBySource map
 * (generator/report/render/precompiled.ts), each part's spec with the partials it names, found here. With every
 * part in it the pane neither parses nor compiles a template, so it ships Handlebars' runtime only (the full
 * package with its parser and code generator was 70 KB of the pane, gzipped: vite.taskpane.config.ts).
 * The CLI and Node keep the same files compiled by scripts/build-templates.ts; same options either way.
 *
 * Each source is imported as `?raw`, the very module addin/taskpane/bundled-templates.ts imports, so the text
 * is bundled once and the map's keys are the strings the render looks up.
 */
export const PRECOMPILED_MODULE = "virtual:goalsheet/precompiled-templates";

/**
 * The module's source: `export default new Map([[source, { spec, references, inline }], …])`. `sources`
 * "import" takes each text from its `?raw` module (Vite); "inline" writes it into the module (plain Node, tests).
 */
export async function precompiledTemplatesSource(
  dir: string,
  sources: "import" | "inline" = "import",
): Promise<string> {
  const hbs = await loadCompiler();
  const partialsDir = join(dir, "partials");
  const parts: [string, string][] = [
    [MAIN_PART, join(dir, "report.hbs")],
    ...readdirSync(partialsDir)
      .filter((f) => f.endsWith(".hbs"))
      .sort()
      .map((f): [string, string] => [partialPart(f.replace(/\.hbs$/, "")), join(partialsDir, f)]),
  ];
  const imports: string[] = [];
  const entries: string[] = [];
  parts.forEach(([part, file], i) => {
    const source = readFileSync(file, "utf8");
    const { references, inline } = templateReferences(part, source);
    const spec = hbs.precompile(source, COMPILE_OPTIONS);
    imports.push(
      sources === "import"
        ? `import s${i} from ${JSON.stringify(`${file}?raw`)};`
        : `const s${i} = ${JSON.stringify(source)};`,
    );
    entries.push(
      `[s${i}, { spec: ${spec}, references: ${JSON.stringify(references)}, inline: ${JSON.stringify(inline)} }]`,
    );
  });
  return `${imports.join("\n")}\nexport default new Map([\n${entries.join(",\n")}\n]);\n`;
}

export function precompiledTemplates(dir: string): Plugin {
  const resolved = `\0${PRECOMPILED_MODULE}`;
  return {
    name: "goalsheet-precompiled-templates",
    resolveId: (id) => (id === PRECOMPILED_MODULE ? resolved : undefined),
    async load(id) {
      if (id !== resolved) return undefined;
      for (const file of readdirSync(join(dir, "partials"))) this.addWatchFile(join(dir, "partials", file));
      this.addWatchFile(join(dir, "report.hbs"));
      return precompiledTemplatesSource(dir);
    },
  };
}
