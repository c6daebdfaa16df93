import type Handlebars from "handlebars";
import type { ReportModel } from "../model/report-model.js";
import { handlebarsFor } from "./handlebars.js";
import { registerHelpers } from "./helpers.js";
import { type CompiledBySource, templateOf } from "./precompiled.js";
import { checkTemplates, MAIN_PART, placed, registerTrackedPartials } from "./template-guard.js";

/** A template set: the page, its partials (by name) and its stylesheet, as text. Browser-safe: no file system. */
export interface TemplateSet {
  readonly main: string;
  readonly partials: Readonly<Record<string, string>>;
  readonly css: string;
  /**
   * The same templates compiled at build time (Handlebars.precompile), for a page whose Content-Security-Policy
   * forbids eval: compiling at run time needs `new Function` (the task pane). The text is still checked.
   */
  readonly precompiled?: PrecompiledTemplates;
  /**
   * The bundled templates compiled by the CLI's build, keyed by their exact source (precompiled.ts): used for
   * any part whose text matches, so a --template folder or an edited file is still compiled from its text.
   */
  readonly compiledBySource?: CompiledBySource;
}

/** What Handlebars.precompile returns, as JavaScript (a build step writes it into the bundle). */
export type TemplateSpecification = ReturnType<typeof Handlebars.precompile>;

export interface PrecompiledTemplates {
  readonly main: TemplateSpecification;
  readonly partials: Readonly<Record<string, TemplateSpecification>>;
}

export type Labels = Readonly<Record<string, string>>;

/**
 * Render the report: one self-contained HTML page. Each call uses its own Handlebars environment (no global
 * helpers or partials leak between reports), prototype access stays off (Handlebars' default since 4.6), and
 * the stylesheet is allowed by its SHA-256 in the Content-Security-Policy, so nothing else can run or load.
 * A template mistake (syntax, a missing partial or helper, endless partials) throws a TemplateError naming the
 * part and line (template-guard.ts).
 */
export async function renderReport(model: ReportModel, templates: TemplateSet, labels: Labels): Promise<string> {
  const sources = [templates.main, ...Object.values(templates.partials)];
  const handlebars = await handlebarsFor(sources, templates.compiledBySource);
  const references = checkTemplates(templates.main, templates.partials, templates.compiledBySource);
  const hbs = handlebars.create();
  // The task pane's build-time spec for this part if there is one, else the CLI's for this text, else compiled.
  const compile = (source: string, spec: TemplateSpecification | undefined) =>
    spec ? hbs.template(spec) : templateOf(hbs, source, templates.compiledBySource);
  registerHelpers(hbs, model, labels);
  registerTrackedPartials(hbs, templates.partials, references, (name, source) =>
    compile(source, templates.precompiled?.partials[name]),
  );
  const page = compile(templates.main, templates.precompiled?.main);
  const css = templates.css.trim();
  const csp = [
    "default-src 'none'",
    `style-src '${await sha256Base64(css)}'`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  try {
    return page({ ...model, css, csp, labels });
  } catch (cause) {
    throw placed(cause, MAIN_PART);
  }
}

async function sha256Base64(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  let binary = "";
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `sha256-${btoa(binary)}`;
}
