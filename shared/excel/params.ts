import {
  type CellKind,
  isBlankOrZero,
  MAX_CELLS,
  MAX_COLUMNS,
  MAX_ROWS,
  readCell,
  readCellAs,
  tooManyCells,
  tooManyColumns,
  tooManyRows,
} from "./cells.js";
import { isoToSerial, MAX_SERIAL_1900 } from "./dates.js";
import { describeValue, type ExcelError, isExcelError, valueError } from "./errors.js";
import { type CellValue, cellToNumber, isBlank, type Matrix } from "./values.js";

/**
 * One parameter of an Excel function: its name and help (shown in Excel's formula bar through functions.json
 * and in the README), and how a raw argument becomes a typed value. Coercion is written once, here, and every
 * function declares its parameters with these builders instead of validating by hand.
 */
export interface Param<T> {
  readonly name: string;
  readonly description: string;
  readonly optional: boolean;
  /** The custom-functions type Excel is told about. */
  readonly excelType: "number" | "string" | "boolean" | "any" | "any[][]";
  /** For ranges: how the range reads blank cells and 0 (the blank rule, see cells.ts). */
  readonly cells?: CellKind;
  /** For choice parameters: the words it accepts (Excel shows them as a custom enum). */
  readonly choices?: readonly string[];
  /** What a blank cell means, where the kind's general rule does not say enough (the help pages show it). */
  readonly blank?: string;
  /** For an optional number whose default is not 0: why 0 is refused, and what leaving it out gives (optional). */
  readonly zero?: ZeroRefused;
  coerce(raw: unknown): T | ExcelError;
}

type ParamOptions = { description: string };

/**
 * A single cell passed where a scalar is expected arrives as [[v]] from some callers: unwrap it, and read it
 * (data types by their basic value, error objects as core errors). A range stays a range.
 */
function scalarOf(raw: unknown): unknown {
  const value =
    Array.isArray(raw) && raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 1 ? raw[0][0] : raw;
  return Array.isArray(value) ? value : readCell(value);
}

function isRange(raw: unknown): boolean {
  return Array.isArray(raw);
}

function required(name: string): ExcelError {
  return valueError(`${name} is required`);
}

export function numberParam(
  name: string,
  options: ParamOptions & { min?: number; max?: number; integer?: boolean },
): Param<number> {
  return {
    name,
    description: options.description,
    optional: false,
    excelType: "number",
    coerce(raw) {
      // Only a Node caller leaves a required number out. A blank cell (null, or 0 from Excel desktop) is 0, as in
      // Excel's own arithmetic: both platforms then give the same answer.
      if (raw === undefined) return required(name);
      const value = scalarOf(raw);
      if (isExcelError(value)) return value;
      if (isRange(value)) return valueError(`${name} must be a single number, got a range`);
      const n = isBlank(value) ? 0 : cellToNumber(value as never, undefined);
      if (n === undefined) return valueError(`${name} must be a number, got ${describeValue(value)}`);
      if (options.integer && !Number.isInteger(n)) return valueError(`${name} must be a whole number, got ${n}`);
      if (options.min !== undefined && n < options.min) {
        return valueError(`${name} must be at least ${options.min}, got ${n}`);
      }
      if (options.max !== undefined && n > options.max) {
        return valueError(`${name} must be at most ${options.max}, got ${n}`);
      }
      return n;
    },
  };
}

export function textParam(name: string, options: ParamOptions): Param<string> {
  return {
    name,
    description: options.description,
    optional: false,
    excelType: "string",
    coerce(raw) {
      const value = scalarOf(raw);
      if (isExcelError(value)) return value;
      if (isRange(value)) return valueError(`${name} must be a single cell, got a range`);
      // 0 is how Excel desktop sends an empty cell: never text.
      if (value === null || value === 0) return required(name);
      if (typeof value === "string") return value;
      if (typeof value === "number" || typeof value === "boolean") return String(value);
      return valueError(`${name} must be text, got ${describeValue(value)}`);
    },
  };
}

