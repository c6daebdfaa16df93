import { type ExcelError, valueError } from "../excel/errors.js";
import { type BgnbdFit, fitBgnbd } from "./bgnbd.js";
import type { FitFailure } from "./fit-check.js";
import { fitGammaGamma, type GammaGammaFit } from "./gammagamma.js";
import {
  type ClvTimeUnit,
  type ClvTransaction,
  type CustomerSummary,
  type SummaryOptions,
  summarise,
} from "./summary.js";

/**
 * Fewest customers with a repeat purchase for a fit: below this, BG/NBD's four and Gamma-Gamma's three
 * parameters are not identified and the optimiser wanders to the edges.
 */
export const MIN_REPEAT_CUSTOMERS = 10;

/** Both models fitted to one transaction history. */
export interface ClvFit {
  readonly timeUnit: ClvTimeUnit;
  /** The calibration end as an Excel serial day: ages T are measured to it. */
  readonly asOf: number;
  readonly customers: number;
  readonly repeatCustomers: number;
  /** Per customer, in order of first appearance. */
  readonly summaries: readonly CustomerSummary[];
  readonly bgnbd: BgnbdFit;
  readonly gammaGamma: GammaGammaFit;
  /** True only when both fits converged to interior estimates (and q > 1, so mean spend is finite). */
  readonly converged: boolean;
  /** "converged", or why not (the first model that failed). */
  readonly message: string;
  /** Why, as data: the model that failed and its FitFailure (for words in the reader's language). */
  readonly failure?: FitFailure & { readonly model: "BG/NBD" | "Gamma-Gamma" };
  /** Repeat customers left out of Gamma-Gamma because their repeat purchases average 0 (`zeroSpend: "exclude"`). */
  readonly spendLeftOut: number;
}

export interface FitOptions extends SummaryOptions {
  /**
   * A repeat customer whose repeat purchases average 0 tells Gamma-Gamma nothing it can fit: an error (the
   * default, for a formula), or left out of the spend model only (the report, which says so in a warning).
   */
  readonly zeroSpend?: "error" | "exclude";
}

/**
 * Fit BG/NBD (purchases, P(alive)) and Gamma-Gamma (spend per purchase) to a transaction history.
 *
 * ```ts
 * import { fitClv, predictClv, clvOverview } from "goalsheet";
 * const fit = fitClv(rows, { timeUnit: "weeks", asOf: 35703 }); // rows: { customer, date (serial), amount }[]
 * if (isExcelError(fit)) show(fit.message);
 * else if (!fit.converged) show(fit.message);                    // estimates exist but must not be trusted
 * else { const preds = predictClv(fit, { horizon: 52, discountRate: 0.1 }); clvOverview(preds) … }
 * ```
 * Returns `#VALUE!` for input that cannot be fitted: no transactions, fewer than MIN_REPEAT_CUSTOMERS customers
 * with a repeat purchase, purchases after `asOf` (unless `later: "ignore"`), or a repeat customer whose repeat
 * purchases average 0 or less. Amounts must be non-negative and dates finite serials (callers check cells).
 */
export function fitClv(transactions: readonly ClvTransaction[], options: FitOptions): ClvFit | ExcelError {
  if (transactions.length === 0) return valueError("CLV needs transactions, got none");
  const summaries = summarise(transactions, options);
  if ("error" in summaries) return summaries;
  const repeat = summaries.filter((s) => s.x > 0);
  if (repeat.length < MIN_REPEAT_CUSTOMERS) {
    return valueError(
      `CLV needs at least ${MIN_REPEAT_CUSTOMERS} customers with a repeat purchase (on a later day) to fit, got ${repeat.length} of ${summaries.length} customers`,
    );
  }
  const notPositive = repeat.find((s) => !(s.monetary > 0));
  const exclude = options.zeroSpend === "exclude";
  if (notPositive !== undefined && !exclude) {
    return valueError(
      `customer ${JSON.stringify(String(notPositive.customer))}: repeat purchases must average more than 0 for the spend model, got ${notPositive.monetary}`,
    );
  }
  const bgnbd = fitBgnbd(summaries);
  const spending = exclude ? summaries.filter((s) => s.x === 0 || s.monetary > 0) : summaries;
  const gammaGamma = fitGammaGamma(spending);
  const failed = [bgnbd, gammaGamma].find((f) => !f.converged);
  return {
    timeUnit: options.timeUnit,
    asOf: options.asOf !== undefined ? Math.floor(options.asOf) : latestDay(summaries),
    customers: summaries.length,
    repeatCustomers: repeat.length,
    summaries,
    bgnbd,
    gammaGamma,
    converged: failed === undefined,
    message: failed === undefined ? "converged" : failed.message,
    ...(failed?.failure
      ? { failure: { ...failed.failure, model: failed === bgnbd ? ("BG/NBD" as const) : ("Gamma-Gamma" as const) } }
      : {}),
    spendLeftOut: summaries.length - spending.length,
  };
}

/** Without an explicit as-of date the calibration ends on the latest purchase day (as in lifetimes). */
function latestDay(summaries: readonly CustomerSummary[]): number {
  return summaries.reduce((m, s) => Math.max(m, s.lastDate), Number.NEGATIVE_INFINITY);
}
