import { type ExcelError, isExcelError } from "../shared/excel/errors.js";
import type { ExcelResult } from "../shared/excel/values.js";

/**
 * The bridge from core results to what Excel shows: core errors become `CustomFunctions.Error`, and blanks in a
 * spill become "" (a returned null shows as 0). Only #VALUE! and #N/A display a message in Excel, so the
 * others are created without one rather than with a message nobody sees.
 */
const ERROR_CODE_NAMES: Record<string, string> = {
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
  "#NULL!": "nullReference",
  "#NAME?": "invalidName",
  "#REF!": "invalidReference",
};
const SHOWS_MESSAGE = new Set(["#VALUE!", "#N/A"]);

function toCustomFunctionsError(e: ExcelError): unknown {
  const codeName = ERROR_CODE_NAMES[e.error] ?? "invalidValue";
  const code = (CustomFunctions.ErrorCode as unknown as Record<string, CustomFunctions.ErrorCode>)[codeName];
  return SHOWS_MESSAGE.has(e.error)
    ? new CustomFunctions.Error(code as never, e.message)
    : new CustomFunctions.Error(code as never);
}

function cellToExcel(cell: unknown): unknown {
  if (isExcelError(cell)) return toCustomFunctionsError(cell);
  return cell === null || cell === undefined ? "" : cell;
}

// biome-ignore lint/suspicious/noExplicitAny: custom functions return Excel values of any shape.
export function toExcel(result: ExcelResult): any {
  if (Array.isArray(result)) return result.map((row) => row.map(cellToExcel));
  return cellToExcel(result);
}

/**
 * For functions registered as returning a range because one of their outputs spills (SMARTCHECK's "table"):
 * a one-cell result goes out as a 1×1 range, which Excel shows as a single cell. Errors stay errors.
 */
// biome-ignore lint/suspicious/noExplicitAny: custom functions return Excel values of any shape.
export function toExcelRange(result: ExcelResult): any {
  return toExcel(Array.isArray(result) || isExcelError(result) ? result : [[result]]);
}
