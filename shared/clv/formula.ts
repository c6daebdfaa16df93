import { defineFunction } from "../excel/define.js";
import { type ExcelError, valueError } from "../excel/errors.js";
import { choiceParam, numberParam, optional } from "../excel/params.js";
import { firstFailure, fraction, wholeNumber } from "../kpi/rules.js";

/**
 * Retention-based customer lifetime value with discounting (Fader & Hardie, "Reconciling and Clarifying CLV
 * Formulas"; docs/domain.md). With margin m per period, retention r = 1 − churn and discount d per period, the three
 * published formulas differ only in when the first margin arrives:
 * - "end":           m/(1+d−r). Each period's margin is received at its end by a customer alive at its start:
 *                    Σ_{t≥1} m·r^(t−1)/(1+d)^t. At d = 0 it is m/churn, the familiar ARPA × gross margin / churn,
 *                    which is why it is the default: it matches what finance already computes.
 * - "start":         m(1+d)/(1+d−r). The first margin is counted now, undiscounted: Σ_{t≥0} m·r^t/(1+d)^t.
 * - "gupta lehmann": m·r/(1+d−r) (Gupta & Lehmann). The customer must survive a period before paying:
 *                    Σ_{t≥1} m·r^t/(1+d)^t.
 * A finite horizon of n periods sums exactly n of those terms (closed form of the geometric series).
 */
export const CLV_TIMINGS = ["end", "start", "gupta lehmann"] as const;
export type ClvTiming = (typeof CLV_TIMINGS)[number];

export function clv(
  valuePerPeriod: number,
  churnRate: number,
  grossMargin = 1,
  discountRate = 0,
  periods?: number,
  timing: ClvTiming = "end",
): number | ExcelError {
  const unlimited = periods === undefined;
  const invalid = firstFailure(
    unlimited && !(churnRate > 0 && churnRate <= 1)
      ? valueError(`churn_rate must be more than 0 and at most 1 when periods is omitted, got ${churnRate}`)
      : fraction("churn_rate", churnRate),
    fraction("gross_margin", grossMargin),
    discountRate < 0 ? valueError(`discount_rate must not be negative, got ${discountRate}`) : undefined,
    unlimited ? undefined : wholeNumber("periods", periods, 1),
  );
  if (invalid) return invalid;

  const m = valuePerPeriod * grossMargin;
  const r = 1 - churnRate;
  const q = r / (1 + discountRate);
  // Σ_{t=0}^{n−1} q^t = (1 − q^n)/(1 − q), with 1 − q = (d + churn)/(1 + d). Written with d + churn rather than
  // 1 + d − r so that 500 × 0.8 / 0.02 gives 20,000 exactly instead of 19,999.99999999998.
  const gap = discountRate + churnRate;
  const series = gap === 0 ? (periods as number) : ((unlimited ? 1 : 1 - q ** periods) * (1 + discountRate)) / gap;
  if (timing === "start") return m * series;
  if (timing === "gupta lehmann") return m * q * series;
  return (m / (1 + discountRate)) * series;
}

export const CLV = defineFunction({
  name: "CLV",
  description:
    'Customer lifetime value from retention: margin per period kept while the customer stays, discounted. Timing "end" (default) gives value × margin / churn when there is no discount.',
  result: "value",
  params: [
    numberParam("value_per_period", { description: "Revenue per customer per period (ARPA), e.g. monthly." }),
    numberParam("churn_rate", {
      description: "Share of customers lost per period (0.02 = 2%); retention is 1 − churn.",
    }),
    optional(numberParam("gross_margin", { description: "Gross margin as a fraction (0.8 = 80%); default 1." }), 1, {
      means: "would make the lifetime value 0",
      default: "1 = 100%",
    }),
    optional(numberParam("discount_rate", { description: "Discount rate per period (0.01 = 1%); default 0." }), 0),
    optional(
      numberParam("periods", { description: "Horizon in periods (whole number); omitted = unlimited." }),
      undefined,
      { means: "is no horizon at all", default: "no limit" },
    ),
    optional(
      choiceParam("timing", CLV_TIMINGS, {
        description:
          '"end" m/(1+d−r) (default), "start" counts the first margin now m(1+d)/(1+d−r), "gupta lehmann" m·r/(1+d−r).',
      }),
      "end" as ClvTiming,
    ),
  ],
  example: { formula: "=GOALS.CLV(500, 0.02, 0.8)", result: "20000" },
  impl: (value, churn, margin, discount, periods, timing) => clv(value, churn, margin, discount, periods, timing),
});
