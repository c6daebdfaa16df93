import type Handlebars from "handlebars";
import Runtime from "handlebars/runtime";

/**
 * Handlebars in its two sizes. The runtime (environments, helpers, partials, escaping: what a template compiled
 * at build time needs) is always loaded. The compiler (a 200 KB generated parser, the code generator and
 * source-map) is loaded only when a part must be parsed or compiled from its text: a --template folder, a
 * template edited since the build, a run from source, or the task pane (which checks its templates' text).
 * The CLI's bundled templates are all compiled at build time, so loading the compiler for them was waste.
 * Browser-safe.
 */
export type HandlebarsCompiler = typeof Handlebars;

/** The runtime build has the same environment API, without compile, precompile and parse. */
export type HandlebarsRuntime = Pick<typeof Handlebars, "create" | "template">;

export const handlebarsRuntime = Runtime as unknown as HandlebarsRuntime;

let compiler: HandlebarsCompiler | undefined;

/** Load the compiler (once); call before anything that parses or compiles template text. */
export async function loadCompiler(): Promise<HandlebarsCompiler> {
  compiler ??= (await import("handlebars")).default;
  return compiler;
}

/** The compiler that loadCompiler loaded. Parsing before loading it is a bug in the caller, not the user's. */
export function loadedCompiler(): HandlebarsCompiler {
  if (compiler === undefined) throw new Error("the Handlebars compiler is used before loadCompiler() loaded it");
  return compiler;
}

/**
 * The Handlebars to render these parts with: the runtime when every part has a build-time compiled form, else
 * the compiler (loaded now, so checking and compiling the other parts can use it).
 */
export async function handlebarsFor(
  sources: Iterable<string>,
  compiledBySource: ReadonlyMap<string, unknown> | undefined,
): Promise<HandlebarsRuntime | HandlebarsCompiler> {
  for (const source of sources) if (!compiledBySource?.has(source)) return loadCompiler();
  return handlebarsRuntime;
}
