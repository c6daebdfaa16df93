import type { CellValue } from "../../../shared/excel/values.js";
import { classifyOutcome, type Outcome } from "../../../shared/winrate/outcomes.js";
import { COLUMN_BLOCK, codedColumn } from "../workbook/column-views.js";
import type { DealRecord } from "../workbook/contract.js";
import type { RecordList } from "../workbook/record-table.js";

/** Each deal's outcome by index: a byte per deal (a million deals: 1 MB, not an 8 MB array of pointers). */
export class Outcomes {
  /** The outcome codes by deal (OUTCOME_CODE), for passes that read every deal (deal-columns.ts). */
  constructor(readonly codes: Uint8Array) {}
  get length(): number {
    return this.codes.length;
  }
  at(i: number): Outcome | undefined {
    return OUTCOME_OF_CODE[this.codes[i] as number];
  }
}

/** A deal's outcome as its code in Outcomes.codes: 0 for a deal without an outcome (not counted anywhere). */
export const OUTCOME_CODE = { none: 0, won: 1, lost: 2, noDecision: 3, open: 4 } as const;
export const OUTCOME_OF_CODE: readonly (Outcome | undefined)[] = [undefined, "won", "lost", "no decision", "open"];
const CODE_OF_OUTCOME = new Map(OUTCOME_OF_CODE.map((o, code) => [o, code]));

/**
 * Each deal's outcome, classified once per report by the core's classifyOutcome (as =GOALS.WINRATE does) and
 * kept per deals list: the sections and every metric read it, so a million deals are normalised once, and
 * the few distinct Outcome values of a sheet are classified once each (the column's codes say which is which).
 */
const cache = new WeakMap<RecordList<DealRecord>, Outcomes>();

export function outcomesOf(deals: RecordList<DealRecord>): Outcomes {
  const known = cache.get(deals);
  if (known) return known;
  const column = codedColumn(deals, "outcome");
  // Code → outcome code: a blank cell is classified as the core classifies a blank (null).
  const byCode = new Uint8Array(column.values.length + 1);
  byCode[0] = CODE_OF_OUTCOME.get(classifyOutcome(null)) as number;
  for (let c = 1; c <= column.values.length; c++)
    byCode[c] = CODE_OF_OUTCOME.get(classifyOutcome(column.values[c - 1] as CellValue)) as number;
  const codes = new Uint8Array(deals.length);
  for (let b = 0; b < column.codes.length; b++) {
    const block = column.codes[b] as Uint16Array | Uint32Array;
    const start = b * COLUMN_BLOCK;
    const n = Math.min(block.length, deals.length - start);
    for (let j = 0; j < n; j++) codes[start + j] = byCode[block[j] as number] as number;
  }
  const outcomes = new Outcomes(codes);
  cache.set(deals, outcomes);
  return outcomes;
}
