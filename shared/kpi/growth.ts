import { defineFunction } from "../excel/define.js";
import type { ExcelError } from "../excel/errors.js";
import { numberParam, optional } from "../excel/params.js";
import { firstFailure, nonZeroDivisor, notNegative, positive } from "./rules.js";

/** Growth from one value to another as a fraction: (to − from) / from. 100 → 120 is 0.2. */
export function growth(from: number, to: number): number | ExcelError {
  const invalid = firstFailure(
    notNegative("from", from),
    nonZeroDivisor("from", from, "growth from nothing has no rate"),
  );
  return invalid ?? (to - from) / from;
}

/**
 * Compound annual (per-period) growth rate: (to / from)^(1 / periods) − 1. `periods` may be fractional
 * (2.5 years). A negative value has no compound rate, so both ends must be at least 0.
 */
export function cagr(from: number, to: number, periods = 1): number | ExcelError {
  const invalid = firstFailure(
    notNegative("from", from),
    notNegative("to", to),
    positive("periods", periods),
    nonZeroDivisor("from", from, "growth from nothing has no rate"),
  );
  return invalid ?? (to / from) ** (1 / periods) - 1;
}

const fromParam = numberParam("from", { description: "The starting value (e.g. last year's revenue)." });
const toParam = numberParam("to", { description: "The ending value (e.g. this year's revenue)." });

export const GROWTH = defineFunction({
  name: "GROWTH",
  description: "Growth as a fraction: (to − from) / from. Not Excel's GROWTH trend: GOALS.GROWTH is a rate.",
  result: "value",
  params: [fromParam, toParam],
  example: { formula: "=GOALS.GROWTH(700000, 840000)", result: "0.2" },
  impl: (from, to) => growth(from, to),
});

export const CAGR = defineFunction({
  name: "CAGR",
  description: "Compound growth rate per period: (to / from)^(1 / periods) − 1.",
  result: "value",
  params: [
    fromParam,
    toParam,
    optional(numberParam("periods", { description: "Periods between from and to (e.g. years); default 1." }), 1, {
      means: "gives no rate per period",
      default: "1",
    }),
  ],
  example: { formula: "=GOALS.CAGR(1000000, 1210000, 2)", result: "0.1" },
  impl: (from, to, periods) => cagr(from, to, periods),
});
