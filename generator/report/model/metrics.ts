import type { ExcelError } from "../../../shared/excel/errors.js";
import { COMPUTED_METRICS, type ComputedMetric, type MetricId } from "../../../shared/kpi/metrics.js";
import { winRateOf } from "../../../shared/winrate/winrate.js";
import { type ClosedIn, closedIn, openAmount, repLookup } from "./closed-in.js";
import type { ModelContext } from "./context.js";
import { CUSTOMER_METRICS } from "./customer-metrics.js";
import { all, type Figure, filter, formula, sumproduct } from "./formulas.js";
import { type FigureScope, openAtScope, periodScope, type Window } from "./scope.js";

/** The window a figure is measured over (serial days, inclusive) and, when a goal names a rep, that rep. */
export interface MetricScope extends Window {
  readonly owner?: string;
}

/** A metric's value with the Excel formula that checks it, and the scope it was measured over. */
export interface MetricFigure extends Figure {
  readonly scope: FigureScope;
}

/**
 * How the report computes each registry metric (shared/kpi/metrics.ts) from the workbook: always through the
 * core function a cell would call (=GOALS.WINRATE, =GOALS.DEALSIZE, =GOALS.SALESCYCLE…), with the formula
 * that checks it. Goal binding and key figures both come through here, so a goal on "win rate" and the win
 * rate figure are one computation. `undefined` means the data to compute the metric is missing.
 */
export type Compute = (ctx: ModelContext, scope: MetricScope) => MetricFigure | undefined;

export interface MetricDefinition extends ComputedMetric {
  readonly labelKey: string;
  readonly compute: Compute;
}

/** The rep a goal's owner names, when the owner is a rep in the Deals sheet (a team owner narrows nothing). */
export function ownerRep(ctx: ModelContext, owner: string | undefined): string | undefined {
  const wanted = owner?.trim().toLowerCase();
  if (!wanted || !ctx.deals) return undefined;
  return repLookup(ctx.deals).keys.has(wanted) ? owner?.trim() : undefined;
}

/**
 * The figures of the deals closed in the scope's window (of its rep, if any: closed-in.ts, one pass per window
 * and rep for every metric); undefined when there is no Deals sheet, or no closed deal has a Closed date to
 * place it in time.
 */
function closedInScope(ctx: ModelContext, scope: MetricScope): { rep: string | undefined; of: ClosedIn } | undefined {
  const deals = ctx.deals;
  if (!deals?.scope.dated) return undefined;
  const rep = ownerRep(ctx, scope.owner);
  return { rep, of: closedIn(deals, scope, rep?.toLowerCase()) };
}

/** The Excel condition for the deals closedInScope counts. */
const closedInCondition = (ctx: ModelContext, scope: MetricScope, rep: string | undefined): string =>
  all(ctx.book.within("deals", "closed", scope), rep === undefined ? undefined : ctx.book.repIs(rep));

const figure = (value: number | ExcelError, expression: string, scope: FigureScope): MetricFigure | undefined =>
  typeof value === "number" && Number.isFinite(value) ? { value, formula: formula(expression), scope } : undefined;

const DEAL_METRICS: Partial<Record<MetricId, Compute>> = {
  revenue: (ctx, scope) => {
    const found = closedInScope(ctx, scope);
    if (!found) return undefined;
    const { book } = ctx;
    const expression = sumproduct(
      book.col("deals", "amount"),
      book.outcomeIs("won"),
      closedInCondition(ctx, scope, found.rep),
    );
    return figure(found.of.revenue, expression, periodScope(scope, found.rep));
  },
  deals: (ctx, scope) => {
    const found = closedInScope(ctx, scope);
    if (!found) return undefined;
    const expression = sumproduct(ctx.book.outcomeIs("won"), closedInCondition(ctx, scope, found.rep));
    return figure(found.of.won, expression, periodScope(scope, found.rep));
  },
  win_rate: (ctx, scope) => {
    const found = closedInScope(ctx, scope);
    if (!found) return undefined;
    const expression = winRateCall(ctx, closedInCondition(ctx, scope, found.rep));
    return figure(winRateOf(found.of.tally, "closed"), expression, periodScope(scope, found.rep));
  },
  deal_size: (ctx, scope) => {
    const found = closedInScope(ctx, scope);
    if (!found || !ctx.book.range("deals", "amount")) return undefined;
    const expression = dealSizeCall(ctx, closedInCondition(ctx, scope, found.rep));
    return figure(found.of.dealSize, expression, periodScope(scope, found.rep));
  },
  cycle: (ctx, scope) => {
    const found = closedInScope(ctx, scope);
    if (!found || !ctx.book.range("deals", "created")) return undefined;
    return figure(found.of.cycle, salesCycleFormula(ctx, scope, found.rep), periodScope(scope, found.rep));
  },
  pipeline: (ctx, scope) => {
    const deals = ctx.deals;
    if (!deals) return undefined;
    const owner = ownerRep(ctx, scope.owner);
    const open = openAmount(deals, owner?.toLowerCase());
    const { book } = ctx;
    const expression = sumproduct(
      book.col("deals", "amount"),
      book.outcomeIs("open"),
      ...(owner === undefined ? [] : [book.repIs(owner)]),
    );
    return figure(open, expression, openAtScope(scope.to, owner));
  },
};

/** =GOALS.WINRATE over the deals a condition keeps (closed in a window, of a rep…). */
export const winRateCall = (ctx: ModelContext, rows: string): string =>
  `GOALS.WINRATE(${filter(ctx.book.col("deals", "outcome"), rows)})`;

/** =GOALS.DEALSIZE over the deals a condition keeps that have an amount. */
export function dealSizeCall(ctx: ModelContext, condition: string): string {
  const { book } = ctx;
  const rows = all(condition, book.present("deals", "amount"));
  return `GOALS.DEALSIZE(${filter(book.col("deals", "amount"), rows)},${filter(book.col("deals", "outcome"), rows)})`;
}

/** =GOALS.SALESCYCLE over the won deals closed in the scope that have a Created date. */
export function salesCycleFormula(ctx: ModelContext, scope: MetricScope, rep: string | undefined): string {
  const { book } = ctx;
  const rows = all(closedInCondition(ctx, scope, rep), book.present("deals", "created"));
  const columns = (["created", "closed", "outcome"] as const).map((c) => filter(book.col("deals", c), rows));
  return `GOALS.SALESCYCLE(${columns.join(",")})`;
}

const COMPUTE: Partial<Record<MetricId, Compute>> = { ...DEAL_METRICS, ...CUSTOMER_METRICS };

/** Locale keys named before the registry's ids were shared with SMARTCHECK: kept, so translations stay. */
const LABEL_KEYS: Partial<Record<MetricId, string>> = { deals: "metric.deals_won" };

/** The registry's computed metrics with their computation, in the registry's order. */
export const METRICS: readonly MetricDefinition[] = COMPUTED_METRICS.flatMap((m) => {
  const compute = COMPUTE[m.id];
  return compute ? [{ ...m, labelKey: LABEL_KEYS[m.id] ?? `metric.${m.id}`, compute }] : [];
});

export function metricById(id: MetricId): MetricDefinition | undefined {
  return METRICS.find((m) => m.id === id);
}
