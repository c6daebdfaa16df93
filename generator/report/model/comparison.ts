import { dateToSerial, serialToDate } from "../../../shared/excel/dates.js";
import { isExcelError } from "../../../shared/excel/errors.js";
import { growth } from "../../../shared/kpi/growth.js";
import type { RecordList } from "../workbook/record-table.js";
import type { ModelContext } from "./context.js";
import { earliestDate } from "./deal-columns.js";
import { formula } from "./formulas.js";
import { METRICS, type MetricScope } from "./metrics.js";
import { isoOfSerial, monthIndexOfSerial, serialOfMonth } from "./period.js";
import type { ValueFormat } from "./report-model.js";

/**
 * The key figures against the same stretch of the year before: the fiscal year to date against the same dates
 * a year earlier when the data reach back that far, else this fiscal quarter to date against the same number
 * of days of the quarter before. Each figure is the metric registry's (the key figures' own computation) over
 * both windows; a figure appears only when the rows it is computed from cover the earlier window (deals for
 * deal figures, transactions for customer figures). Change: relative for amounts and counts (=GOALS.GROWTH),
 * in percentage points for rates. Each row carries the formulas that check it (the registry's, over each window).
 */
export interface ComparisonRow {
  readonly id: string;
  readonly labelKey: string;
  readonly format: ValueFormat;
  readonly current: number;
  readonly previous: number;
  /** GROWTH(previous, current), or current − previous for rates ("points"); null from a previous 0. */
  readonly change: number | null;
  readonly changeKind: "relative" | "points";
  /** Whether the change is good news (the metric's direction), or null for no change. */
  readonly better: boolean | null;
  readonly formulas: { readonly current: string; readonly previous: string; readonly change?: string };
}

export interface ComparisonSection {
  readonly basis: "lastYear" | "lastQuarter";
  readonly current: { readonly from: string; readonly to: string };
  readonly previous: { readonly from: string; readonly to: string };
  readonly rows: readonly ComparisonRow[];
}

const COMPARED = ["revenue", "deals", "win_rate", "deal_size", "cycle", "customers", "aov"] as const;
const FROM_TRANSACTIONS = new Set(["customers", "aov"]);

/** The same calendar day a year earlier (29 February becomes 28 February). */
export function sameDayLastYear(serial: number): number {
  const d = serialToDate(Math.floor(serial));
  const back = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate()));
  if (back.getUTCMonth() !== d.getUTCMonth()) back.setUTCDate(0);
  return dateToSerial(back);
}

export function comparisonSection(ctx: ModelContext): ComparisonSection | undefined {
  const { data, period } = ctx;
  const columns = ctx.deals?.columns;
  const earliestDeal = columns ? earliestDate(columns) : Number.POSITIVE_INFINITY;
  const earliestPurchase = earliest(data.transactions, (t) => t.date);
  const yearAgo = { from: sameDayLastYear(period.start), to: sameDayLastYear(period.asOf) };
  const covers = (from: number) => earliestDeal <= from || earliestPurchase <= from;
  let basis: ComparisonSection["basis"];
  let current: MetricScope;
  let previous: MetricScope;
  if (covers(yearAgo.from)) {
    basis = "lastYear";
    current = { from: period.start, to: period.asOf };
    previous = yearAgo;
  } else {
    const asOfMonth = monthIndexOfSerial(period.asOf);
    const quarterStart = serialOfMonth(period.firstMonth + 3 * Math.floor((asOfMonth - period.firstMonth) / 3));
    const previousStart = serialOfMonth(monthIndexOfSerial(quarterStart) - 3);
    basis = "lastQuarter";
    current = { from: quarterStart, to: period.asOf };
    previous = { from: previousStart, to: Math.min(quarterStart - 1, previousStart + (period.asOf - quarterStart)) };
    if (!covers(previous.from)) return undefined;
  }
  const rows: ComparisonRow[] = [];
  for (const id of COMPARED) {
    const metric = METRICS.find((m) => m.id === id);
    if (!metric) continue;
    const earliestRow = FROM_TRANSACTIONS.has(id) ? earliestPurchase : earliestDeal;
    if (earliestRow > previous.from) continue;
    const now = metric.compute(ctx, current);
    const then = metric.compute(ctx, previous);
    if (now === undefined || then === undefined) continue;
    const points = metric.unit === "percent";
    const relative = points ? now.value - then.value : growth(then.value, now.value);
    const change = isExcelError(relative) ? null : relative;
    const [nowF, thenF] = [now.formula.slice(1), then.formula.slice(1)];
    rows.push({
      id,
      labelKey: metric.labelKey,
      format: metric.unit,
      current: now.value,
      previous: then.value,
      change,
      changeKind: points ? "points" : "relative",
      better: change === null || change === 0 ? null : metric.direction === "up" ? change > 0 : change < 0,
      formulas: {
        current: now.formula,
        previous: then.formula,
        ...(change === null
          ? {}
          : { change: formula(points ? `(${nowF})-(${thenF})` : `GOALS.GROWTH(${thenF},${nowF})`) }),
      },
    });
  }
  if (rows.length === 0) return undefined;
  return {
    basis,
    current: { from: isoOfSerial(current.from), to: isoOfSerial(current.to) },
    previous: { from: isoOfSerial(previous.from), to: isoOfSerial(previous.to) },
    rows,
  };
}

/** The earliest of a column's dates (index loop: a column may hold a million). */
function earliest<T>(rows: RecordList<T> | undefined, date: (row: T) => number | undefined): number {
  let min = Number.POSITIVE_INFINITY;
  for (const row of rows ?? []) {
    const v = date(row);
    if (v !== undefined && v < min) min = v;
  }
  return min;
}