/** One of a fixed set of words, matched case- and space-insensitively; the error lists the valid ones. */
export function choiceParam<const C extends readonly string[]>(
  name: string,
  choices: C,
  options: ParamOptions,
): Param<C[number]> {
  return {
    name,
    description: options.description,
    optional: false,
    excelType: "string",
    choices,
    coerce(raw) {
      const value = scalarOf(raw);
      if (isExcelError(value)) return value;
      const key = typeof value === "string" ? choiceKey(value) : undefined;
      const found = choices.find((c) => choiceKey(c) === key);
      if (found === undefined) {
        return valueError(
          `${name} must be one of ${choices.map((c) => `"${c}"`).join(", ")}; got ${describeValue(isBlankOrZero(value) ? null : value)}`,
        );
      }
      return found;
    },
  };
}

/** "Gupta Lehmann", "gupta-lehmann" and " GUPTA_LEHMANN " are the same choice. */
function choiceKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");
}

/** A date as Excel serial (1900 system) or ISO text ("2026-06-30"); returned as a serial number. */
export function dateParam(name: string, options: ParamOptions): Param<number> {
  return {
    name,
    description: options.description,
    optional: false,
    excelType: "any",
    coerce(raw) {
      const value = scalarOf(raw);
      if (isExcelError(value)) return value;
      // 0 is never a date (serial 0 is "1900-01-00"): it is how Excel desktop sends an empty cell.
      if (isBlankOrZero(value)) return required(name);
      const serial = dateCellToSerial(value);
      if (serial === undefined) {
        return valueError(
          `${name} must be a date (an Excel date or ISO text such as 2026-06-30), got ${describeValue(value)}`,
        );
      }
      return serial;
    },
  };
}

/** A date cell as a 1900-system serial: a serial number in Excel's range or ISO text; undefined otherwise. */
export function dateCellToSerial(value: unknown): number | undefined {
  if (typeof value === "number")
    return Number.isFinite(value) && value >= 1 && value <= MAX_SERIAL_1900 ? value : undefined;
  if (typeof value === "string") return isoToSerial(value);
  return undefined;
}

/**
 * A range (2D array), read once: every cell through readCell and the range's blank rule (`cells`), rows that are
 * not arrays taken as one-cell rows, and the size checked against Excel's grid while iterating by index (so a
 * sparse array of length 2^32 − 1 or a Proxy with a lying length is refused, never walked). Nothing is copied
 * unless a cell changes: then only the changed rows and the list of rows are new. A single value is accepted as
 * a 1×1 range, as Excel does.
 */
export function rangeParam(name: string, options: ParamOptions & { cells: CellKind; blank?: string }): Param<Matrix> {
  return {
    name,
    description: options.description,
    optional: false,
    excelType: "any[][]",
    cells: options.cells,
    ...(options.blank ? { blank: options.blank } : {}),
    coerce(raw) {
      if (raw === undefined || raw === null) return required(name);
      return readRange(name, raw, options.cells);
    },
  };
}

