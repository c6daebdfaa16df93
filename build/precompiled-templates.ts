import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import type { Plugin } from "vite";

/**
 * The default report templates compiled at build time, for the task pane: its Content-Security-Policy has no
 * 'unsafe-eval', and Handlebars compiles a template at run time with `new Function`. The pane imports
 * `virtual:goalsheet/precompiled-templates` (addin/taskpane/precompiled-templates.ts); the CLI and Node keep
 * compiling the same files at run time. Same options as the run-time compile (generator/report/render).
 */
export const PRECOMPILED_MODULE = "virtual:goalsheet/precompiled-templates";
const OPTIONS = { strict: false, preventIndent: true };

/** The module's source: `export default { main, partials }`, each a Handlebars template specification. */
export function precompiledTemplatesSource(dir: string): string {
  const spec = (file: string) => Handlebars.precompile(readFileSync(file, "utf8"), OPTIONS);
  const partialsDir = join(dir, "partials");
  const partials = readdirSync(partialsDir)
    .filter((f) => f.endsWith(".hbs"))
    .sort()
    .map((f) => `${JSON.stringify(f.replace(/\.hbs$/, ""))}: ${spec(join(partialsDir, f))}`);
  return `export default { main: ${spec(join(dir, "report.hbs"))}, partials: { ${partials.join(", ")} } };\n`;
}

export function precompiledTemplates(dir: string): Plugin {
  const resolved = `\0${PRECOMPILED_MODULE}`;
  return {
    name: "goalsheet-precompiled-templates",
    resolveId: (id) => (id === PRECOMPILED_MODULE ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      for (const file of readdirSync(join(dir, "partials"))) this.addWatchFile(join(dir, "partials", file));
      this.addWatchFile(join(dir, "report.hbs"));
      return precompiledTemplatesSource(dir);
    },
  };
}
