import type { CellValue } from "../../../shared/excel/values.js";
import { classifyOutcome, type Outcome } from "../../../shared/winrate/outcomes.js";
import type { DealRecord } from "../workbook/contract.js";
import type { RecordList } from "../workbook/record-table.js";

/**
 * Each deal's outcome, classified once per report by the core's classifyOutcome (as =GOALS.WINRATE does) and
 * kept per deals array: the sections and every metric read it, so a million deals are normalised once, and
 * the few distinct Outcome texts of a sheet are classified once each.
 */
const cache = new WeakMap<RecordList<DealRecord>, readonly (Outcome | undefined)[]>();

export function outcomesOf(deals: RecordList<DealRecord>): readonly (Outcome | undefined)[] {
  const known = cache.get(deals);
  if (known) return known;
  const byText = new Map<CellValue, Outcome | undefined>();
  const outcomes = deals.map((deal) => {
    const value = deal.outcome ?? null;
    if (typeof value === "object" && value !== null) return classifyOutcome(value);
    if (byText.has(value)) return byText.get(value);
    const outcome = classifyOutcome(value);
    if (byText.size < 10_000) byText.set(value, outcome);
    return outcome;
  });
  cache.set(deals, outcomes);
  return outcomes;
}
