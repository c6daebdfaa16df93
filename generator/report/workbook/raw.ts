import type { CellValue } from "../../../shared/excel/values.js";

/**
 * Rows as they come out of a workbook, before any contract is applied. Browser-safe (types only), so the
 * add-in task pane can feed Office.js range values through the same parsers as the CLI feeds exceljs rows.
 */

/** A row as read: its 1-based row number and its cells by 0-based column index (column A is index 0). */
export interface RawRow {
  readonly number: number;
  readonly cells: readonly CellValue[];
}

/** A rectangle of a sheet in 1-based rows and columns, e.g. an Excel table's `ref` "B3:K200". */
export interface CellRegion {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** An Excel table (ListObject): its name and where it sits. */
export interface TableRef {
  readonly name: string;
  readonly region: CellRegion;
}

/** A worksheet's name and the tables on it, known before any row is read. */
export interface SheetLayout {
  readonly name: string;
  readonly tables: readonly TableRef[];
  /**
   * The section this sheet feeds, when the reader knows it from elsewhere than the name (a CSV file named
   * sales_pipeline.csv whose header is a Deals header).
   */
  readonly section?: "goals" | "deals" | "reps" | "transactions" | "settings";
}

/** Something that takes a sheet's rows one at a time (so a million rows never sit in memory at once). */
export interface RowSink {
  push(row: RawRow): void;
}

/** Parse an A1 range such as "B3:K200" (or a single cell "B3"); undefined when it is not one. */
export function parseRegion(ref: string): CellRegion | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return undefined;
  const left = columnNumber(m[1] as string);
  const top = Number(m[2]);
  const right = m[3] ? columnNumber(m[3]) : left;
  const bottom = m[4] ? Number(m[4]) : top;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** "A" → 1, "Z" → 26, "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The part of a row inside a region's columns; cells outside become blank so addresses stay true. */
export function clipRow(row: RawRow, region: CellRegion | undefined): RawRow | undefined {
  if (!region) return row;
  if (row.number < region.top || row.number > region.bottom) return undefined;
  const cells: CellValue[] = [];
  const last = Math.min(row.cells.length, region.right);
  for (let c = 0; c < last; c++) cells.push(c + 1 >= region.left ? (row.cells[c] ?? null) : null);
  return { number: row.number, cells };
}
