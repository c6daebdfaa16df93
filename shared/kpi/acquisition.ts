import { defineFunction } from "../excel/define.js";
import type { ExcelError } from "../excel/errors.js";
import { numberParam, optional } from "../excel/params.js";
import { firstFailure, fraction, nonZeroDivisor, notNegative } from "./rules.js";

/**
 * Acquisition economics (docs/domain.md, "Acquisition, churn and growth"): CAC = sales & marketing spend / new customers; LTV:CAC (> 3 is the
 * usual guide); CAC payback in months = CAC / (ARPA × gross margin), with ARPA per month.
 */
export function cac(spend: number, newCustomers: number): number | ExcelError {
  const invalid = firstFailure(
    notNegative("spend", spend),
    notNegative("new_customers", newCustomers),
    nonZeroDivisor("new_customers", newCustomers, "no customers were won, so there is no cost per customer"),
  );
  return invalid ?? spend / newCustomers;
}

export function ltvToCac(ltv: number, cacValue: number): number | ExcelError {
  const invalid = firstFailure(
    notNegative("cac", cacValue),
    nonZeroDivisor("cac", cacValue, "a customer that cost nothing has no LTV:CAC ratio"),
  );
  return invalid ?? ltv / cacValue;
}

export function cacPayback(cacValue: number, arpa: number, grossMargin = 1): number | ExcelError {
  const invalid = firstFailure(
    notNegative("cac", cacValue),
    notNegative("arpa", arpa),
    fraction("gross_margin", grossMargin),
    nonZeroDivisor("arpa × gross_margin", arpa * grossMargin, "a customer with no margin never pays back"),
  );
  return invalid ?? cacValue / (arpa * grossMargin);
}

const cacParam = numberParam("cac", { description: "Customer acquisition cost (spend per new customer)." });

export const CAC = defineFunction({
  name: "CAC",
  description: "Customer acquisition cost: sales & marketing spend / new customers.",
  result: "value",
  params: [
    numberParam("spend", { description: "Sales and marketing spend in the period." }),
    numberParam("new_customers", { description: "New customers won in the same period." }),
  ],
  example: { formula: "=GOALS.CAC(120000, 40)", result: "3000" },
  impl: (spend, customers) => cac(spend, customers),
});

export const LTVCAC = defineFunction({
  name: "LTVCAC",
  description: "LTV:CAC ratio: lifetime value / acquisition cost (above 3 is the usual guide).",
  result: "value",
  params: [numberParam("ltv", { description: "Customer lifetime value, e.g. from GOALS.CLV." }), cacParam],
  example: { formula: "=GOALS.LTVCAC(20000, 5000)", result: "4" },
  impl: (ltv, cost) => ltvToCac(ltv, cost),
});

export const CACPAYBACK = defineFunction({
  name: "CACPAYBACK",
  description: "CAC payback in months: CAC / (monthly ARPA × gross margin).",
  result: "value",
  params: [
    cacParam,
    numberParam("arpa", { description: "Average revenue per account per month." }),
    optional(numberParam("gross_margin", { description: "Gross margin as a fraction (0.8 = 80%); default 1." }), 1, {
      means: "never pays the cost back",
      default: "1 = 100%",
    }),
  ],
  example: { formula: "=GOALS.CACPAYBACK(6000, 500, 0.8)", result: "15" },
  impl: (cost, arpa, margin) => cacPayback(cost, arpa, margin),
});
