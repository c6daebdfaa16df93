import type { CellValue } from "../../../shared/excel/values.js";
import { classifyOutcome, type Outcome } from "../../../shared/winrate/outcomes.js";
import type { DealRecord } from "../workbook/contract.js";
import type { RecordList } from "../workbook/record-table.js";

/** Each deal's outcome by index: a byte per deal (a million deals: 1 MB, not an 8 MB array of pointers). */
export class Outcomes {
  constructor(private readonly codes: Uint8Array) {}
  get length(): number {
    return this.codes.length;
  }
  at(i: number): Outcome | undefined {
    return OUTCOME_OF_CODE[this.codes[i] as number];
  }
}

const OUTCOME_OF_CODE: readonly (Outcome | undefined)[] = [undefined, "won", "lost", "no decision", "open"];
const CODE_OF_OUTCOME = new Map(OUTCOME_OF_CODE.map((o, code) => [o, code]));

/**
 * Each deal's outcome, classified once per report by the core's classifyOutcome (as =GOALS.WINRATE does) and
 * kept per deals list: the sections and every metric read it, so a million deals are normalised once, and
 * the few distinct Outcome texts of a sheet are classified once each.
 */
const cache = new WeakMap<RecordList<DealRecord>, Outcomes>();

export function outcomesOf(deals: RecordList<DealRecord>): Outcomes {
  const known = cache.get(deals);
  if (known) return known;
  const byText = new Map<CellValue, Outcome | undefined>();
  const codes = new Uint8Array(deals.length);
  for (let i = 0; i < deals.length; i++) {
    const value = (deals.at(i) as DealRecord).outcome ?? null;
    let outcome: Outcome | undefined;
    if (typeof value === "object" && value !== null) outcome = classifyOutcome(value);
    else if (byText.has(value)) outcome = byText.get(value);
    else {
      outcome = classifyOutcome(value);
      if (byText.size < 10_000) byText.set(value, outcome);
    }
    codes[i] = CODE_OF_OUTCOME.get(outcome) as number;
  }
  const outcomes = new Outcomes(codes);
  cache.set(deals, outcomes);
  return outcomes;
}
