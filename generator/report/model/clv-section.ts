import { type ClvFit, type FitOptions, fitClv, MIN_REPEAT_CUSTOMERS } from "../../../shared/clv/fit.js";
import { clvOverview, predictClv } from "../../../shared/clv/predict.js";
import { summarise } from "../../../shared/clv/summary.js";
import { type ExcelError, isExcelError } from "../../../shared/excel/errors.js";
import { mean } from "../../../shared/kpi/distribution.js";
import { barChart } from "../charts/bars.js";
import type { Acquisition } from "./acquisition.js";
import type { ModelContext } from "./context.js";
import { distinctCustomers, purchasesIn, spanCondition } from "./customer-metrics.js";
import { date, filter, formula, num, sumproduct, text } from "./formulas.js";
import type { ClvSection, PredictiveClv, ReportNote } from "./report-model.js";
import { toDateScope } from "./scope.js";

/** Predict a year ahead, in weeks (the unit of Fader, Hardie & Lee's CDNOW analysis). */
export const HORIZON_WEEKS = 52;
const TOP_CUSTOMERS = 10;
const YEAR_DAYS = 365.25;

/**
 * Customer value from the Transactions sheet, over all purchases up to the as-of date (its scope says so: the
 * models need every purchase): historical figures (order value, frequency, revenue per customer) and, when
 * BG/NBD and Gamma-Gamma fit, each customer's predicted purchases, P(alive) and value over the next 52 weeks,
 * undiscounted: =GOALS.CLVFIT and =GOALS.CLVPREDICT's core (shared/clv). Only aggregates and the top customers
 * reach the report.
 */
export function clvSection(ctx: ModelContext, acquisition?: Acquisition): ClvSection | undefined {
  const rows = ctx.purchases;
  if (!rows) return undefined;
  const span = { to: ctx.period.asOf };
  const { customers, amounts, revenue } = purchasesIn(rows, span);
  if (amounts.length === 0) return undefined;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const t of rows) {
    if (t.date >= ctx.period.asOf + 1) continue;
    if (t.date < first) first = t.date;
    if (t.date > last) last = t.date;
  }
  const years = (last - first) / YEAR_DAYS;
  const { book } = ctx;
  const inSpan = spanCondition(book, span);
  const dates = book.col("transactions", "date");
  const count = sumproduct(inSpan);
  const distinct = distinctCustomers(book, span);
  const revenueFormula = sumproduct(book.col("transactions", "amount"), inSpan);
  const yearsFormula = `((MAX(${filter(dates, inSpan)})-MIN(${filter(dates, inSpan)}))/${num(YEAR_DAYS)})`;
  const { predictive, note } = predict(ctx);
  return {
    customers: customers.size,
    transactions: amounts.length,
    revenue,
    averageOrderValue: mean(amounts),
    ordersPerCustomerYear: years > 0 ? amounts.length / customers.size / years : null,
    revenuePerCustomer: revenue / customers.size,
    predictive,
    predictiveNote: note,
    ...(acquisition ? { acquisition } : {}),
    scope: toDateScope(ctx.period.asOf),
    formulas: {
      customers: formula(distinct),
      transactions: formula(count),
      revenue: formula(revenueFormula),
      averageOrderValue: formula(`AVERAGE(${filter(book.col("transactions", "amount"), inSpan)})`),
      ...(years > 0 ? { ordersPerCustomerYear: formula(`${count}/${distinct}/${yearsFormula}`) } : {}),
      revenuePerCustomer: formula(`${revenueFormula}/${distinct}`),
    },
  };
}

