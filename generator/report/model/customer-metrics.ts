import type { ExcelError } from "../../../shared/excel/errors.js";
import { mean } from "../../../shared/kpi/distribution.js";
import type { MetricId } from "../../../shared/kpi/metrics.js";
import { churnRate } from "../../../shared/kpi/retention.js";
import { acquisition } from "./acquisition.js";
import type { ModelContext, Purchase } from "./context.js";
import { date, type FormulaBook, filter, formula, sumproduct } from "./formulas.js";
import type { Compute, MetricFigure } from "./metrics.js";
import { type FigureScope, periodScope, toDateScope, type Window } from "./scope.js";

/**
 * Metrics from the Transactions sheet. Customers are counted once each (a distinct count); in Excel that is
 * ROWS(UNIQUE(FILTER(…))), which is 0 (IFERROR) when no row matches. A span without `from` runs from the first
 * purchase.
 */
export interface Span {
  readonly from?: number;
  readonly to: number;
}

const has = (s: Span, serial: number) => (s.from === undefined || serial >= s.from) && serial < s.to + 1;

/** Purchases in a span: their customers (distinct), revenue and amounts. */
export function purchasesIn(rows: readonly Purchase[], span: Span) {
  const customers = new Set<string>();
  const amounts: number[] = [];
  let revenue = 0;
  for (const t of rows) {
    if (!has(span, t.date)) continue;
    customers.add(t.customer);
    amounts.push(t.amount);
    revenue += t.amount;
  }
  return { customers, amounts, revenue };
}

/** 1 for the rows in the span, as an Excel condition. */
export function spanCondition(book: FormulaBook, span: Span): string {
  const dates = book.col("transactions", "date");
  const before = `(${dates}<${date(span.to + 1)})`;
  return span.from === undefined ? before : `(${dates}>=${date(span.from)})*${before}`;
}

/** The distinct customers of the rows a condition keeps, as an array (an error when none). */
const customersWhere = (book: FormulaBook, condition: string) =>
  `UNIQUE(${filter(book.col("transactions", "customer"), condition)})`;

/** Distinct customers with a purchase in the span. */
export function distinctCustomers(book: FormulaBook, span: Span): string {
  return `IFERROR(ROWS(${customersWhere(book, spanCondition(book, span))}),0)`;
}

/** Of the customers with a purchase in `span`, those who also bought in `other`. */
export function alsoBoughtIn(book: FormulaBook, span: Span, other: Span): string {
  const customers = book.col("transactions", "customer");
  return `SUM(--ISNUMBER(MATCH(${customersWhere(book, spanCondition(book, span))},${filter(customers, spanCondition(book, other))},0)))`;
}

const figure = (value: number | ExcelError | undefined, expression: string, scope: FigureScope) =>
  typeof value === "number" && Number.isFinite(value)
    ? ({ value, formula: formula(expression), scope } satisfies MetricFigure)
    : undefined;

/** Revenue per customer over all purchases up to the span's end: the report's historical lifetime value. */
export function revenuePerCustomer(ctx: ModelContext, to: number): MetricFigure | undefined {
  const rows = ctx.purchases;
  if (!rows) return undefined;
  const span = { to };
  const { customers, revenue } = purchasesIn(rows, span);
  const { book } = ctx;
  const expression = `${sumproduct(book.col("transactions", "amount"), spanCondition(book, span))}/${distinctCustomers(book, span)}`;
  return figure(customers.size > 0 ? revenue / customers.size : undefined, expression, toDateScope(to));
}

export const CUSTOMER_METRICS: Partial<Record<MetricId, Compute>> = {
  customers: (ctx, scope) => {
    const rows = ctx.purchases;
    if (!rows) return undefined;
    return figure(purchasesIn(rows, scope).customers.size, distinctCustomers(ctx.book, scope), periodScope(scope));
  },
  aov: (ctx, scope) => {
    const rows = ctx.purchases;
    if (!rows) return undefined;
    const { amounts } = purchasesIn(rows, scope);
    const expression = `AVERAGE(${filter(ctx.book.col("transactions", "amount"), spanCondition(ctx.book, scope))})`;
    return figure(amounts.length > 0 ? mean(amounts) : undefined, expression, periodScope(scope));
  },
  // Historical value: revenue per customer to date. The predictive CLV (BG/NBD) is in the CLV section.
  clv: (ctx, scope) => revenuePerCustomer(ctx, scope.to),
  // docs/domain.md: customers lost in the period / customers at its start. A customer "at the start" bought in
  // the window of the same length before it; "lost" means they bought nothing in the window itself.
  churn: (ctx, scope) => {
    const rows = ctx.purchases;
    if (!rows) return undefined;
    const length = scope.to - scope.from + 1;
    const before: Window = { from: scope.from - length, to: scope.from - 1 };
    const atStart = purchasesIn(rows, before).customers;
    const stayed = purchasesIn(rows, scope).customers;
    let lost = 0;
    for (const c of atStart) if (!stayed.has(c)) lost++;
    const { book } = ctx;
    const atStartFormula = distinctCustomers(book, before);
    const expression = `GOALS.CHURNRATE(${atStartFormula},${atStartFormula}-${alsoBoughtIn(book, before, scope)})`;
    return figure(churnRate(atStart.size, lost), expression, periodScope(scope));
  },
  cac: (ctx, scope) => {
    const a = acquisition(ctx, scope);
    return a?.cac === null || a === undefined ? undefined : figure(a.cac, strip(a.formulas.cac), a.scope);
  },
  ltv_cac: (ctx, scope) => {
    const a = acquisition(ctx, scope);
    if (a?.ltvToCac === null || a?.formulas.ltvToCac === undefined) return undefined;
    return figure(a.ltvToCac, strip(a.formulas.ltvToCac), a.scope);
  },
};

const strip = (f: string | undefined) => (f ?? "").replace(/^=/, "");
