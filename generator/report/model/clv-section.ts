import { expectedPurchases, probabilityAlive } from "../../../shared/clv/bgnbd.js";
import { fitClv } from "../../../shared/clv/fit.js";
import { expectedSpend } from "../../../shared/clv/gammagamma.js";
import { isExcelError } from "../../../shared/excel/errors.js";
import { barChart } from "../charts/bars.js";
import type { TransactionRecord } from "../workbook/contract.js";
import type { Acquisition } from "./acquisition.js";
import { type Purchase, purchasesOf } from "./metrics.js";
import type { Period } from "./period.js";
import type { ClvSection, PredictiveClv } from "./report-model.js";

/** Predict a year ahead, in weeks (the unit of Fader, Hardie & Lee's CDNOW analysis). */
export const HORIZON_WEEKS = 52;
const TOP_CUSTOMERS = 10;
const YEAR_DAYS = 365.25;

/**
 * Customer value from the Transactions sheet: historical figures (order value, frequency, revenue per
 * customer) and, when BG/NBD and Gamma-Gamma fit (shared/clv), the predicted purchases, P(alive) and value of
 * each customer over the next year, undiscounted. Only aggregates and the top customers reach the report.
 */
export function clvSection(
  transactions: readonly TransactionRecord[] | undefined,
  period: Period,
  rtl: boolean,
  acquisition?: Acquisition,
): ClvSection | undefined {
  const rows = purchasesOf(transactions).filter((t) => t.date <= period.asOf + 0.999);
  if (rows.length === 0) return undefined;
  const customers = new Set(rows.map((t) => t.customer)).size;
  let revenue = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const t of rows) {
    revenue += t.amount;
    first = Math.min(first, t.date);
    last = Math.max(last, t.date);
  }
  const years = (last - first) / YEAR_DAYS;
  const { predictive, note } = predict(rows, period, rtl);
  return {
    customers,
    transactions: rows.length,
    revenue,
    averageOrderValue: revenue / rows.length,
    ordersPerCustomerYear: years > 0 ? rows.length / customers / years : null,
    revenuePerCustomer: revenue / customers,
    predictive,
    predictiveNote: note,
    ...(acquisition ? { acquisition } : {}),
  };
}

function predict(
  rows: readonly Purchase[],
  period: Period,
  rtl: boolean,
): { predictive: PredictiveClv | null; note: string | null } {
  // A repeat customer who spent nothing leaves the spend model, not the whole prediction (import warns).
  const fit = fitClv(rows, { timeUnit: "weeks", asOf: period.asOf, later: "ignore", zeroSpend: "exclude" });
  if (isExcelError(fit)) return { predictive: null, note: fit.message };
  if (!fit.converged) return { predictive: null, note: fit.message };
  const p = fit.bgnbd.params;
  const bands = Array.from({ length: 10 }, (_, i) => ({ from: i / 10, to: (i + 1) / 10, customers: 0 }));
  const scored = fit.summaries.map((s) => {
    const purchases = expectedPurchases(p, s, HORIZON_WEEKS);
    const pAlive = probabilityAlive(p, s);
    const band = bands[Math.min(9, Math.floor(pAlive * 10))];
    if (band) band.customers++;
    return {
      customer: String(s.customer),
      expectedPurchases: purchases,
      pAlive,
      expectedValue: purchases * expectedSpend(fit.gammaGamma.params, s),
    };
  });
  const expectedValueTotal = scored.reduce((sum, c) => sum + c.expectedValue, 0);
  const expectedPurchasesTotal = scored.reduce((sum, c) => sum + c.expectedPurchases, 0);
  const topCustomers = scored
    .sort((a, b) => b.expectedValue - a.expectedValue || (a.customer < b.customer ? -1 : 1))
    .slice(0, TOP_CUSTOMERS);
  const chart = barChart(
    bands.map((b) => ({
      label: `${Math.round(b.from * 100)}–${Math.round(b.to * 100)}%`,
      kind: "data" as const,
      range: { from: b.from, to: b.to, format: "percent" as const },
      value: b.customers,
    })),
    { titleKey: "pAliveDistribution", format: "int", rtl },
  );
  return {
    predictive: {
      horizonWeeks: HORIZON_WEEKS,
      params: { r: p.r, alpha: p.alpha, a: p.a, b: p.b },
      expectedValueTotal,
      expectedPurchasesTotal,
      topCustomers,
      pAliveBands: bands,
      chart,
    },
    note: null,
  };
}
