import type { Outcome } from "../../../shared/winrate/outcomes.js";
import { COLUMN_BLOCK_BITS, COLUMN_BLOCK_MASK } from "../workbook/column-views.js";
import type { DealRecord } from "../workbook/contract.js";
import type { DealColumns } from "./deal-columns.js";
import { all, type FormulaBook } from "./formulas.js";
import { OUTCOME_CODE } from "./outcomes.js";
import { isoOfSerial, type Period } from "./period.js";

/** A span of serial days, both ends included (a close date at 15:00 on `to` is inside). */
export interface Window {
  readonly from: number;
  readonly to: number;
}

export const inWindow = (serial: number | undefined, w: Window): boolean =>
  serial !== undefined && serial >= w.from && serial < w.to + 1;

/**
 * What a figure counts, stated next to it (issue 13: every figure says its scope, so two figures with the same
 * label never silently differ):
 * - `period`: the fiscal year to the as-of date (or a goal's own dates), `from`–`to`;
 * - `toDate`: all history up to `to` (customer value, which needs every purchase);
 * - `openAt`: a snapshot of deals open at `to` (the pipeline);
 * - `allDeals`: every deal in the sheet, when no closed deal has a Closed date to place it in time.
 * `owner` narrows a goal's figure to one rep's deals.
 */
export interface FigureScope {
  readonly kind: "period" | "toDate" | "openAt" | "allDeals";
  readonly from: string | null;
  readonly to: string;
  readonly owner?: string;
}

export const periodScope = (w: Window, owner?: string): FigureScope => ({
  kind: "period",
  from: isoOfSerial(w.from),
  to: isoOfSerial(w.to),
  ...(owner ? { owner } : {}),
});
export const toDateScope = (asOf: number): FigureScope => ({ kind: "toDate", from: null, to: isoOfSerial(asOf) });
export const openAtScope = (asOf: number, owner?: string): FigureScope => ({
  kind: "openAt",
  from: null,
  to: isoOfSerial(asOf),
  ...(owner ? { owner } : {}),
});

/**
 * The deals the report's deal sections count (win rate, funnel, cycle, bookings, quota): deals closed in the
 * fiscal year to the as-of date, and deals open now. A closed deal without a Closed date cannot be placed in
 * the year: it is left out and counted. When no closed deal has a date at all, every deal counts instead, and
 * the scope says so (`allDeals`), rather than every figure going blank.
 */
export interface DealScope {
  readonly window: Window;
  readonly dated: boolean;
  /** Closed deals left out because they have no Closed date (0 when every deal counts). */
  readonly undatedClosed: number;
  readonly scope: FigureScope;
}

export function dealScope(columns: DealColumns, period: Period): DealScope {
  const window = { from: period.start, to: period.asOf };
  const { outcome, closed } = columns;
  let closedDeals = 0;
  let undated = 0;
  for (let i = 0; i < columns.length; i++) {
    const o = outcome[i];
    if (o === OUTCOME_CODE.none || o === OUTCOME_CODE.open) continue;
    closedDeals++;
    // NaN marks a blank Closed cell.
    if (Number.isNaN((closed[i >>> COLUMN_BLOCK_BITS] as Float64Array)[i & COLUMN_BLOCK_MASK])) undated++;
  }
  const dated = closedDeals === 0 || undated < closedDeals;
  return {
    window,
    dated,
    undatedClosed: dated ? undated : 0,
    scope: dated ? periodScope(window) : { kind: "allDeals", from: null, to: isoOfSerial(period.asOf) },
  };
}

/** Whether a deal (with its outcome) is one the deal sections count. */
export function counts(scope: DealScope, deal: DealRecord, outcome: Outcome | undefined): boolean {
  if (outcome === undefined) return false;
  if (outcome === "open" || !scope.dated) return true;
  return inWindow(deal.closed, scope.window);
}

/** The same rule as an Excel condition: open deals, or closed deals closed in the window. */
export function countsCondition(scope: DealScope, book: FormulaBook): string {
  if (!scope.dated) return "1";
  return `(${book.outcomeIs("open")}+(1-${book.outcomeIs("open")})*${book.within("deals", "closed", scope.window)})`;
}

/** Closed deals the scope counts, as an Excel condition (outcome tests are added by the caller). */
export function closedCondition(scope: DealScope, book: FormulaBook): string {
  return scope.dated ? book.within("deals", "closed", scope.window) : all();
}
