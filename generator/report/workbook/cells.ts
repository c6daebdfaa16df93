import { dateToSerial } from "../../../shared/excel/dates.js";
import { EXCEL_ERROR_CODES, type ExcelErrorCode, excelError } from "../../../shared/excel/errors.js";
import type { CellValue } from "../../../shared/excel/values.js";

/**
 * exceljs's cell values as core cell values (browser-safe: no exceljs import). The CLI reads workbooks with its
 * own reader (generator/cli/workbook/); exceljs remains the reference reader the writer-corpus test compares it
 * with, through this function. exceljs hands back numbers, strings, booleans, Dates, and objects for formulas
 * ({ formula | sharedFormula, result }), rich text ({ richText }), hyperlinks ({ text, hyperlink }) and errors
 * ({ error }). Known exceljs pitfalls the comparison allows for: a master formula's cached 0, FALSE, "" or
 * error is dropped (exceljs copies only truthy model fields) and a cached TRUE arrives as 1; a shared-formula
 * child arrives as { formula: "", result } and keeps its result; a formula's result never becomes a Date; plain date cells arrive as Dates (with the 1904 flag applied) and become 1900-system
 * serials here.
 */
export function normaliseCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dateToSerial(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("error" in v && typeof v.error === "string") return errorCell(v.error);
    if (isFormula(v)) return normaliseCell(v.result);
    if (Array.isArray(v.richText))
      return v.richText.map((run) => String((run as { text?: unknown }).text ?? "")).join("");
    if ("hyperlink" in v || "text" in v) return normaliseCell(v.text);
  }
  return String(value);
}

/** An error code as text ("#N/A") → an error cell; unknown codes (e.g. #SPILL!, #CALC!) become #VALUE!. */
export function errorCell(code: string): CellValue {
  const known = (EXCEL_ERROR_CODES as readonly string[]).includes(code) ? (code as ExcelErrorCode) : "#VALUE!";
  return excelError(known, `the cell holds the error ${code}`);
}

function isFormula(value: unknown): value is { formula?: string; sharedFormula?: string; result?: unknown } {
  return typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);
}

/**
 * Whether a number format shows a date (Excel's rule, as exceljs applies it: after removing quoted text,
 * bracketed parts such as [Red] or [$-409], and escapes, a d, m, y, h or s remains).
 */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt || numFmt === "General") return false;
  const bare = numFmt
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .replace(/_.|\*./g, "");
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

/** 1904-system serials are 1462 days smaller than 1900-system ones for the same day. */
export const DAYS_1900_TO_1904 = 1462;
