import { isExcelError } from "../../../shared/excel/errors.js";
import { cac as cacOf, ltvToCac } from "../../../shared/kpi/acquisition.js";
import { COLUMN_BLOCK_BITS, COLUMN_BLOCK_MASK } from "../workbook/column-views.js";
import type { ModelContext } from "./context.js";
import { alsoBoughtIn, distinctCustomers, revenuePerCustomer } from "./customer-metrics.js";
import { all, formula, num, sumproduct } from "./formulas.js";
import { OUTCOME_CODE } from "./outcomes.js";
import { type FigureScope, inWindow, periodScope, type Window } from "./scope.js";

/**
 * Acquisition economics (docs/domain.md, "Acquisition"): CAC = sales and marketing spend / new customers, and
 * LTV:CAC, both from the core (=GOALS.CAC, =GOALS.LTVCAC).
 *
 * - Spend is the Settings sheet's "Sales and marketing spend", taken as the spend over the window measured
 *   (the fiscal year to the as-of date for the report's figures).
 * - New customers, with a Transactions sheet: customers whose first transaction ever falls in the window.
 *   Without one: won deals closed in the window (each won deal taken as one new customer; all reps, since the
 *   spend is the team's).
 * - LTV is the historical value: revenue per customer over all purchases up to the window's end (the `clv`
 *   metric), so LTV:CAC compares a to-date value with a cost of the window, as the report's note says.
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
  readonly scope: FigureScope;
  readonly formulas: {
    readonly newCustomers: string;
    readonly cac: string;
    readonly ltv?: string;
    readonly ltvToCac?: string;
  };
}

export function acquisition(ctx: ModelContext, window: Window): Acquisition | undefined {
  const spend = ctx.data.settings?.spend;
  if (spend === undefined) return undefined;
  const counted = ctx.data.transactions ? fromTransactions(ctx, window) : fromDeals(ctx, window);
  if (counted === undefined) return undefined;
  const ltv = ctx.data.transactions ? revenuePerCustomer(ctx, window.to) : undefined;
  const cost = cacOf(spend, counted.newCustomers);
  const cac = isExcelError(cost) ? null : cost;
  const ratio = ltv !== undefined && cac !== null ? ltvToCac(ltv.value, cac) : null;
  const cacExpression = `GOALS.CAC(${num(spend)},${counted.expression})`;
  return {
    spend,
    newCustomers: counted.newCustomers,
    newCustomersFrom: ctx.data.transactions ? "transactions" : "deals",
    cac,
    ltv: ltv?.value ?? null,
    ltvToCac: ratio === null || isExcelError(ratio) ? null : ratio,
    scope: periodScope(window),
    formulas: {
      newCustomers: formula(counted.expression),
      cac: formula(cacExpression),
      ...(ltv ? { ltv: ltv.formula, ltvToCac: formula(`GOALS.LTVCAC(${ltv.formula.slice(1)},${cacExpression})`) } : {}),
    },
  };
}

interface Counted {
  readonly newCustomers: number;
  readonly expression: string;
}

function fromTransactions(ctx: ModelContext, window: Window): Counted {
  const first = new Map<string, number>();
  for (const t of ctx.purchases ?? []) {
    const seen = first.get(t.customer);
    if (seen === undefined || t.date < seen) first.set(t.customer, t.date);
  }
  let newCustomers = 0;
  for (const day of first.values()) if (inWindow(day, window)) newCustomers++;
  // Customers who bought in the window, less those of them who had bought before it.
  const { book } = ctx;
  const before = { to: window.from - 1 };
  const expression = `${distinctCustomers(book, window)}-${alsoBoughtIn(book, window, before)}`;
  return { newCustomers, expression };
}

function fromDeals(ctx: ModelContext, window: Window): Counted | undefined {
  const deals = ctx.deals;
  if (!deals) return undefined;
  const { outcome, closed, length } = deals.columns;
  // Both ends included: a close at 15:00 on the last day is inside; a blank Closed (NaN) is in no window.
  const end = window.to + 1;
  let won = 0;
  for (let i = 0; i < length; i++) {
    if (outcome[i] !== OUTCOME_CODE.won) continue;
    const day = (closed[i >>> COLUMN_BLOCK_BITS] as Float64Array)[i & COLUMN_BLOCK_MASK] as number;
    if (day >= window.from && day < end) won++;
  }
  const { book } = ctx;
  return {
    newCustomers: won,
    expression: sumproduct(all(book.outcomeIs("won"), book.within("deals", "closed", window))),
  };
}
