import { defineFunction } from "../excel/define.js";
import { type ExcelError, isExcelError, valueError } from "../excel/errors.js";
import { choiceParam, numberParam, optional, rangeParam } from "../excel/params.js";
import { type CellValue, numbersOf, shapeOf } from "../excel/values.js";
import { firstFailure, notNegative, positive } from "./rules.js";

/**
 * Activity goals back-solved from a revenue goal through stage conversion rates (docs/domain.md): 14 deals at
 * 40% / 50% / 35% / 10% need 35 proposals, 70 second meetings, 200 first meetings and 2,000 calls.
 * Each count is rounded up to a whole activity before the next stage is solved, since a rep cannot hold 34.3
 * meetings and rounding down would miss the target.
 *
 * Rates are listed either "close first" (the default, as docs/domain.md states them: the first rate converts the last
 * stage into a deal) or "top first" (funnel order: the first rate converts the first activity into the next stage).
 * Either way each count is aligned with its rate: it is how many must enter the stage that converts at that rate.
 */
export const RATE_ORDERS = ["close first", "top first"] as const;
export type RateOrder = (typeof RATE_ORDERS)[number];

/** Round up, but not past a whole number that floating-point division missed by a hair (200.00000000000003). */
const ceilCount = (x: number): number => {
  const nearest = Math.round(x);
  return Math.abs(x - nearest) < 1e-9 ? nearest : Math.ceil(x);
};

export function activityPlan(
  deals: number,
  rates: readonly number[],
  order: RateOrder = "close first",
): number[] | ExcelError {
  // Iterate rather than spread a rule per rate into firstFailure: 200,000 arguments overflow the stack.
  let badRate: ExcelError | undefined;
  for (let i = 0; i < rates.length && badRate === undefined; i++) {
    const rate = rates[i] as number;
    if (!(rate > 0 && rate <= 1)) {
      badRate = valueError(`conversion_rates row ${i + 1} must be more than 0 and at most 1, got ${rate}`);
    }
  }
  const invalid = firstFailure(
    notNegative("deals", deals),
    rates.length === 0 ? valueError("conversion_rates must list at least one rate") : undefined,
    badRate,
  );
  if (invalid) return invalid;
  const counts = new Array<number>(rates.length);
  let needed = ceilCount(deals);
  for (let k = 0; k < rates.length; k++) {
    const i = order === "close first" ? k : rates.length - 1 - k;
    needed = ceilCount(needed / (rates[i] as number));
    counts[i] = needed;
  }
  return counts;
}

/** Deals needed for a revenue target at an average deal size, rounded up. */
export function dealsForRevenue(revenue: number, dealSize: number): number | ExcelError {
  return firstFailure(notNegative("target", revenue), positive("deal_size", dealSize)) ?? ceilCount(revenue / dealSize);
}

export const ACTIVITYPLAN = defineFunction({
  name: "ACTIVITYPLAN",
  description:
    'Back-solves a target through stage conversion rates and spills the count needed at each stage, beside each rate. Rates "close first" by default (first rate = last stage into a deal).',
  result: "spill",
  params: [
    numberParam("target", { description: "Deals needed; or revenue needed when deal_size is given." }),
    rangeParam("conversion_rates", {
      description: "Stage conversion rates (0.4 = 40%), a column or a row.",
      cells: "sparse-number",
    }),
    optional(
      numberParam("deal_size", { description: "Average deal size, to turn a revenue target into deals." }),
      undefined,
      { means: "cannot turn a revenue target into deals", default: "the target counts deals" },
    ),
    optional(
      choiceParam("order", RATE_ORDERS, {
        description: '"close first" (default): first rate turns the last stage into deals; "top first": funnel order.',
      }),
      "close first" as RateOrder,
    ),
  ],
  example: { formula: "=GOALS.ACTIVITYPLAN(14, {0.4;0.5;0.35;0.1})", result: "35; 70; 200; 2000" },
  impl: (target, ratesRange, dealSize, order) => {
    const deals = dealSize === undefined ? target : dealsForRevenue(target, dealSize);
    if (isExcelError(deals)) return deals;
    const rates = numbersOf("conversion_rates", ratesRange);
    if (isExcelError(rates)) return rates;
    const counts = activityPlan(deals, rates, order);
    if (isExcelError(counts)) return counts;
    // Spill in the rates' own orientation, so the counts line up beside (or under) them.
    const { rows } = shapeOf(ratesRange);
    return rows === 1 ? [counts] : counts.map((n): CellValue[] => [n]);
  },
});
