import { isSlipped, isStalled } from "../../../shared/kpi/deal-health.js";
import type { ModelContext } from "./context.js";
import type { ActionDeal, ActionList } from "./deal-scan.js";

/**
 * The action lists' parts (deal-scan.ts): where an open deal stands on the as-of date by the deal-health
 * rules (shared/kpi/deal-health.ts), and a list that keeps the largest N deals of a kind.
 */

/** Where an open deal stands on the as-of date (deal-health.ts's rules), from its Created and Closed cells. */
export interface Standing {
  estimatedClose: number | undefined;
  closeDate: number | undefined;
  stalled: boolean;
  slipped: boolean;
  closing: boolean;
  due: boolean;
}

export const standing = (): Standing => ({
  estimatedClose: undefined,
  closeDate: undefined,
  stalled: false,
  slipped: false,
  closing: false,
  due: false,
});

/** Fill `out` with a deal's standing (one object reused for every deal of a pass: no allocation per deal). */
export function standOn(
  out: Standing,
  created: number | undefined,
  sheetClose: number | undefined,
  typicalCycleDays: number | null,
  period: ModelContext["period"],
): Standing {
  const estimatedClose =
    sheetClose === undefined && created !== undefined && typicalCycleDays !== null
      ? Math.floor(created) + typicalCycleDays
      : undefined;
  const closeDate = sheetClose ?? estimatedClose;
  const slipped = sheetClose !== undefined && isSlipped(sheetClose, period.asOf);
  out.estimatedClose = estimatedClose;
  out.closeDate = closeDate;
  out.stalled = created !== undefined && typicalCycleDays !== null && isStalled(created, period.asOf, typicalCycleDays);
  out.slipped = slipped;
  out.closing = closeDate !== undefined && !slipped && closeDate >= period.asOf && Math.floor(closeDate) <= period.end;
  out.due = sheetClose === undefined || Math.floor(sheetClose) <= period.end;
  return out;
}

/**
 * A bounded list kept largest amount first (ties: older deal, then sheet row), plus the count and sum of all.
 * A listed deal is made (its figures and formulas) once the list is final, not each time a deal enters it.
 */
export class TopDeals {
  private readonly kept: { amount: number; created: number; row: number; index: number; probability: number }[] = [];
  count = 0;
  amount = 0;
  constructor(private readonly limit: number) {}
  add(amount: number, created: number, row: number, index: number, probability: number): void {
    this.count++;
    this.amount += amount;
    const last = this.kept[this.limit - 1];
    if (last !== undefined && !before(amount, created, row, last)) return;
    let at = this.kept.length;
    while (at > 0 && before(amount, created, row, this.kept[at - 1] as TopDeals["kept"][number])) at--;
    this.kept.splice(at, 0, { amount, created, row, index, probability });
    if (this.kept.length > this.limit) this.kept.pop();
  }
  done(formulas: ActionList["formulas"], make: (index: number, probability: number) => ActionDeal): ActionList {
    return {
      deals: this.kept.map((k) => make(k.index, k.probability)),
      count: this.count,
      amount: this.amount,
      formulas,
    };
  }
}

/** Larger amount first, then the older deal, then the earlier row: a total order, so lists never depend on input order. */
function before(
  amount: number,
  created: number,
  row: number,
  b: { readonly amount: number; readonly created: number; readonly row: number },
): boolean {
  if (amount !== b.amount) return amount > b.amount;
  if (created !== b.created) return created < b.created;
  return row < b.row;
}
