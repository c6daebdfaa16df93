import { serialToIso } from "../excel/dates.js";
import { type ExcelError, valueError } from "../excel/errors.js";

/** The unit in which recency, age, horizons and α are measured. Months are average months (365.25 / 12 days). */
export const CLV_TIME_UNITS = ["days", "weeks", "months"] as const;
export type ClvTimeUnit = (typeof CLV_TIME_UNITS)[number];

export const DAYS_PER_UNIT: Record<ClvTimeUnit, number> = { days: 1, weeks: 7, months: 365.25 / 12 };

/** One purchase: who, when (an Excel serial day, 1900 system) and how much. */
export interface ClvTransaction {
  readonly customer: string | number;
  readonly date: number;
  readonly amount: number;
}

/**
 * The sufficient statistics of one customer for BG/NBD and Gamma-Gamma (Fader, Hardie & Lee 2005, §2):
 * x repeat purchases after the first, t_x the time of the last purchase and T the age at the calibration end,
 * both measured from the first purchase. Purchases on the same calendar day count as one transaction (their
 * amounts add up), as in Fader & Hardie's CDNOW data and `lifetimes`' summary_data_from_transaction_data.
 */
export interface CustomerSummary {
  /** The customer id as first given (a number stays a number). */
  readonly customer: string | number;
  readonly x: number;
  readonly tx: number;
  readonly T: number;
  /** Mean amount of the repeat transactions (the first is left out, as Gamma-Gamma requires); 0 when x = 0. */
  readonly monetary: number;
  readonly firstDate: number;
  readonly lastDate: number;
}

export interface SummaryOptions {
  readonly timeUnit: ClvTimeUnit;
  /** The calibration end (Excel serial, inclusive): T is measured to it. Defaults to the latest purchase day. */
  readonly asOf?: number;
  /** Purchases after asOf: an error (the default, for a formula) or left out (for calibration/holdout splits). */
  readonly later?: "error" | "ignore";
}

/**
 * Per-customer summaries in order of first appearance. Transactions must already be valid (finite serials,
 * non-negative amounts): the Excel face checks cells and names their places before calling this.
 */
export function summarise(
  transactions: readonly ClvTransaction[],
  options: SummaryOptions,
): CustomerSummary[] | ExcelError {
  let asOf = options.asOf === undefined ? Number.NEGATIVE_INFINITY : Math.floor(options.asOf);
  if (options.asOf === undefined) for (const t of transactions) asOf = Math.max(asOf, Math.floor(t.date));
  const unit = DAYS_PER_UNIT[options.timeUnit];
  // customer key → (day → amount), insertion-ordered so customers keep their first-appearance order.
  const byCustomer = new Map<string, { id: string | number; days: Map<number, number> }>();
  for (let i = 0; i < transactions.length; i++) {
    const t = transactions[i] as ClvTransaction;
    const day = Math.floor(t.date);
    if (day > asOf) {
      if (options.later === "ignore") continue;
      return valueError(
        `transaction ${i + 1} must be on or before the as-of date ${serialToIso(asOf)}, got ${serialToIso(day)}`,
      );
    }
    const key = String(t.customer).trim();
    let entry = byCustomer.get(key);
    if (entry === undefined) {
      entry = { id: t.customer, days: new Map() };
      byCustomer.set(key, entry);
    }
    entry.days.set(day, (entry.days.get(day) ?? 0) + t.amount);
  }
  const out: CustomerSummary[] = [];
  for (const { id, days } of byCustomer.values()) {
    const sorted = [...days.keys()].sort((a, b) => a - b);
    const first = sorted[0] as number;
    const last = sorted[sorted.length - 1] as number;
    let repeatTotal = 0;
    for (let k = 1; k < sorted.length; k++) repeatTotal += days.get(sorted[k] as number) as number;
    const x = sorted.length - 1;
    out.push({
      customer: id,
      x,
      tx: (last - first) / unit,
      T: (asOf - first) / unit,
      monetary: x > 0 ? repeatTotal / x : 0,
      firstDate: first,
      lastDate: last,
    });
  }
  return out;
}
