import type Handlebars from "handlebars";
import { loadCompiler } from "./handlebars.js";
import { type PartialReference, templateReferences } from "./template-guard.js";

/**
 * Templates compiled ahead of time for the CLI (the task pane has its own, TemplateSet.precompiled, because
 * its CSP forbids compiling at all). Compiling the bundled templates (parsing them, checking their partials,
 * generating each template's code) took a fifth of a 10,000-row report, Node start-up included; the build
 * (scripts/build-templates.ts) does it once and the CLI loads the result. Each entry is keyed by the exact
 * source it was compiled from: a part whose text differs (an edited template, a --template folder, a build
 * older than the templates) is compiled when rendered, as before, so the page is the same either way.
 * Browser-safe (Handlebars only, no Node built-ins).
 */
export interface PrecompiledPart {
  /** Handlebars' template spec, as Handlebars.precompile writes it (an object with functions). */
  readonly spec: TemplateSpecification;
  /** What checkTemplates needs of the part, found when it was compiled. */
  readonly references: readonly PartialReference[];
  readonly inline: readonly string[];
}

/** Source text → its compiled part. */
export type CompiledBySource = ReadonlyMap<string, PrecompiledPart>;

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/** The options every report template is compiled with, ahead of time or not. */
export const COMPILE_OPTIONS = { strict: false, preventIndent: true } as const;

/**
 * The JavaScript of a module whose default export is the entries of CompiledBySource for these sources
 * (run at build time; Handlebars.precompile writes the spec as code).
 */
export async function precompiledModule(sources: Iterable<string>): Promise<string> {
  const hbs = await loadCompiler();
  const entries: string[] = [];
  for (const source of new Set(sources)) {
    const { references, inline } = templateReferences("precompiled", source);
    const spec = hbs.precompile(source, COMPILE_OPTIONS);
    entries.push(
      `[${JSON.stringify(source)}, { spec: ${spec}, references: ${JSON.stringify(references)}, inline: ${JSON.stringify(inline)} }]`,
    );
  }
  return `// Written by scripts/build-templates.ts: Handlebars templates compiled at build time.\nexport default [\n${entries.join(",\n")}\n];\n`;
}

/** A template from its precompiled spec when the source matches, else compiled from the source. */
export function templateOf(
  hbs: typeof Handlebars,
  source: string,
  precompiled: CompiledBySource | undefined,
): Handlebars.TemplateDelegate {
  const part = precompiled?.get(source);
  return part ? hbs.template(part.spec) : hbs.compile(source, COMPILE_OPTIONS);
}
