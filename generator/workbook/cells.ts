import { dateToSerial } from "../../shared/excel/dates.js";
import { EXCEL_ERROR_CODES, type ExcelErrorCode, excelError } from "../../shared/excel/errors.js";
import type { CellValue } from "../../shared/excel/values.js";

/**
 * The one place where exceljs's cell values become core cell values. exceljs hands back numbers, strings,
 * booleans, Dates, and objects for formulas ({ formula | sharedFormula, result }), rich text ({ richText }),
 * hyperlinks ({ text, hyperlink }) and errors ({ error }). Dates become 1900-system serials (exceljs has
 * already applied the workbook's 1904 flag when it built the Date).
 */
export function normaliseCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dateToSerial(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("error" in v && typeof v.error === "string") {
      const code = (EXCEL_ERROR_CODES as readonly string[]).includes(v.error) ? (v.error as ExcelErrorCode) : "#VALUE!";
      return excelError(code, `the cell holds the error ${v.error}`);
    }
    if ("formula" in v || "sharedFormula" in v) return normaliseCell(v.result);
    if (Array.isArray(v.richText))
      return v.richText.map((run) => String((run as { text?: unknown }).text ?? "")).join("");
    if ("hyperlink" in v || "text" in v) return normaliseCell(v.text);
  }
  return String(value);
}
