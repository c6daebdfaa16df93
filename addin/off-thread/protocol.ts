import { readCell } from "../../shared/excel/cells.js";
import type { CellValue, ExcelResult, Matrix } from "../../shared/excel/values.js";

/**
 * The messages between the shared runtime and the CLV worker. A range crosses as flat slices of cells already
 * read by the core's own cell reader (readCell: primitives and `{ error, message }` objects), because
 * CustomFunctions.Error extends Error and a structured clone keeps only an Error's message: its code would be
 * lost. readCell is idempotent, so the worker's core reads exactly what it would have read in place.
 * Flat slices, not rows: cloning a million one-cell rows costs several times as much as one flat list.
 */
export type Argument = { readonly value: unknown } | { readonly range: { readonly rows: number } };

export type ToWorker =
  | { readonly type: "begin"; readonly job: number; readonly name: OffThreadName; readonly args: readonly Argument[] }
  | { readonly type: "rows"; readonly job: number; readonly arg: number; readonly slice: Slice }
  | { readonly type: "run"; readonly job: number };

export type FromWorker =
  | { readonly type: "ready" }
  | { readonly type: "result"; readonly job: number; readonly value: ExcelResult; readonly rows?: number }
  | { readonly type: "rows"; readonly job: number; readonly slice: Slice }
  | { readonly type: "done"; readonly job: number };

/** Rows in reading order: their cells one after another, and one width for all or a width per row. */
export interface Slice {
  readonly rows: number;
  readonly cells: CellValue[];
  readonly width: number | readonly number[];
}

/** The functions that run off the shared runtime's thread: the model fits, which take seconds on large data. */
export const OFF_THREAD = ["CLVFIT", "CLVPREDICT"] as const;
export type OffThreadName = (typeof OFF_THREAD)[number];

/** About 32,000 cells a message: a few milliseconds to clone, so the pane keeps answering between them. */
export const CELLS_PER_SLICE = 32_768;

/** Rows from..to of a range as a slice, each cell read by the core's reader (`read`) or taken as it is. */
export function sliceOf(rows: readonly unknown[], from: number, to: number, read: boolean): Slice {
  const cells: CellValue[] = [];
  let width: number | number[] = -1;
  for (let r = from; r < to; r++) {
    const item = rows[r];
    const row: readonly unknown[] = Array.isArray(item) ? item : [item];
    for (let c = 0; c < row.length; c++) cells.push(read ? readCell(row[c]) : (row[c] as CellValue));
    if (width === -1) width = row.length;
    else if (typeof width === "number" && width !== row.length) {
      width = new Array<number>(r - from).fill(width);
      width.push(row.length);
    } else if (typeof width !== "number") width.push(row.length);
  }
  return { rows: to - from, cells, width: width === -1 ? 0 : width };
}

/** Append a slice's rows to a matrix. */
export function appendSlice(matrix: Matrix, slice: Slice): void {
  const { cells, width } = slice;
  let at = 0;
  for (let r = 0; r < slice.rows; r++) {
    const w = typeof width === "number" ? width : (width[r] as number);
    matrix.push(cells.slice(at, at + w));
    at += w;
  }
}

/** How many rows make a slice of about CELLS_PER_SLICE cells for rows this wide. */
export function rowsPerSlice(width: number): number {
  return Math.max(1, Math.floor(CELLS_PER_SLICE / Math.max(1, width)));
}
