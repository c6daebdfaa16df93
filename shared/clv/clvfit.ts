import { serialToIso } from "../excel/dates.js";
import { defineFunction } from "../excel/define.js";
import { isExcelError } from "../excel/errors.js";
import { choiceParam, dateParam, numberParam, optional, rangeParam } from "../excel/params.js";
import type { Matrix } from "../excel/values.js";
import { type ClvFit, fitClv } from "./fit.js";
import { DEFAULT_DISCOUNT_RATE, horizonLimit, predictClv } from "./predict.js";
import { CLV_TIME_UNITS, type ClvTimeUnit } from "./summary.js";
import { transactionsFromRanges } from "./transactions.js";

const customersParam = rangeParam("customers", {
  description: "The customer of each transaction (an id or name), one cell per transaction.",
  cells: "text",
});
const datesParam = rangeParam("dates", {
  description: "The date of each transaction (Excel dates or ISO text), same size as customers.",
  cells: "date",
});
const amountsParam = rangeParam("amounts", {
  description: "The amount of each transaction (0 or more), same size as customers.",
  cells: "number",
});
const timeUnitParam = optional(
  choiceParam("time_unit", CLV_TIME_UNITS, {
    description: 'The unit for recency, age, alpha and horizon: "days", "weeks" (default) or "months".',
  }),
  "weeks" as ClvTimeUnit,
);
const asOfParam = optional(
  dateParam("as_of", {
    description: "The end of the history (calibration end); later dates are an error. Default: the latest date.",
  }),
  undefined,
);

function fitFromRanges(
  customers: Matrix,
  dates: Matrix,
  amounts: Matrix,
  timeUnit: ClvTimeUnit,
  asOf: number | undefined,
) {
  const rows = transactionsFromRanges(customers, dates, amounts, asOf);
  if (isExcelError(rows)) return rows;
  return fitClv(rows, asOf === undefined ? { timeUnit } : { timeUnit, asOf });
}

/** The CLVFIT spill: one labelled row per figure, so it reads without documentation. */
export function fitTable(fit: ClvFit): Matrix {
  const bg = fit.bgnbd.params;
  const gg = fit.gammaGamma.params;
  return [
    ["r", bg.r],
    ["alpha", bg.alpha],
    ["a", bg.a],
    ["b", bg.b],
    ["p", gg.p],
    ["q", gg.q],
    ["gamma", gg.gamma],
    ["BG/NBD log-likelihood", fit.bgnbd.logLikelihood],
    ["Gamma-Gamma log-likelihood", fit.gammaGamma.logLikelihood],
    ["customers", fit.customers],
    ["repeat customers", fit.repeatCustomers],
    ["time unit", fit.timeUnit],
    ["as of", serialToIso(fit.asOf)],
    ["converged", fit.converged],
    ["message", fit.message],
  ];
}

export const CLVFIT = defineFunction({
  name: "CLVFIT",
  description:
    "Fits BG/NBD (purchases, P(alive)) and Gamma-Gamma (spend) to transactions: spills labelled parameters, log-likelihoods, customer counts and whether the fit converged.",
  result: "spill",
  params: [customersParam, datesParam, amountsParam, timeUnitParam, asOfParam],
  table: ["customers", "dates", "amounts"],
  example: {
    formula: '=GOALS.CLVFIT(Sales[Customer], Sales[Date], Sales[Amount], "weeks", "1997-09-30")',
    result: "15 rows × 2: r 0.243, alpha 4.414, a 0.793, b 2.426, … converged TRUE (CDNOW sample)",
  },
  impl: (customers, dates, amounts, timeUnit, asOf) => {
    const fit = fitFromRanges(customers, dates, amounts, timeUnit, asOf);
    return isExcelError(fit) ? fit : fitTable(fit);
  },
});

export const CLV_PREDICT_HEADER = ["customer", "P(alive)", "expected purchases", "expected spend per purchase", "CLV"];

export const CLVPREDICT = defineFunction({
  name: "CLVPREDICT",
  description:
    "Predictive CLV per customer from transactions (BG/NBD + Gamma-Gamma): spills a header and one row per customer with P(alive), expected purchases and spend in the horizon, and discounted CLV.",
  result: "spill",
  table: ["customers", "dates", "amounts"],
  params: [
    customersParam,
    datesParam,
    amountsParam,
    optional(
      numberParam("horizon", {
        description: "How far ahead, in time units. Default: one year (52.18 weeks, 365.25 days or 12 months).",
      }),
      undefined,
      { means: "is no horizon at all", default: "one year" },
    ),
    optional(
      numberParam("discount_rate", {
        description: "Annual discount rate applied month by month (0.1 = 10% a year, the default).",
        min: 0,
      }),
      DEFAULT_DISCOUNT_RATE,
      {
        means: "would be no discounting (for undiscounted value, multiply expected purchases by expected spend)",
        default: "0.1 = 10% a year",
      },
    ),
    timeUnitParam,
    asOfParam,
  ],
  example: {
    formula: "=GOALS.CLVPREDICT(Sales[Customer], Sales[Date], Sales[Amount], 52, 0.1)",
    result: "a header row, then one row per customer in order of first purchase",
  },
  impl: (customers, dates, amounts, horizon, discountRate, timeUnit, asOf) => {
    const tooFar = horizon === undefined ? undefined : horizonLimit(horizon, timeUnit);
    if (tooFar) return tooFar;
    const fit = fitFromRanges(customers, dates, amounts, timeUnit, asOf);
    if (isExcelError(fit)) return fit;
    const predictions = predictClv(fit, horizon === undefined ? { discountRate } : { horizon, discountRate });
    if (isExcelError(predictions)) return predictions;
    return [
      CLV_PREDICT_HEADER,
      ...predictions.map((p) => [p.customer, p.pAlive, p.expectedPurchases, p.expectedSpend, p.clv]),
    ];
  },
});
