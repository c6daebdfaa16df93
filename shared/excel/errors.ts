/**
 * Excel error values as the core returns them. Errors are values, never throws: each face translates them
 * (a `CustomFunctions.Error` in a cell, a line and an exit code in the CLI, a plain object in Node).
 */
export const EXCEL_ERROR_CODES = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"] as const;

export type ExcelErrorCode = (typeof EXCEL_ERROR_CODES)[number];

/** An Excel error with the reason behind it. Excel shows the message for `#VALUE!` and `#N/A` only. */
export interface ExcelError {
  readonly error: ExcelErrorCode;
  readonly message: string;
}

export function excelError(error: ExcelErrorCode, message: string): ExcelError {
  return { error, message };
}

export const valueError = (message: string): ExcelError => excelError("#VALUE!", message);
export const divError = (message: string): ExcelError => excelError("#DIV/0!", message);
export const numError = (message: string): ExcelError => excelError("#NUM!", message);
export const naError = (message: string): ExcelError => excelError("#N/A", message);

export function isExcelError(value: unknown): value is ExcelError {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { error?: unknown }).error === "string" &&
    (EXCEL_ERROR_CODES as readonly string[]).includes((value as { error: string }).error)
  );
}

/** Quote a received value for a message: strings in quotes, long values cut so a message stays one line. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "blank";
  if (typeof value === "string") {
    const oneLine = value.replace(/\s+/g, " ");
    return JSON.stringify(oneLine.length > 40 ? `${oneLine.slice(0, 37)}...` : oneLine);
  }
  if (isExcelError(value)) return value.error;
  if (Array.isArray(value)) return "a range";
  return String(value);
}
