import { isExcelError } from "../../../shared/excel/errors.js";
import { cac as cacOf, ltvToCac } from "../../../shared/kpi/acquisition.js";
import type { WorkbookData } from "../workbook/data.js";
import { outcomesOf } from "./outcomes.js";

/**
 * Acquisition economics (DOMAIN.md "Sales KPIs" and "CLV"): CAC = sales and marketing spend / new customers,
 * and LTV:CAC, both from the shared KPI core (=GOALS.CAC, =GOALS.LTVCAC).
 *
 * - Spend is the Settings sheet's "Sales and marketing spend", taken as the spend over the window measured
 *   (the fiscal year to the as-of date for the report's tiles).
 * - New customers, with a Transactions sheet: customers whose first transaction ever falls in the window.
 *   Without one: won deals closed in the window (each won deal taken as one new customer; all reps, since the
 *   spend is the team's).
 * - LTV is the report's historical CLV: revenue per customer to the end of the window (as the `clv` metric).
 */
export interface Acquisition {
  readonly spend: number;
  readonly newCustomers: number;
  readonly newCustomersFrom: "transactions" | "deals";
  /** null when there are no new customers (no cost per customer). */
  readonly cac: number | null;
  readonly ltv: number | null;
  /** null without transactions (no LTV) or without a CAC. */
  readonly ltvToCac: number | null;
}

/** Serial days, inclusive. */
export interface Window {
  readonly from: number;
  readonly to: number;
}

export function acquisition(data: WorkbookData, window: Window): Acquisition | undefined {
  const spend = data.settings?.spend;
  if (spend === undefined) return undefined;
  const counted = data.transactions ? fromTransactions(data, window) : fromDeals(data, window);
  if (counted === undefined) return undefined;
  const cost = cacOf(spend, counted.newCustomers);
  const cac = isExcelError(cost) ? null : cost;
  const ratio = counted.ltv !== null && cac !== null ? ltvToCac(counted.ltv, cac) : null;
  return {
    spend,
    newCustomers: counted.newCustomers,
    newCustomersFrom: data.transactions ? "transactions" : "deals",
    cac,
    ltv: counted.ltv,
    ltvToCac: ratio === null || isExcelError(ratio) ? null : ratio,
  };
}

const endOf = (w: Window) => w.to + 1;

function fromTransactions(data: WorkbookData, window: Window): { newCustomers: number; ltv: number | null } {
  // One pass: each customer's first date, and revenue and customers up to the window's end for the LTV.
  const first = new Map<string, number>();
  const toDate = new Set<string>();
  let revenue = 0;
  for (const t of data.transactions ?? []) {
    if (t.customer === undefined || t.date === undefined) continue;
    const seen = first.get(t.customer);
    if (seen === undefined || t.date < seen) first.set(t.customer, t.date);
    if (t.date < endOf(window) && t.amount !== undefined) {
      revenue += t.amount;
      toDate.add(t.customer);
    }
  }
  let newCustomers = 0;
  for (const date of first.values()) if (date >= window.from && date < endOf(window)) newCustomers++;
  return { newCustomers, ltv: toDate.size > 0 ? revenue / toDate.size : null };
}

function fromDeals(data: WorkbookData, window: Window): { newCustomers: number; ltv: null } | undefined {
  const deals = data.deals;
  if (!deals) return undefined;
  const outcomes = outcomesOf(deals);
  let won = 0;
  for (let i = 0; i < deals.length; i++) {
    const closed = deals[i]?.closed;
    if (outcomes[i] === "won" && closed !== undefined && closed >= window.from && closed < endOf(window)) won++;
  }
  return { newCustomers: won, ltv: null };
}
