import { type ExcelError, numError, valueError } from "../excel/errors.js";
import { expectedPurchases, probabilityAlive } from "./bgnbd.js";
import type { ClvFit } from "./fit.js";
import { expectedSpend } from "./gammagamma.js";
import { type ClvTimeUnit, DAYS_PER_UNIT } from "./summary.js";

const DAYS_PER_YEAR = 365.25;

/** One year in a time unit: the default horizon, and the period the discount rate is quoted for. */
export function yearIn(unit: ClvTimeUnit): number {
  return DAYS_PER_YEAR / DAYS_PER_UNIT[unit];
}

export interface PredictOptions {
  /** How far ahead, in the fit's time unit. Default: one year (365.25 days, 52.18 weeks, 12 months). */
  readonly horizon?: number;
  /** Annual discount rate (0.1 = 10% a year). Default 0.1. */
  readonly discountRate?: number;
}

export interface ClvPrediction {
  readonly customer: string | number;
  /** Probability the customer is still active at the as-of date. */
  readonly pAlive: number;
  /** Expected repeat purchases within the horizon (undiscounted). */
  readonly expectedPurchases: number;
  /** Expected amount per future purchase (Gamma-Gamma; the population mean for one-time buyers). */
  readonly expectedSpend: number;
  /** Discounted expected revenue within the horizon. Multiply by a margin for a profit-based CLV. */
  readonly clv: number;
}

export const DEFAULT_DISCOUNT_RATE = 0.1;
/** The longest horizon predicted: a century. */
export const MAX_HORIZON_YEARS = 100;
/** Customers × monthly steps of one prediction: about 10 s at 5 µs a step (100,000 customers over two years). */
export const MAX_CUSTOMER_MONTHS = 2_400_000;

/** A horizon past a century is refused (checked before the fit too: no point fitting for an answer refused). */
export function horizonLimit(horizon: number, unit: ClvTimeUnit): ExcelError | undefined {
  const most = MAX_HORIZON_YEARS * yearIn(unit);
  return horizon > most
    ? numError(`horizon must be at most ${MAX_HORIZON_YEARS} years (${Math.round(most)} ${unit}), got ${horizon}`)
    : undefined;
}

/**
 * Per-customer predictions from a converged fit, in the fit's customer order. CLV discounts each month's
 * expected purchases × expected spend to the as-of date at the month's end, (1 + d)^−(months/12), as lifetimes'
 * customer_lifetime_value does with its 30-day steps (here calendar-average months and an annual rate);
 * a horizon that is not a whole number of months ends with a part month. A fit that did not converge gives
 * `#VALUE!` with its reason: predictions from it would look precise and mean nothing.
 */
export function predictClv(fit: ClvFit, options: PredictOptions = {}): ClvPrediction[] | ExcelError {
  if (!fit.converged) return valueError(`cannot predict CLV: ${fit.message}`);
  const year = yearIn(fit.timeUnit);
  const horizon = options.horizon ?? year;
  const rate = options.discountRate ?? DEFAULT_DISCOUNT_RATE;
  if (!(horizon > 0) || !Number.isFinite(horizon)) return valueError(`horizon must be more than 0, got ${horizon}`);
  if (!(rate > -1) || !Number.isFinite(rate)) return valueError(`discount_rate must be more than -1, got ${rate}`);
  // Limits, so one cell cannot hang the shared runtime: a horizon of 1e6 weeks ran past 20 s, 1e9 aborted V8.
  const tooFar = horizonLimit(horizon, fit.timeUnit);
  if (tooFar) return tooFar;
  const month = year / 12;
  const steps = Math.ceil(horizon / month - 1e-9) * fit.summaries.length;
  if (steps > MAX_CUSTOMER_MONTHS) {
    return numError(
      `CLV prediction would take ${steps.toLocaleString("en")} customer-months (${fit.summaries.length.toLocaleString("en")} customers × ${Math.ceil(horizon / month - 1e-9)} months); the limit is ${MAX_CUSTOMER_MONTHS.toLocaleString("en")}: shorten the horizon or predict fewer customers`,
    );
  }
  const ends: number[] = [];
  for (let end = month; end < horizon - 1e-9 * horizon; end += month) ends.push(end);
  ends.push(horizon);
  const discounts = ends.map((end) => (1 + rate) ** -(end / year));
  const bg = fit.bgnbd.params;
  const gg = fit.gammaGamma.params;
  return fit.summaries.map((s) => {
    const spend = expectedSpend(gg, s);
    let before = 0;
    let value = 0;
    for (let k = 0; k < ends.length; k++) {
      const cumulative = expectedPurchases(bg, s, ends[k] as number);
      value += (cumulative - before) * spend * (discounts[k] as number);
      before = cumulative;
    }
    return {
      customer: s.customer,
      pAlive: probabilityAlive(bg, s),
      expectedPurchases: before,
      expectedSpend: spend,
      clv: value,
    };
  });
}

/** What a report shows about a customer base: total value, the most valuable customers, P(alive)'s spread. */
export interface ClvOverview {
  readonly customers: number;
  readonly totalClv: number;
  readonly totalExpectedPurchases: number;
  readonly meanPAlive: number;
  /** The `top` customers by CLV, highest first (ties keep customer order). */
  readonly top: readonly ClvPrediction[];
  /** Customers per P(alive) bin of equal width on [0, 1]; the last bin includes 1. */
  readonly pAliveHistogram: readonly { readonly from: number; readonly to: number; readonly count: number }[];
}

export function clvOverview(
  predictions: readonly ClvPrediction[],
  options: { top?: number; bins?: number } = {},
): ClvOverview {
  const bins = Math.max(1, Math.floor(options.bins ?? 10));
  const counts = new Array<number>(bins).fill(0);
  let totalClv = 0;
  let totalExpectedPurchases = 0;
  let sumPAlive = 0;
  for (const p of predictions) {
    totalClv += p.clv;
    totalExpectedPurchases += p.expectedPurchases;
    sumPAlive += p.pAlive;
    const bin = Math.min(bins - 1, Math.floor(p.pAlive * bins));
    counts[bin] = (counts[bin] as number) + 1;
  }
  const top = [...predictions].sort((x, y) => y.clv - x.clv).slice(0, Math.max(0, options.top ?? 10));
  return {
    customers: predictions.length,
    totalClv,
    totalExpectedPurchases,
    meanPAlive: predictions.length > 0 ? sumPAlive / predictions.length : 0,
    top,
    pAliveHistogram: counts.map((count, i) => ({ from: i / bins, to: (i + 1) / bins, count })),
  };
}
