import {
  COLUMN_BLOCK,
  type CodedColumn,
  codedColumn,
  type NumberColumn,
  numberColumn,
} from "../workbook/column-views.js";
import type { DealRecord } from "../workbook/contract.js";
import type { DealRows } from "../workbook/data.js";
import type { Outcomes } from "./outcomes.js";

/**
 * The Deals fields the report's passes read, each for every deal at once: numbers (NaN = blank) and texts as
 * codes, in blocks (record-table.ts: row i at [i >>> COLUMN_BLOCK_BITS][i & COLUMN_BLOCK_MASK]).
 *
 * Why: a report visits every deal in a dozen passes (the deal sections, each key figure over each window, the
 * action lists). Through record handles each field read is an accessor call into the column; in a fresh
 * process, where V8 has optimised nothing yet, those calls were most of a 10,000-row report's model time
 * (issue 12: 0.5 s for the whole run). Read here, a field is an element of a typed array, and a text field
 * is a small integer, so a pass groups by code and looks a text up once per distinct value.
 */
export interface DealColumns {
  readonly length: number;
  /** Outcome codes (outcomes.ts: OUTCOME_CODE). */
  readonly outcome: Uint8Array;
  readonly row: NumberColumn;
  readonly amount: NumberColumn;
  readonly created: NumberColumn;
  readonly closed: NumberColumn;
  readonly probability: NumberColumn;
  readonly rep: CodedColumn;
  readonly region: CodedColumn;
  readonly competitor: CodedColumn;
  readonly segment: CodedColumn;
  readonly stage: CodedColumn;
  readonly lostAt: CodedColumn;
}

export function dealColumns(records: DealRows, outcomes: Outcomes): DealColumns {
  const number = (key: keyof DealRecord & string) => numberColumn<DealRecord>(records, key);
  const coded = (key: keyof DealRecord & string) => codedColumn<DealRecord>(records, key);
  return {
    length: records.length,
    outcome: outcomes.codes,
    row: numberColumn(records, "row"),
    amount: number("amount"),
    created: number("created"),
    closed: number("closed"),
    probability: number("probability"),
    rep: coded("rep"),
    region: coded("region"),
    competitor: coded("competitor"),
    segment: coded("segment"),
    stage: coded("stage"),
    lostAt: coded("lostAt"),
  };
}

/** The earliest of each deal's Created date, else its Closed date; +∞ when no deal has either. */
export function earliestDate(columns: DealColumns): number {
  let min = Number.POSITIVE_INFINITY;
  for (let start = 0, b = 0; start < columns.length; start += COLUMN_BLOCK, b++) {
    const created = columns.created[b] as Float64Array;
    const closed = columns.closed[b] as Float64Array;
    const n = Math.min(COLUMN_BLOCK, columns.length - start);
    for (let j = 0; j < n; j++) {
      const day = Number.isNaN(created[j] as number) ? (closed[j] as number) : (created[j] as number);
      // A deal with neither date (NaN) is never below the minimum.
      if (day < min) min = day;
    }
  }
  return min;
}

/** A text field's value of a code: the code's text, or undefined for a blank (code 0). */
export const textOf = (column: CodedColumn, code: number): string | undefined =>
  code === 0 ? undefined : (column.values[code - 1] as string);
