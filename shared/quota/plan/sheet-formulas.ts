import { cell } from "./a1.js";
import { monthCol, ROW } from "./layout.js";
import type { QuotaPlan } from "./plan.js";
import { columnRef, criterion } from "./refs.js";
import { startRef } from "./reps-columns.js";

/**
 * The formulas behind the plan's inputs that come from the workbook: weights, seasonality, start dates and the
 * ramp capacity grid. Each mirrors a computation in plan.ts / bookings.ts, which gives the cached values.
 */

const FIRST = "Quota_FirstMonth";

/** Won amounts closed in [from, to), optionally for the reps of `repRef`: one SUMIFS per won label. */
function bookingsSum(plan: QuotaPlan, from: string, to: string, repRef?: string): string {
  const deals = plan.deals;
  if (!deals) throw new Error("bookings need the Deals source");
  const ref = (column: number) => columnRef(deals, column);
  const { amount, outcome, closed, rep } = deals.columns;
  return plan.wonLabels
    .map((label) => {
      const parts = [
        ref(amount),
        ref(outcome),
        criterion(label),
        ref(closed),
        `">="&${from}`,
        ref(closed),
        `"<"&${to}`,
      ];
      if (repRef) parts.push(ref(rep), repRef);
      return `SUMIFS(${parts.join(",")})`;
    })
    .join("+");
}

export function weightsFormula(plan: QuotaPlan): string {
  const basis = plan.choices.weights;
  const names = columnRef(plan.reps, plan.reps.columns.rep);
  if (basis.basis === "equal") return `=IF(ISBLANK(${names}),0,1)`;
  if (basis.basis === "column") return `=${columnRef(plan.reps, basis.column)}`;
  const yearAgo = `DATE(YEAR(${FIRST})-1,MONTH(${FIRST}),1)`;
  const start = `DATE(YEAR(${FIRST}),MONTH(${FIRST}),1)`;
  return `=${bookingsSum(plan, yearAgo, start, names)}`;
}

/** A seasonality cell's formula when it comes from last year's bookings; typed and flat weights are constants. */
export function seasonalityCell(plan: QuotaPlan, m: number): string | undefined {
  if (plan.choices.seasonality.basis !== "bookings") return undefined;
  const month = cell(ROW.header, monthCol(m)).replace(/(\d+)$/, "$$$1");
  return `=${bookingsSum(plan, `EDATE(${month},-12)`, `EDATE(${month},-11)`)}`;
}

export function startFormula(plan: QuotaPlan): string {
  const starts = startRef(plan);
  return `=IF(ISNUMBER(${starts}),${starts},"")`;
}

/**
 * Capacity of each rep in each month: 100% without a start date; else k = months since the start month, 0 before
 * it, the ramp schedule's (k + 1)-th capacity, and 100% after the schedule. INDEX by position rather than a lookup:
 * Excel lifts INDEX over the reps × months grid of k, and a capacity typed as text reaches QUOTASPLIT, which
 * refuses it, instead of being read as 0.
 */
export function capacityFormula(plan: QuotaPlan): string {
  const s = startRef(plan);
  const k = `(YEAR(Quota_Months)-YEAR(${s}))*12+MONTH(Quota_Months)-MONTH(${s})`;
  const step = `IF(${k}+1>COLUMNS(Quota_RampSchedule),1,INDEX(Quota_RampSchedule,1,${k}+1))`;
  return `=IF(ISNUMBER(${s}),IF(${k}<0,0,${step}),1)`;
}