export function readRange(name: string, raw: unknown, kind: CellKind): Matrix | ExcelError {
  if (!Array.isArray(raw)) {
    const cell = readCellAs(raw, kind);
    return isExcelError(cell) ? cell : [[cell]];
  }
  const rows = raw.length;
  if (!(rows <= MAX_ROWS)) return tooManyRows(name, rows);
  let out: unknown[] | undefined;
  let cells = 0;
  for (let r = 0; r < rows; r++) {
    const item: unknown = raw[r];
    let row: unknown[];
    let changed = false;
    if (Array.isArray(item)) {
      row = item;
    } else {
      row = [item];
      changed = true;
    }
    const cols = row.length;
    if (!(cols <= MAX_COLUMNS)) return tooManyColumns(name, r, cols);
    cells += cols;
    if (cells > MAX_CELLS) return tooManyCells(name);
    let copy: CellValue[] | undefined;
    for (let c = 0; c < cols; c++) {
      const before = row[c];
      const after = readCellAs(before, kind);
      if (after !== before && copy === undefined) {
        copy = new Array<CellValue>(cols);
        for (let k = 0; k < c; k++) copy[k] = row[k] as CellValue;
      }
      if (copy !== undefined) copy[c] = after;
    }
    // A lookup table's row whose cells are all blank or 0 is a blank row (Excel desktop sends empty cells as 0).
    if (kind === "mixed" && cols > 0) {
      let blank = true;
      for (let c = 0; c < cols && blank; c++) blank = isBlankOrZero(copy ? copy[c] : row[c]);
      if (blank) {
        let already = true;
        for (let c = 0; c < cols && already; c++) already = (copy ? copy[c] : row[c]) === null;
        if (!already) copy = new Array<CellValue>(cols).fill(null);
      }
    }
    if (copy !== undefined || changed) {
      out ??= raw.slice(0, r);
      out.push(copy ?? row);
    } else if (out !== undefined) {
      out.push(row);
    }
  }
  return (out ?? raw) as Matrix;
}

/**
 * Why an optional number (or a one-cell range read as a number) refuses 0, in words that finish the sentences
 * "NAME is 0, which MEANS." and "leave NAME out for the default (DEFAULT)."
 */
export interface ZeroRefused {
  readonly means: string;
  readonly default: string;
}

/**
 * Make a parameter optional. Excel passes a left-out optional argument as null on every platform (Microsoft's
 * "Custom functions parameter options": "When no value is specified for an optional parameter, Excel assigns it
 * the value null"), a blank cell as null on the web and as 0 on the desktop (OfficeDev/office-js 4702, 5262):
 * `undefined` (a Node caller), null, "" and a 1×1 range of those take the default.
 *
 * What a 0 means is therefore a decision per parameter, because on the desktop a 0 may be a blank cell:
 * - the default is 0 (a discount rate): 0, blank and left out are one value everywhere;
 * - otherwise 0 is refused with #VALUE! (whose message Excel shows), saying what 0 would mean and that a blank
 *   cell arrives as 0 on the desktop, so the user leaves the argument out. Taking the default for a 0 would turn a
 *   typed or computed 0 (a gross margin of 0 read as 100%) into a silent wrong answer; using 0 as 0 would make a
 *   blank cell 0 on the desktop but the default on the web, where it cannot be told from a left-out argument.
 *   So a 0 that is a real value unlike the default (no discount, no margin) is refused too, and `zero.means`
 *   says how to get that answer another way where there is one.
 * An optional number whose default is not 0 must say why 0 is refused: defining it without `zero` throws.
 */
export function optional<T, D extends T | undefined>(param: Param<T>, fallback: D, zero?: ZeroRefused): Param<T | D> {
  if (param.excelType === "number" && fallback !== 0 && zero === undefined) {
    throw new Error(
      `optional number ${param.name}: its default is not 0, so say why 0 is refused (a blank cell is 0 in Excel desktop)`,
    );
  }
  return {
    ...param,
    optional: true,
    ...(zero ? { zero } : {}),
    coerce(raw) {
      const value = scalarOf(raw);
      if (!Array.isArray(value)) {
        if (value === 0 && zero !== undefined) return zeroRefused(param.name, zero);
        if (isBlankOrZero(value)) return fallback;
      }
      const out = param.coerce(raw);
      // A 0 written another way ("0", "0%", FALSE) is still 0.
      return out === 0 && zero !== undefined ? zeroRefused(param.name, zero) : out;
    },
  };
}

function zeroRefused(name: string, zero: ZeroRefused): ExcelError {
  return valueError(
    `${name} is 0, which ${zero.means}. Excel desktop passes a blank cell as 0: leave ${name} out for the default (${zero.default}).`,
  );
}
