import type Handlebars from "handlebars";
import { ReportInputError } from "../problems.js";
import { loadedCompiler } from "./handlebars.js";

/**
 * Template mistakes are the template author's input errors, so they are reported like a workbook's: as data
 * (which template part, which line, what is wrong), one line, exit code 2 in the CLI, never a stack. Handlebars
 * finds some mistakes only while rendering and then says neither where nor in which file; this module finds
 * what it can before rendering (syntax, partials that do not exist) and keeps track of which partial is
 * rendering, so the rest (a helper that does not exist, partials that include each other without end) is
 * placed too.
 */
export class TemplateError extends ReportInputError {
  constructor(
    /** The template part: "report.hbs" or "partials/<name>.hbs". */
    readonly part: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(`${part}${line === undefined ? "" : `:${line}`}: ${reason}`);
    this.name = "TemplateError";
  }
}

/** Deeper nesting than this is a partial that includes itself without end (the report nests about 3 deep). */
export const MAX_PARTIAL_DEPTH = 64;

type Ast = ReturnType<typeof Handlebars.parse>;
export interface PartialReference {
  readonly name: string;
  readonly line: number;
  /** `{{#> name}}fallback{{/name}}` may name a partial that does not exist. */
  readonly hasFallback: boolean;
}

export const MAIN_PART = "report.hbs";
export const partialPart = (name: string) => `partials/${name}.hbs`;

/**
 * Parse every part and check that each partial it names exists. Returns the partial references per part,
 * for placing runtime errors. A part compiled at build time (precompiled.ts) is not parsed again: what was
 * found in it then is used. Parsing any other part needs the compiler loaded first (handlebars.ts):
 * renderReport and the CLI's loadTemplates do that.
 */
export function checkTemplates(
  main: string,
  partials: Readonly<Record<string, string>>,
  precompiled?: ReadonlyMap<
    string,
    { readonly references: readonly PartialReference[]; readonly inline: readonly string[] }
  >,
): Map<string, PartialReference[]> {
  const parts = new Map<string, string>([[MAIN_PART, main]]);
  for (const [name, source] of Object.entries(partials)) parts.set(partialPart(name), source);
  const references = new Map<string, PartialReference[]>();
  const inline = new Set<string>();
  for (const [part, source] of parts) {
    const found = precompiled?.get(source) ?? templateReferences(part, source);
    references.set(part, [...found.references]);
    for (const name of found.inline) inline.add(name);
  }
  for (const [part, found] of references) {
    for (const ref of found) {
      if (ref.hasFallback || ref.name in partials || inline.has(ref.name)) continue;
      throw new TemplateError(part, ref.line, `the partial "${ref.name}" does not exist (no ${partialPart(ref.name)})`);
    }
  }
  return references;
}

/** The partials one part names (by line) and the inline partials it defines; a syntax error is a TemplateError. */
export function templateReferences(part: string, source: string): { references: PartialReference[]; inline: string[] } {
  const inline = new Set<string>();
  const references = scan(parse(part, source), inline);
  return { references, inline: [...inline] };
}

function parse(part: string, source: string): Ast {
  try {
    return loadedCompiler().parse(source);
  } catch (cause) {
    throw syntaxError(part, cause);
  }
}

/**
 * Handlebars reports a syntax error over several lines ("Parse error on line 3:", the context, a caret,
 * "Expecting 'ID', …, got 'EOF'") or as "if doesn't match each - 3:5". Keep the line and say it in one line.
 */
function syntaxError(part: string, cause: unknown): TemplateError {
  const message = cause instanceof Error ? cause.message : String(cause);
  const lines = message.split("\n");
  const parseError = /^Parse error on line (\d+):/.exec(lines[0] ?? "");
  if (parseError) {
    const got = /got '([^']*)'/.exec(lines[lines.length - 1] ?? "")?.[1];
    const near = (lines[1] ?? "")
      .trim()
      .replace(/^\.\.\./, "…")
      .slice(-40);
    const what = got === "EOF" ? "end of the template (a block left open?)" : `"${TOKENS[got ?? ""] ?? got}"`;
    return new TemplateError(part, Number(parseError[1]), `syntax error: unexpected ${what} after "${near}"`);
  }
  const located = / - (\d+):\d+$/.exec(message);
  const line = located ? Number(located[1]) : (cause as { lineNumber?: number }).lineNumber;
  return new TemplateError(part, line, `syntax error: ${message.replace(/ - \d+:\d+$/, "")}`);
}

