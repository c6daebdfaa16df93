import type { Outcome } from "../../../shared/winrate/outcomes.js";
import { addOutcome, type OutcomeTally } from "../../../shared/winrate/winrate.js";
import type { CodedColumn } from "../workbook/column-views.js";
import { textOf } from "./deal-columns.js";
import { OUTCOME_OF_CODE } from "./outcomes.js";

/**
 * Per-group sums for a pass over the deal columns (deal-stats.ts): the pass adds by code (a small integer per
 * distinct text), and the groups are made once per code, not looked up in a Map once per deal.
 */

/** Slot 0 of each code's counts marks the code as seen; outcomes are codes 1–4. */
export const OUTCOMES = 5;

/**
 * Deals counted per code of a text column and per outcome, then gathered per group in order of first
 * appearance (codes whose texts fall in one group, as a blank and "" do, add up in one tally). Counts are whole
 * numbers, so adding them per group gives the tally one addOutcome per deal gives.
 */
export class CodeCounts {
  private readonly counts: Int32Array;
  private readonly order: number[] = [];
  constructor(private readonly column: CodedColumn) {
    this.counts = new Int32Array((column.values.length + 1) * OUTCOMES);
  }
  add(code: number, outcome: number): void {
    const at = code * OUTCOMES;
    if (this.counts[at] === 0) {
      this.counts[at] = 1;
      this.order.push(code);
    }
    this.counts[at + outcome] = (this.counts[at + outcome] as number) + 1;
  }
  /** A tally per group, the groups in order of first appearance. */
  tallies(
    groupOfCode: (text: string | undefined) => string | undefined,
    make: () => OutcomeTally,
  ): Map<string, OutcomeTally> {
    const out = new Map<string, OutcomeTally>();
    for (const code of this.order) {
      const group = groupOfCode(textOf(this.column, code));
      if (group === undefined) continue;
      let tally = out.get(group);
      if (tally === undefined) {
        tally = make();
        out.set(group, tally);
      }
      const at = code * OUTCOMES;
      for (let o = 1; o < OUTCOMES; o++) {
        const n = this.counts[at + o] as number;
        if (n > 0) addOutcome(tally, OUTCOME_OF_CODE[o] as Outcome, n);
      }
    }
    return out;
  }
}

/** A number per group (sums in deal order, each group's own), the groups in order of first appearance. */
export class GroupSums {
  readonly sums = new Map<string, number>();
  private readonly slotOfCode: (string | undefined)[];
  constructor(
    private readonly column: CodedColumn,
    private readonly groupOf: (text: string | undefined) => string,
  ) {
    this.slotOfCode = new Array(column.values.length + 1);
  }
  add(code: number, value: number): void {
    let group = this.slotOfCode[code];
    if (group === undefined) {
      group = this.groupOf(textOf(this.column, code));
      this.slotOfCode[code] = group;
    }
    this.sums.set(group, (this.sums.get(group) ?? 0) + value);
  }
}
