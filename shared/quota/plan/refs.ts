import { area, cell, sheetPrefix, tableColumn, text } from "./a1.js";
import type { WonLabel } from "./bookings.js";
import type { SourceTable } from "./plan-input.js";

/**
 * References from the Quota sheet to the workbook's own tables. An Excel table is referred to by structured
 * references (Reps[Weight]), which grow with the table; a plain range by its fixed rows, so rows added below
 * it later are not counted (the pane says so).
 */
export function columnRef(source: SourceTable, column: number): string {
  if (source.table) return tableColumn(source.table, source.headers[column] ?? "");
  const sheetColumn = source.firstColumn + column;
  const top = source.headerRow + 1;
  const bottom = source.headerRow + Math.max(1, source.rows.length);
  return `${sheetPrefix(source.sheet)}${area(top, sheetColumn, bottom, sheetColumn, true)}`;
}

/** The header row, for `ROW() − ROW(header)` = a data row's position (1 = first rep). */
export function headerRef(source: SourceTable): string {
  return source.table
    ? `${source.table}[#Headers]`
    : `${sheetPrefix(source.sheet)}${cell(source.headerRow, source.firstColumn, true)}`;
}

/**
 * A SUMIFS criterion equal to a won label: text is prefixed with "=" and its wildcards escaped, so "Won" matches
 * only won (any case) and a label such as "<none>" is not read as a comparison.
 */
export function criterion(label: WonLabel): string {
  if (typeof label === "boolean") return label ? "TRUE" : "FALSE";
  if (typeof label === "number") return String(label);
  return text(`=${label.replace(/[~*?]/g, "~$&")}`);
}
