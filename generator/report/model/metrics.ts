import type { ExcelError } from "../../../shared/excel/errors.js";
import { dealSize, salesCycle } from "../../../shared/kpi/deals.js";
import { COMPUTED_METRICS, type ComputedMetric, type MetricId } from "../../../shared/kpi/metrics.js";
import type { Outcome } from "../../../shared/winrate/outcomes.js";
import { addOutcome, emptyTally, winRateOf } from "../../../shared/winrate/winrate.js";
import type { DealRecord } from "../workbook/contract.js";
import type { ModelContext } from "./context.js";
import { CUSTOMER_METRICS } from "./customer-metrics.js";
import { all, type Figure, filter, formula, sumproduct } from "./formulas.js";
import { type FigureScope, inWindow, openAtScope, periodScope, type Window } from "./scope.js";

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
  return repKeys(ctx).has(wanted) ? owner?.trim() : undefined;
}

/**
 * Each deal's rep, lower-cased once per distinct name (a million deals name a few hundred reps), and the
 * deals of each rep by index: a rep's figures visit that rep's deals, not every deal once per rep and metric.
 */
interface RepLookup {
  readonly keys: Set<string>;
  readonly of: (rep: string | undefined) => string | undefined;
  readonly dealsOf: ReadonlyMap<string, Int32Array>;
}
const repKeyCache = new WeakMap<object, RepLookup>();
function repLookup(ctx: ModelContext) {
  const records = ctx.deals?.records ?? [];
  let known = repKeyCache.get(records);
  if (!known) {
    const lower = new Map<string, string>();
    const of = (rep: string | undefined) => {
      if (rep === undefined) return undefined;
      let key = lower.get(rep);
      if (key === undefined) {
        key = rep.toLowerCase();
        lower.set(rep, key);
      }
      return key;
    };
    const keys = new Set<string>();
    const indexes = new Map<string, number[]>();
    for (let i = 0; i < records.length; i++) {
      const key = of(records.at(i)?.rep);
      if (key === undefined) continue;
      keys.add(key);
      let list = indexes.get(key);
      if (list === undefined) {
        list = [];
        indexes.set(key, list);
      }
      list.push(i);
    }
    const dealsOf = new Map<string, Int32Array>();
    for (const [key, list] of indexes) dealsOf.set(key, Int32Array.from(list));
    known = { keys, of, dealsOf };
    repKeyCache.set(records, known);
  }
  return known;
}
const repKeys = (ctx: ModelContext) => repLookup(ctx).keys;

/**
 * Visit the deals closed in the scope's window (of its rep, if any) with their outcome; undefined when there is
 * no Deals sheet, or no closed deal has a Closed date to place it in time. Index loops, no copies.
 */
function closedIn(
  ctx: ModelContext,
  scope: MetricScope,
  visit: (deal: DealRecord, outcome: Outcome) => void,
): { rep: string | undefined } | undefined {
  const deals = ctx.deals;
  if (!deals?.scope.dated) return undefined;
  const rep = ownerRep(ctx, scope.owner);
  const key = rep?.toLowerCase();
  const only = key === undefined ? undefined : (repLookup(ctx).dealsOf.get(key) ?? new Int32Array(0));
  const count = only ? only.length : deals.records.length;
  for (let n = 0; n < count; n++) {
    const i = only ? (only[n] as number) : n;
    const outcome = deals.outcomes.at(i);
    if (outcome === undefined) continue;
    const deal = deals.records.at(i) as DealRecord;
    if (inWindow(deal.closed, scope)) visit(deal, outcome);
  }
  return { rep };
}

/** The Excel condition for the deals closedIn visits. */
const closedInCondition = (ctx: ModelContext, scope: MetricScope, rep: string | undefined): string =>
  all(ctx.book.within("deals", "closed", scope), rep === undefined ? undefined : ctx.book.repIs(rep));

const figure = (value: number | ExcelError, expression: string, scope: FigureScope): MetricFigure | undefined =>
  typeof value === "number" && Number.isFinite(value) ? { value, formula: formula(expression), scope } : undefined;

const DEAL_METRICS: Partial<Record<MetricId, Compute>> = {
  revenue: (ctx, scope) => {
    let revenue = 0;
    const found = closedIn(ctx, scope, (d, outcome) => {
      if (outcome === "won") revenue += d.amount ?? 0;
    });
    if (!found) return undefined;
    const { book } = ctx;
    const expression = sumproduct(
      book.col("deals", "amount"),
      book.outcomeIs("won"),
      closedInCondition(ctx, scope, found.rep),
    );
    return figure(revenue, expression, periodScope(scope, found.rep));
  },
  deals: (ctx, scope) => {
    let won = 0;
    const found = closedIn(ctx, scope, (_, outcome) => {
      if (outcome === "won") won++;
    });
    if (!found) return undefined;
    const expression = sumproduct(ctx.book.outcomeIs("won"), closedInCondition(ctx, scope, found.rep));
    return figure(won, expression, periodScope(scope, found.rep));
  },
  win_rate: (ctx, scope) => {
    const tally = emptyTally();
    const found = closedIn(ctx, scope, (_, outcome) => addOutcome(tally, outcome));
    if (!found) return undefined;
    const expression = winRateCall(ctx, closedInCondition(ctx, scope, found.rep));
    return figure(winRateOf(tally, "closed"), expression, periodScope(scope, found.rep));
  },
  deal_size: (ctx, scope) => {
    const amounts: number[] = [];
    const found = closedIn(ctx, scope, (d, outcome) => {
      if (outcome === "won" && d.amount !== undefined) amounts.push(d.amount);
    });
    if (!found || !ctx.book.range("deals", "amount")) return undefined;
    const expression = dealSizeCall(ctx, closedInCondition(ctx, scope, found.rep));
    return figure(dealSize(amounts), expression, periodScope(scope, found.rep));
  },
  cycle: (ctx, scope) => {
    const created: number[] = [];
    const closed: number[] = [];
    const found = closedIn(ctx, scope, (d, outcome) => {
      if (outcome !== "won" || d.created === undefined || d.closed === undefined) return;
      created.push(d.created);
      closed.push(d.closed);
    });
    if (!found || !ctx.book.range("deals", "created")) return undefined;
    return figure(salesCycle(created, closed), salesCycleFormula(ctx, scope, found.rep), periodScope(scope, found.rep));
  },
  pipeline: (ctx, scope) => {
    const deals = ctx.deals;
    if (!deals) return undefined;
    const owner = ownerRep(ctx, scope.owner);
    const rep = owner?.toLowerCase();
    const only = rep === undefined ? undefined : (repLookup(ctx).dealsOf.get(rep) ?? new Int32Array(0));
    const count = only ? only.length : deals.records.length;
    let open = 0;
    for (let n = 0; n < count; n++) {
      const i = only ? (only[n] as number) : n;
      if (deals.outcomes.at(i) === "open") open += (deals.records.at(i) as DealRecord).amount ?? 0;
    }
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
