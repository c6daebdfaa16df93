import {
  COLUMN_BLOCK,
  COLUMN_BLOCK_BITS,
  COLUMN_BLOCK_MASK,
  codesOf,
  type RecordList,
  RecordTable,
} from "./record-table.js";

export { COLUMN_BLOCK, COLUMN_BLOCK_BITS, COLUMN_BLOCK_MASK };

/**
 * A field read in bulk, for a pass over every row without a handle per row: its values by row in blocks of
 * COLUMN_BLOCK rows (row i is at [i >>> COLUMN_BLOCK_BITS][i & COLUMN_BLOCK_MASK]).
 *
 * Why blocks, not one array: they are the table's own storage, so a view costs no copy (a million rows of
 * three number fields would otherwise take 24 MB more, against issue 12's 256 MiB budget for the whole run).
 * A NumberColumn holds NaN where a row is blank (no cell holds NaN).
 */
export type NumberColumn = readonly Float64Array[];

/** A field read in bulk as codes by row: 0 for a blank, code c for values[c − 1]. */
export interface CodedColumn {
  readonly codes: readonly (Uint16Array | Uint32Array)[];
  readonly values: readonly unknown[];
}

/** A number field of every record at once: a table's own blocks, or an array's values copied into blocks. */
export function numberColumn<T>(records: RecordList<T>, key: keyof T & string): NumberColumn {
  if (records instanceof RecordTable) return records.numberColumn(key);
  const out: Float64Array[] = [];
  for (let start = 0; start < records.length; start += COLUMN_BLOCK) {
    const block = new Float64Array(Math.min(COLUMN_BLOCK, records.length - start));
    for (let j = 0; j < block.length; j++) {
      const v = (records.at(start + j) as T)[key];
      block[j] = typeof v === "number" ? v : Number.NaN;
    }
    out.push(block);
  }
  return out;
}

/** A field of every record at once as codes: a table's own codes, or codes made for an array's values. */
export function codedColumn<T>(records: RecordList<T>, key: keyof T & string): CodedColumn {
  if (records instanceof RecordTable) return records.codedColumn(key);
  return codesOf(records.length, (i) => (records.at(i) as T)[key]);
}
