import { describeValue, type ExcelError, isExcelError, valueError } from "./errors.js";

/**
 * A cell as it reaches the core, from Excel (custom-function arguments) or from exceljs after normalising:
 * numbers (dates are serial numbers), text, booleans, blanks (`null`; Excel desktop may send `0` or `""`)
 * and error values.
 */
export type CellValue = number | string | boolean | null | ExcelError;

/** A range: rows of cells, as Excel passes ranges to custom functions. */
export type Matrix = CellValue[][];

/** What an Excel function returns: one value, or a spilled array. */
export type ExcelResult = number | string | boolean | ExcelError | Matrix;

/** Blank as Excel platforms send it: missing, `null` or empty text. (`0` from desktop stays a number.) */
export function isBlank(value: unknown): value is null | undefined | "" {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Accept a scalar where a range is expected, as Excel does for a single cell. */
export function toMatrix(value: unknown): Matrix {
  if (Array.isArray(value)) {
    // A range from Excel is already rows of cells: use it as it is. Copying a 1,048,576-row column cost WINRATE
    // as much as counting it (bench/cases/winrate.ts). Functions treat ranges as read-only.
    let allRows = true;
    for (let i = 0; i < value.length && allRows; i++) allRows = Array.isArray(value[i]);
    if (allRows) return value as Matrix;
    return value.map((row) => (Array.isArray(row) ? (row as CellValue[]) : [row as CellValue]));
  }
  return [[value as CellValue]];
}

export function shapeOf(matrix: Matrix): { rows: number; cols: number } {
  return { rows: matrix.length, cols: matrix.reduce((most, row) => Math.max(most, row.length), 0) };
}

export function describeShape(matrix: Matrix): string {
  const { rows, cols } = shapeOf(matrix);
  return `${rows}×${cols}`;
}

/** The place of a cell inside a range argument, for messages: "row 3" for a column, else "row 3, column 2". */
export function placeOf(name: string, row: number, col: number, cols: number): string {
  return cols > 1 ? `${name} row ${row + 1}, column ${col + 1}` : `${name} row ${row + 1}`;
}

/** Visit every cell of a range in reading order (row by row). */
export function forEachCell(matrix: Matrix, visit: (value: CellValue, row: number, col: number) => void): void {
  for (let r = 0; r < matrix.length; r++) {
    const row = matrix[r] as CellValue[];
    for (let c = 0; c < row.length; c++) visit(row[c] as CellValue, r, c);
  }
}

/** The first error value inside a range, so a function can pass it through as Excel's own functions do. */
export function firstError(matrix: Matrix): ExcelError | undefined {
  for (const row of matrix) {
    for (const cell of row) if (isExcelError(cell)) return cell;
  }
  return undefined;
}

/** Parse a number the way a cell's text may hold it: "1,234.5", " 42 ", "12%". Returns undefined otherwise. */
export function parseNumericText(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?%?$/.test(trimmed) || !/\d/.test(trimmed)) return undefined;
  const percent = trimmed.endsWith("%");
  const n = Number(trimmed.replace(/[,%]/g, ""));
  if (!Number.isFinite(n)) return undefined;
  return percent ? n / 100 : n;
}

/** A cell as a number for arithmetic: numbers, booleans, numeric text. Blank gives `blank`. */
export function cellToNumber(value: CellValue, blank: number | undefined): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (isBlank(value)) return blank;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string") return parseNumericText(value);
  return undefined;
}

/**
 * Every cell of a numeric range as a number, blanks as `blank` (or skipped when `blank` is undefined).
 * A non-numeric cell gives `#VALUE!` naming its place; an error cell passes through.
 */
export function numbersOf(
  name: string,
  matrix: Matrix,
  options: { blank?: number; min?: number } = {},
): number[] | ExcelError {
  const out: number[] = [];
  const { cols } = shapeOf(matrix);
  for (let r = 0; r < matrix.length; r++) {
    const row = matrix[r] as CellValue[];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c] as CellValue;
      if (isExcelError(cell)) return cell;
      if (isBlank(cell) && options.blank === undefined) continue;
      const n = cellToNumber(cell, options.blank);
      if (n === undefined)
        return valueError(`${placeOf(name, r, c, cols)} must be a number, got ${describeValue(cell)}`);
      if (options.min !== undefined && n < options.min) {
        return valueError(`${placeOf(name, r, c, cols)} must be at least ${options.min}, got ${n}`);
      }
      out.push(n);
    }
  }
  return out;
}
