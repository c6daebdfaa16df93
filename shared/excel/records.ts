import { isBlankOrZero, MAX_COLUMNS, MAX_ROWS } from "./cells.js";
import type { CellValue, Matrix } from "./values.js";

/**
 * The table part of the blank rule. A function's `table` ranges hold one record per cell position (customer,
 * date and amount of one transaction; outcome and amount of one deal). Excel desktop sends an empty record as
 * zeros and the web as nulls, so:
 * - trailing rows in which every table range is blank or 0 are dropped (a range sized past the data, or a whole
 *   column, then costs nothing beyond the data and reads the same on both platforms);
 * - a position whose cells are all blank or 0 reads as blank in every range, so a "number" range's 0 there does
 *   not turn an empty row into a record.
 * Ranges of different shapes are left alone: the function reports the mismatch. `args` is the function's own
 * array of coerced arguments; the ranges inside are never changed (copy-on-write).
 */
export function blankRecords(args: unknown[], at: readonly number[]): void {
  const ranges: { index: number; matrix: Matrix }[] = [];
  for (const index of at) {
    const value = args[index];
    if (Array.isArray(value)) ranges.push({ index, matrix: value as Matrix });
  }
  if (ranges.length === 0) return;
  const first = (ranges[0] as { matrix: Matrix }).matrix;
  const rows = first.length;
  // Larger than Excel's grid: the function refuses it; never walk it (a sparse array of length 2^32 − 1).
  if (!(rows <= MAX_ROWS)) return;
  for (const { matrix } of ranges) {
    if (matrix.length !== rows) return;
  }
  // Trailing blank records: walk back from the end, stopping at the first row holding anything.
  let end = rows;
  while (end > 0 && ranges.every(({ matrix }) => rowIsBlank(matrix[end - 1]))) end--;
  if (end < rows) for (const range of ranges) range.matrix = range.matrix.slice(0, end);
  if (ranges.length > 1) {
    for (let r = 0; r < end; r++) {
      const width = rowLength(first[r]);
      if (!(width <= MAX_COLUMNS) || ranges.some(({ matrix }) => rowLength(matrix[r]) !== width)) return;
    }
    for (let r = 0; r < end; r++) {
      const width = rowLength(first[r]);
      for (let c = 0; c < width; c++) {
        if (!ranges.every(({ matrix }) => isBlankOrZero(cellOf(matrix[r], c)))) continue;
        for (const range of ranges) {
          const row = range.matrix[r] as CellValue[];
          if (row[c] === null) continue;
          if (range.matrix === (args[range.index] as Matrix)) range.matrix = range.matrix.slice();
          const copy = row.slice();
          copy[c] = null;
          range.matrix[r] = copy;
        }
      }
    }
  }
  for (const { index, matrix } of ranges) args[index] = matrix;
}

function rowLength(row: unknown): number {
  return Array.isArray(row) ? row.length : 1;
}

function cellOf(row: unknown, c: number): unknown {
  return Array.isArray(row) ? row[c] : c === 0 ? row : undefined;
}

function rowIsBlank(row: unknown): boolean {
  if (!Array.isArray(row)) return isBlankOrZero(row);
  if (!(row.length <= MAX_COLUMNS)) return false;
  for (let c = 0; c < row.length; c++) if (!isBlankOrZero(row[c])) return false;
  return true;
}
