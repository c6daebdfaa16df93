import { MAX_ROWS, readCell, spillLimit } from "./cells.js";
import { type ExcelError, isExcelError, valueError } from "./errors.js";
import type { Param } from "./params.js";
import { blankRecords } from "./records.js";
import type { CellValue, ExcelResult, Matrix } from "./values.js";

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
  /**
   * Range parameters that hold one record per cell position (a table's columns, same size). A position whose
   * cells are all blank or 0 is a blank record, and trailing blank records are dropped (the blank rule, cells.ts).
   */
  readonly table?: readonly string[];
  /** The result depends on today's date when an argument is left out: Excel must recalculate it every time. */
  readonly volatile?: boolean;
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
 * bad argument wins, as in Excel), apply the table's blank records, then run the pure implementation. It never
 * throws: an unexpected exception becomes `#VALUE!` with its message, so a cell never shows a stack trace and
 * Node callers get a value back, whatever was thrown (a value whose getters throw included).
 */
export function defineFunction<const P extends readonly Param<unknown>[]>(spec: FunctionSpec<P>): ExcelFunction {
  const tableAt = (spec.table ?? []).map((name) => spec.params.findIndex((p) => p.name === name));
  if (tableAt.some((i) => i < 0)) throw new Error(`${spec.name}: table names a parameter it does not have`);
  const call = (...raw: unknown[]): ExcelResult => {
    try {
      if (raw.length > spec.params.length) {
        return valueError(`${spec.name} takes at most ${spec.params.length} arguments, got ${raw.length}`);
      }
      const args: unknown[] = [];
      for (let i = 0; i < spec.params.length; i++) {
        const param = spec.params[i] as Param<unknown>;
        const value = param.coerce(param.excelType === "any[][]" ? raw[i] : scalarArgument(raw[i], param));
        if (isExcelError(value)) return value;
        args.push(value);
      }
      if (tableAt.length > 0) blankRecords(args, tableAt);
      return sanitise(spec.impl(...(args as ArgsOf<P>)));
    } catch (cause) {
      return valueError(`${spec.name} failed unexpectedly: ${describeThrown(cause)}`);
    }
  };
  Object.defineProperty(call, "name", { value: spec.name });
  return Object.assign(call, {
    description: spec.description,
    params: spec.params,
    result: spec.result,
    example: spec.example,
    ...(spec.table ? { table: spec.table } : {}),
    ...(spec.volatile ? { volatile: true } : {}),
  }) as ExcelFunction;
}

/**
 * A scalar argument read once (data types by their basic value, error objects as errors). For a text or "any"
 * parameter a 0 is the blank Excel desktop sends for an empty cell, so it reaches the parameter as null.
 */
function scalarArgument(raw: unknown, param: Param<unknown>): unknown {
  if (raw === undefined) return undefined;
  const one = Array.isArray(raw) && raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 1 ? raw[0][0] : raw;
  if (Array.isArray(one)) return one;
  const cell = readCell(one);
  return cell === 0 && param.excelType !== "number" ? null : cell;
}

/** What was thrown, in words, without trusting it: its getters, toString and Symbol.toPrimitive may throw too. */
export function describeThrown(cause: unknown): string {
  try {
    if (cause instanceof Error && typeof cause.message === "string") return cause.message.slice(0, 300);
  } catch {
    // fall through to the generic description
  }
  try {
    if (typeof cause === "string") return cause.slice(0, 300);
    if (typeof cause === "number" || typeof cause === "boolean" || cause === null || cause === undefined) {
      return String(cause);
    }
  } catch {
    // fall through
  }
  return "an exception that cannot be described";
}

/**
 * Excel cannot show NaN or ±Infinity: turn them into #NUM!, anywhere in the result. A spill larger than the
 * sheet is #NUM! with the limit; ragged rows are padded with blanks so the spill is rectangular.
 */
function sanitise(result: ExcelResult): ExcelResult {
  if (typeof result === "number") return Number.isFinite(result) ? result : notFinite(result);
  if (!Array.isArray(result)) return result;
  const rows = result.length;
  if (rows > MAX_ROWS) return spillLimit("the result", rows, 1) as ExcelError;
  let width = 0;
  for (let r = 0; r < rows; r++) width = Math.max(width, (result[r] as CellValue[]).length);
  const tooLarge = spillLimit("the result", rows, width);
  if (tooLarge) return tooLarge;
  const out: Matrix = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row = result[r] as CellValue[];
    const cells = new Array<CellValue>(width);
    for (let c = 0; c < width; c++) {
      const cell = c < row.length ? (row[c] as CellValue) : "";
      cells[c] = typeof cell === "number" && !Number.isFinite(cell) ? notFinite(cell) : cell;
    }
    out[r] = cells;
  }
  return out;
}

function notFinite(n: number): ExcelError {
  return { error: "#NUM!", message: `the result is not a finite number (${n})` };
}
