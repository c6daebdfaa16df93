import { isoToSerial, MAX_SERIAL_1900 } from "./dates.js";
import { describeValue, type ExcelError, isExcelError, valueError } from "./errors.js";
import { cellToNumber, isBlank, type Matrix, toMatrix } from "./values.js";

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
  coerce(raw: unknown): T | ExcelError;
}

type ParamOptions = { description: string };

/** A single cell passed where a scalar is expected arrives as [[v]] from some callers: unwrap it. */
function scalarOf(raw: unknown): unknown {
  if (Array.isArray(raw) && raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 1) return raw[0][0];
  return raw;
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
      const value = scalarOf(raw);
      if (isExcelError(value)) return value;
      if (isRange(value)) return valueError(`${name} must be a single number, got a range`);
      if (isBlank(value)) return required(name);
      const n = cellToNumber(value as never, undefined);
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
      if (value === null || value === undefined) return required(name);
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
    coerce(raw) {
      const value = scalarOf(raw);
      if (isExcelError(value)) return value;
      const key = typeof value === "string" ? choiceKey(value) : undefined;
      const found = choices.find((c) => choiceKey(c) === key);
      if (found === undefined) {
        return valueError(
          `${name} must be one of ${choices.map((c) => `"${c}"`).join(", ")}; got ${describeValue(value)}`,
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
      if (isBlank(value)) return required(name);
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

/** A range (2D array). A single value is accepted as a 1×1 range, as Excel does. */
export function rangeParam(name: string, options: ParamOptions): Param<Matrix> {
  return {
    name,
    description: options.description,
    optional: false,
    excelType: "any[][]",
    coerce(raw) {
      if (raw === undefined || raw === null) return required(name);
      if (isExcelError(raw)) return raw;
      return toMatrix(raw);
    },
  };
}

/**
 * Make a parameter optional. An omitted argument arrives as `undefined` or `null`; an empty cell as `null`,
 * `""` or a 1×1 range of those. All of these take the default.
 */
export function optional<T, D extends T | undefined>(param: Param<T>, fallback: D): Param<T | D> {
  return {
    ...param,
    optional: true,
    coerce(raw) {
      const value = scalarOf(raw);
      if (isBlank(value)) return fallback;
      return param.coerce(raw);
    },
  };
}
