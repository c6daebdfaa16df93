import { defineFunction } from "../excel/define.js";
import { type ExcelError, valueError } from "../excel/errors.js";
import { numberParam } from "../excel/params.js";
import { firstFailure, nonZeroDivisor, notNegative } from "./rules.js";

/**
 * Retention KPIs (docs/domain.md, "Acquisition, churn and growth"). Churn rate = customers lost in the period / customers at its start.
 * NRR = (start + expansion − contraction − churned) / start; GRR is the same without expansion, so it never
 * exceeds 1. Amounts are recurring revenue (MRR/ARR) of the customers present at the start of the period.
 */
export function churnRate(startCount: number, lostCount: number): number | ExcelError {
  const invalid = firstFailure(
    notNegative("start_count", startCount),
    notNegative("lost_count", lostCount),
    nonZeroDivisor("start_count", startCount, "no customers at the start of the period"),
    lostCount > startCount
      ? valueError(`lost_count must not exceed start_count (${startCount}), got ${lostCount}`)
      : undefined,
  );
  return invalid ?? lostCount / startCount;
}

function revenueRules(start: number, contraction: number, churned: number): ExcelError | undefined {
  return firstFailure(
    notNegative("start_revenue", start),
    notNegative("contraction", contraction),
    notNegative("churned", churned),
    nonZeroDivisor("start_revenue", start, "no recurring revenue at the start of the period"),
    contraction + churned > start
      ? valueError(`contraction + churned must not exceed start_revenue (${start}), got ${contraction + churned}`)
      : undefined,
  );
}

export function netRevenueRetention(
  start: number,
  expansion: number,
  contraction: number,
  churned: number,
): number | ExcelError {
  const invalid = firstFailure(notNegative("expansion", expansion), revenueRules(start, contraction, churned));
  return invalid ?? (start + expansion - contraction - churned) / start;
}

export function grossRevenueRetention(start: number, contraction: number, churned: number): number | ExcelError {
  return revenueRules(start, contraction, churned) ?? (start - contraction - churned) / start;
}

const startRevenue = numberParam("start_revenue", {
  description: "Recurring revenue (MRR/ARR) of the customers at the start of the period.",
});
const expansion = numberParam("expansion", { description: "Upsell and cross-sell revenue from those customers." });
const contraction = numberParam("contraction", { description: "Revenue lost to downgrades (not to churn)." });
const churned = numberParam("churned", { description: "Revenue lost from customers who left." });

export const CHURNRATE = defineFunction({
  name: "CHURNRATE",
  description: "Churn rate: customers lost in the period / customers at its start (a fraction 0–1).",
  result: "value",
  params: [
    numberParam("start_count", { description: "Customers at the start of the period." }),
    numberParam("lost_count", { description: "Of those, customers lost during the period." }),
  ],
  example: { formula: "=GOALS.CHURNRATE(500, 10)", result: "0.02" },
  impl: (start, lost) => churnRate(start, lost),
});

export const NRR = defineFunction({
  name: "NRR",
  description: "Net revenue retention: (start + expansion − contraction − churned) / start.",
  result: "value",
  params: [startRevenue, expansion, contraction, churned],
  example: { formula: "=GOALS.NRR(100000, 15000, 3000, 5000)", result: "1.07" },
  impl: (start, exp, contr, churn) => netRevenueRetention(start, exp, contr, churn),
});

export const GRR = defineFunction({
  name: "GRR",
  description: "Gross revenue retention: (start − contraction − churned) / start, at most 1.",
  result: "value",
  params: [startRevenue, contraction, churned],
  example: { formula: "=GOALS.GRR(100000, 3000, 5000)", result: "0.92" },
  impl: (start, contr, churn) => grossRevenueRetention(start, contr, churn),
});
