import { type ExcelError, isExcelError, valueError } from "./errors.js";
import type { Param } from "./params.js";
import type { ExcelResult } from "./values.js";

type ArgsOf<P extends readonly Param<unknown>[]> = { [K in keyof P]: P[K] extends Param<infer T> ? T : never };

/** The metadata of an Excel function: it drives coercion, the add-in's help text checks and the README. */
export interface FunctionInfo {
  /** The Excel name, shown as GOALS.<name>. */
  readonly name: string;
  readonly description: string;
  readonly params: readonly Param<unknown>[];
  /** "value" returns one cell (fit for a table column); "spill" returns a range. */
  readonly result: "value" | "spill";
  /** A worked example for the function reference: a formula and what it returns. */
  readonly example: { formula: string; result: string };
}

/** An Excel function as the core exposes it: metadata plus a call that takes raw Excel-shaped arguments. */
export interface ExcelFunction extends FunctionInfo {
  (...raw: unknown[]): ExcelResult;
}

export interface FunctionSpec<P extends readonly Param<unknown>[]> extends Omit<FunctionInfo, "params"> {
  readonly params: P;
  readonly impl: (...args: ArgsOf<P>) => ExcelResult;
}

/**
 * Build an Excel-callable function from its spec: coerce each argument from the parameter metadata (the first
 * bad argument wins, as in Excel), then run the pure implementation. It never throws: an unexpected exception
 * becomes `#VALUE!` with its message, so a cell never shows a stack trace and Node callers get a value back.
 */
export function defineFunction<const P extends readonly Param<unknown>[]>(spec: FunctionSpec<P>): ExcelFunction {
  const call = (...raw: unknown[]): ExcelResult => {
    try {
      if (raw.length > spec.params.length) {
        return valueError(`${spec.name} takes at most ${spec.params.length} arguments, got ${raw.length}`);
      }
      const args: unknown[] = [];
      for (let i = 0; i < spec.params.length; i++) {
        const value = (spec.params[i] as Param<unknown>).coerce(raw[i]);
        if (isExcelError(value)) return value;
        args.push(value);
      }
      return sanitise(spec.impl(...(args as ArgsOf<P>)));
    } catch (cause) {
      return valueError(`${spec.name} failed unexpectedly: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  };
  Object.defineProperty(call, "name", { value: spec.name });
  return Object.assign(call, {
    description: spec.description,
    params: spec.params,
    result: spec.result,
    example: spec.example,
  }) as ExcelFunction;
}

/** Excel cannot show NaN or ±Infinity: turn them into #NUM!, anywhere in the result. */
function sanitise(result: ExcelResult): ExcelResult {
  if (typeof result === "number") return Number.isFinite(result) ? result : notFinite(result);
  if (Array.isArray(result)) {
    return result.map((row) =>
      row.map((cell) => (typeof cell === "number" && !Number.isFinite(cell) ? notFinite(cell) : cell)),
    );
  }
  return result;
}

function notFinite(n: number): ExcelError {
  return { error: "#NUM!", message: `the result is not a finite number (${n})` };
}
