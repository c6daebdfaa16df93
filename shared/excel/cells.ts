import { dateToSerial } from "./dates.js";
import { EXCEL_ERROR_CODES, type ExcelError, type ExcelErrorCode, excelError, numError } from "./errors.js";
import type { CellValue } from "./values.js";

/**
 * One cell as Excel, Office.js or a Node caller hands it over, read into a core cell. Written once, used by every
 * parameter. What arrives besides numbers, text, booleans and blanks:
 * - error cells: `CustomFunctions.Error` (`{ code: "#N/A", message? }`, what the runtime passes when the metadata
 *   sets allowErrorForDataTypeAny), Excel's `{ type: "Error", basicValue: "#N/A" }`, or a core `{ error }` with
 *   or without a message (Node callers): all become a core error with a message;
 * - data types (allowCustomDataForDataTypeAny): `{ type: "Double" | "String" | "Boolean" | "FormattedNumber",
 *   basicValue }` read by their basic value; an entity (`{ type: "Entity", text }`) by the text its cell shows,
 *   since its basicValue is always "#VALUE!"; any other object (a web image, an array in a cell) is an error;
 * - a JavaScript Date (Node callers) as its 1900-system serial.
 * Reading a hostile object (a getter that throws, a Proxy) may throw: defineFunction's safety net catches that.
 */

/** Excel's grid: the most rows and columns a sheet, and so a range or a spill, can have. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** The most cells one range argument may hold: 16 full columns. Bounds the work a single argument can cause. */
export const MAX_CELLS = 16_777_216;
/** The most cells a result may spill: 4 full columns. A larger spill is unusable and would exhaust the runtime. */
export const MAX_SPILL_CELLS = 4_194_304;
/** The most characters an Excel cell holds. */
export const MAX_TEXT = 32_767;

const CODES: readonly string[] = EXCEL_ERROR_CODES;
const BASIC_TYPES = new Set(["Double", "String", "Boolean", "FormattedNumber"]);
const ENTITY_TYPES = new Set(["Entity", "LinkedEntity"]);

export function heldError(code: ExcelErrorCode): ExcelError {
  return excelError(code, `the cell holds the error ${code}`);
}

function errorFrom(code: unknown, message: unknown): ExcelError | undefined {
  if (typeof code !== "string" || !CODES.includes(code)) return undefined;
  return typeof message === "string" && message.trim() !== ""
    ? excelError(code as ExcelErrorCode, message)
    : heldError(code as ExcelErrorCode);
}

/** A cell as the core reads it. Strings, finite numbers, booleans and null come back unchanged (no copy). */
export function readCell(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  const kind = typeof raw;
  if (kind === "string") {
    const length = (raw as string).length;
    return length <= MAX_TEXT
      ? (raw as string)
      : numError(`a cell holds ${length} characters; Excel cells hold at most ${MAX_TEXT.toLocaleString("en")}`);
  }
  if (kind === "number" || kind === "boolean") return raw as CellValue;
  if (kind !== "object") return unreadable(kind);
  if (raw instanceof Date) {
    const serial = dateToSerial(raw);
    return Number.isFinite(serial) ? serial : unreadable("an invalid Date");
  }
  if (Array.isArray(raw)) return unreadable("a nested list");
  const cell = raw as Record<string, unknown>;
  const type = cell.type;
  if (typeof type === "string" && type !== "Error" && type !== "CustomFunctionError") {
    if (BASIC_TYPES.has(type)) return readBasic(cell.basicValue ?? cell.primitive, type);
    if (ENTITY_TYPES.has(type)) {
      const text = cell.text;
      return typeof text === "string" ? text : readBasic(cell.basicValue, type);
    }
    return unreadable(`a ${type.slice(0, 30)} value`);
  }
  const error =
    errorFrom(cell.error, cell.message) ??
    errorFrom(cell.code, cell.message) ??
    errorFrom(cell.basicValue ?? cell.primitive, undefined);
  return error ?? unreadable("an object");
}

function readBasic(value: unknown, type: string): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    // An entity whose basic value is an error code ("#VALUE!") reads as that error.
    return typeof value === "string" && CODES.includes(value) ? heldError(value as ExcelErrorCode) : value;
  }
  return unreadable(`a ${type} value`);
}

function unreadable(what: string): ExcelError {
  return excelError("#VALUE!", `a cell holds ${what}, which is not a number, text, date or blank`);
}

/**
 * How a parameter reads blank cells. Excel desktop sends an empty cell as 0 and Excel on the web as null
 * (OfficeDev/office-js 4702, 5262, 1951), so 0 and blank must mean the same thing in every range:
 * - "text" (outcomes, groups, stages, customers, names) and "date": 0 is never a value, it is a blank;
 * - "number": a blank counts as 0 (amounts, weights, capacities);
 * - "sparse-number": a blank is skipped, and so is 0 (deal sizes, conversion rates, history), because a 0 there
 *   cannot be told from an empty cell;
 * - "mixed" (a two-column lookup table): only a row whose cells are all blank or 0 is a blank row.
 */
export type CellKind = "text" | "date" | "number" | "sparse-number" | "mixed";

export function isBlankOrZero(cell: unknown): boolean {
  return cell === null || cell === undefined || cell === 0 || (typeof cell === "string" && cell.trim() === "");
}

/** One cell read and put through its kind's blank rule. */
export function readCellAs(raw: unknown, kind: CellKind): CellValue {
  const cell = readCell(raw);
  if (kind === "number") return isBlankOrZero(cell) ? 0 : cell;
  if (kind === "mixed") return cell;
  return isBlankOrZero(cell) ? null : cell;
}

/** A cell of a text range read for WINRATE's single pass: strings as they are, the rest through the text rule. */
export function readTextCell(raw: unknown): CellValue {
  return typeof raw === "string" ? raw : readCellAs(raw, "text");
}

export function tooManyRows(name: string, rows: number): ExcelError {
  return numError(`${name} has ${rows} rows; a range holds at most ${MAX_ROWS.toLocaleString("en")} (Excel's grid)`);
}

export function tooManyColumns(name: string, row: number, cols: number): ExcelError {
  return numError(
    `${name} row ${row + 1} has ${cols} cells; a range holds at most ${MAX_COLUMNS.toLocaleString("en")} columns (Excel's grid)`,
  );
}

/** A result of rows × cols cells refused before it is computed, when it could not fit on a sheet. */
export function spillLimit(what: string, rows: number, cols: number): ExcelError | undefined {
  if (rows <= MAX_ROWS && cols <= MAX_COLUMNS && rows * cols <= MAX_SPILL_CELLS) return undefined;
  return numError(
    `${what} would spill ${rows.toLocaleString("en")} rows × ${cols.toLocaleString("en")} columns; the limit is ${MAX_ROWS.toLocaleString("en")} rows, ${MAX_COLUMNS.toLocaleString("en")} columns (Excel's grid) and ${MAX_SPILL_CELLS.toLocaleString("en")} cells`,
  );
}

export function tooManyCells(name: string): ExcelError {
  return numError(`${name} holds more than ${MAX_CELLS.toLocaleString("en")} cells, the most one argument may hold`);
}