function predict(ctx: ModelContext): { predictive: PredictiveClv | null; note: ReportNote | null } {
  const asOf = ctx.period.asOf;
  const rows = (ctx.purchases ?? []).filter((t) => t.date < asOf + 1);
  // A repeat customer who spent nothing leaves the spend model, not the whole prediction (import warns).
  const options: FitOptions = { timeUnit: "weeks", asOf, later: "ignore", zeroSpend: "exclude" };
  const fit = fitClv(rows, options);
  if (isExcelError(fit) || !fit.converged) return { predictive: null, note: fitNote(fit, rows, options) };
  const predictions = predictClv(fit, { horizon: HORIZON_WEEKS, discountRate: 0 });
  if (isExcelError(predictions))
    return { predictive: null, note: { code: "clvNoFit", values: { detail: predictions.message } } };
  const overview = clvOverview(predictions, { top: TOP_CUSTOMERS, bins: 10 });
  const p = fit.bgnbd.params;
  const f = predictiveFormulas(ctx);
  // CLVPREDICT lists customers in order of first purchase: a customer's row is its place in that order + 1.
  const rowOf = new Map(predictions.map((c, i) => [c, i + 2]));
  const topCustomers = overview.top.map((c) => ({
    customer: String(c.customer),
    expectedPurchases: c.expectedPurchases,
    pAlive: c.pAlive,
    expectedValue: c.clv,
    formulas: {
      expectedPurchases: formula(f.cell(rowOf.get(c) as number, 3)),
      pAlive: formula(f.cell(rowOf.get(c) as number, 2)),
      expectedValue: formula(f.value(rowOf.get(c) as number)),
    },
  }));
  const bands = overview.pAliveHistogram.map((b, i) => ({
    from: b.from,
    to: b.to,
    customers: b.count,
    formulas: { customers: formula(f.band(b.from, b.to, i === overview.pAliveHistogram.length - 1)) },
  }));
  const chart = barChart(
    bands.map((b) => ({
      label: `${Math.round(b.from * 100)}–${Math.round(b.to * 100)}%`,
      kind: "data" as const,
      range: { from: b.from, to: b.to, format: "percent" as const },
      value: b.customers,
    })),
    { titleKey: "pAliveDistribution", format: "int", rtl: ctx.rtl },
  );
  return {
    predictive: {
      horizonWeeks: HORIZON_WEEKS,
      params: {
        r: p.r,
        alpha: p.alpha,
        a: p.a,
        b: p.b,
        formulas: {
          r: formula(f.param(1)),
          alpha: formula(f.param(2)),
          a: formula(f.param(3)),
          b: formula(f.param(4)),
        },
      },
      expectedValueTotal: overview.totalClv,
      expectedPurchasesTotal: overview.totalExpectedPurchases,
      topCustomers,
      pAliveBands: bands,
      chart,
      formulas: {
        expectedValueTotal: formula(f.valueTotal()),
        expectedPurchasesTotal: formula(f.column(3)),
      },
    },
    note: null,
  };
}

/**
 * Why predicted value is not shown, as a note in the report's language: the model that did not converge and
 * why (the core's FitFailure), or too few repeat customers to fit; anything else keeps the core's message.
 */
function fitNote(
  fit: ClvFit | ExcelError,
  rows: readonly { customer: string; date: number; amount: number }[],
  options: FitOptions,
): ReportNote {
  if (!isExcelError(fit) && fit.failure) {
    const f = fit.failure;
    const detail: Record<string, string> = {};
    if (f.kind === "edge") detail.param = f.param;
    if (f.kind === "edge" || f.kind === "heavyTail") detail.value = f.value.toPrecision(3);
    return { code: `clvFit.${f.kind}`, values: { model: f.model, ...detail } };
  }
  if (isExcelError(fit)) {
    const summaries = summarise(rows, options);
    if (!("error" in summaries)) {
      let repeat = 0;
      for (const s of summaries) if (s.x > 0) repeat++;
      if (repeat < MIN_REPEAT_CUSTOMERS)
        return {
          code: "clvTooFewRepeat",
          values: { needed: MIN_REPEAT_CUSTOMERS, repeat, customers: summaries.length },
        };
    }
  }
  return { code: "clvNoFit", values: { detail: fit.message } };
}

/**
 * Formulas over =GOALS.CLVFIT and =GOALS.CLVPREDICT on the purchases up to the as-of date, in weeks, with the
 * report's 52-week horizon: the report's predictive figures are cells of those spills. The report's value is
 * undiscounted, expected purchases × expected spend (columns 3 and 4); CLVPREDICT's own CLV column cannot give
 * it, because the blank rule reads a discount_rate of 0 as blank, which takes the 10% default.
 */
function predictiveFormulas(ctx: ModelContext) {
  const { book } = ctx;
  const asOf = ctx.period.asOf;
  const inSpan = spanCondition(book, { to: asOf });
  const columns = (["customer", "date", "amount"] as const).map((c) => filter(book.col("transactions", c), inSpan));
  const fitArgs = `${columns.join(",")},${text("weeks")},${date(asOf)}`;
  const predictCall = `GOALS.CLVPREDICT(${columns.join(",")},${num(HORIZON_WEEKS)},,${text("weeks")},${date(asOf)})`;
  const column = (c: number) => `CHOOSECOLS(${predictCall},${c})`;
  return {
    param: (row: number) => `INDEX(GOALS.CLVFIT(${fitArgs}),${row},2)`,
    cell: (row: number, c: number) => `INDEX(${predictCall},${row},${c})`,
    value: (row: number) => `INDEX(${predictCall},${row},3)*INDEX(${predictCall},${row},4)`,
    /** SUMPRODUCT treats the header row's text as 0. */
    valueTotal: () => `SUMPRODUCT(${column(3)},${column(4)})`,
    /** The header row is text, which SUM skips. */
    column: (c: number) => `SUM(${column(c)})`,
    band: (from: number, to: number, last: boolean) =>
      `SUMPRODUCT((${column(2)}>=${num(from)})*(${column(2)}${last ? "<=" : "<"}${num(to)}))`,
  };
}