const TOKENS: Readonly<Record<string, string>> = {
  CLOSE: "}}",
  CLOSE_UNESCAPED: "}}}",
  INVALID: "character",
  OPEN: "{{",
};

/** Every partial a part names with a fixed name (`{{> name}}`), and the inline partials it defines. */
function scan(ast: Ast, inline: Set<string>): PartialReference[] {
  const found: PartialReference[] = [];
  const stack: unknown[] = [ast];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const n = node as Record<string, unknown> & { type?: string; loc?: { start: { line: number } } };
    if (n.type === "PartialStatement" || n.type === "PartialBlockStatement") {
      const name = staticName(n.name);
      if (name !== undefined && !name.startsWith("@"))
        found.push({ name, line: n.loc?.start.line ?? 0, hasFallback: n.type === "PartialBlockStatement" });
    }
    if (n.type === "DecoratorBlock" && staticName((n.path as { original?: unknown })?.original) === "inline") {
      const name = staticName((n.params as unknown[])?.[0]);
      if (name !== undefined) inline.add(name);
    }
    for (const key of ["body", "program", "inverse"]) {
      const child = n[key];
      if (Array.isArray(child)) for (let i = child.length - 1; i >= 0; i--) stack.push(child[i]);
      else if (child && typeof child === "object") stack.push(child);
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

function staticName(node: unknown): string | undefined {
  if (typeof node === "string") return node;
  const n = node as { type?: string; original?: unknown; value?: unknown } | undefined;
  if (n?.type === "PathExpression" && typeof n.original === "string") return n.original;
  if ((n?.type === "StringLiteral" || n?.type === "NumberLiteral") && n.value !== undefined) return String(n.value);
  return undefined;
}

/**
 * Register the partials as functions that know their own name: the stack of partials rendering places a
 * runtime error, and a nesting deeper than MAX_PARTIAL_DEPTH stops before the call stack overflows.
 */
export function registerTrackedPartials(
  hbs: typeof Handlebars,
  partials: Readonly<Record<string, string>>,
  references: ReadonlyMap<string, readonly PartialReference[]>,
  compile: (name: string, source: string) => Handlebars.TemplateDelegate,
): void {
  const stack: string[] = [];
  const rendering = () => (stack.length === 0 ? MAIN_PART : partialPart(stack[stack.length - 1] as string));
  for (const [name, source] of Object.entries(partials)) {
    const compiled = compile(name, source);
    hbs.registerPartial(name, ((context: unknown, options: Handlebars.RuntimeOptions) => {
      if (stack.length >= MAX_PARTIAL_DEPTH) {
        const caller = rendering();
        const line = references.get(caller)?.find((r) => r.name === name)?.line;
        const loop = [...stack.slice(stack.lastIndexOf(name)), name].join(" → ");
        throw new TemplateError(caller, line, `partials include each other without end (${loop})`);
      }
      stack.push(name);
      try {
        return compiled(context, options);
      } catch (cause) {
        throw placed(cause, rendering());
      } finally {
        stack.pop();
      }
    }) as unknown as Handlebars.Template);
  }
  // `{{format 1}}` with no such helper: Handlebars throws without saying where. Same failure, placed.
  hbs.registerHelper("helperMissing", (...args: unknown[]) => {
    const options = args[args.length - 1] as Handlebars.HelperOptions & { name: string; loc?: Ast["loc"] };
    if (args.length === 1) return undefined; // `{{name}}` with no such value: blank, as Handlebars does
    throw new TemplateError(rendering(), options.loc?.start.line, `no helper named "${options.name}"`);
  });
}

/** Any error while rendering, as a TemplateError naming the part that was rendering. */
export function placed(cause: unknown, part: string): TemplateError {
  if (cause instanceof TemplateError) return cause;
  const message = cause instanceof Error ? cause.message : String(cause);
  if (cause instanceof RangeError)
    return new TemplateError(part, undefined, "templates nest without end (a partial that includes itself?)");
  const located = / - (\d+):\d+$/.exec(message);
  return new TemplateError(
    part,
    located ? Number(located[1]) : undefined,
    `cannot render: ${message.replace(/ - \d+:\d+$/, "")}`,
  );
}
