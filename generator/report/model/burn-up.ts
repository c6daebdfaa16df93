import { isExcelError } from "../../../shared/excel/errors.js";
import { runRateProjection } from "../../../shared/kpi/forecast.js";
import { pacing } from "../../../shared/kpi/pacing.js";
import { type BurnUpChart, burnUpChart, type SeriesPoint } from "../charts/burn-up.js";
import { isoOfSerial, type Period, serialOfMonth } from "./period.js";
import type { BookingsSection } from "./report-model.js";
import type { Verdict } from "./verdict.js";

/**
 * The burn-up of the fiscal year: at the end of each month, bookings so far, the quota due so far (ramped and
 * seasonal: the bookings section's monthly quota, summed), the straight line from 0 to the target (the pacing
 * core's expected value, as a goal's pacing draws it) and, from the as-of date, the run-rate projection. Only
 * for a target that spans the fiscal year (the team's quota, or a Team revenue goal for the year).
 */
export interface BurnUpPoint {
  /** "2026-03" and its last day (ISO), where the values are read. */
  readonly month: string;
  readonly date: string;
  /** Cumulative bookings to the month's end (to the as-of date in its month), or null after the as-of month. */
  readonly bookings: number | null;
  readonly quota: number | null;
  readonly pace: number | null;
  /** The run-rate projection at the month's end, from the as-of month on. */
  readonly projection: number | null;
}

export interface BurnUpSection {
  readonly target: number;
  readonly points: readonly BurnUpPoint[];
  readonly booked: number;
  /** Booked by reps without a quota (in the bookings line, not in the quota's attainment), or 0. */
  readonly unassigned: number;
  readonly projections: { readonly runRate: number | null; readonly pipeline: number | null };
  readonly chart: { readonly wide: BurnUpChart; readonly narrow: BurnUpChart };
}

export function burnUpSection(
  verdict: Verdict | undefined,
  bookings: BookingsSection | undefined,
  period: Period,
  rtl: boolean,
): BurnUpSection | undefined {
  if (!verdict || verdict.target === null || verdict.booked === null || !bookings) return undefined;
  if (verdict.end !== isoOfSerial(period.end)) return undefined;
  const target = verdict.target;
  const booked = verdict.booked;
  const runRate = verdict.projections.find((p) => p.method === "runRate")?.value ?? null;
  const pipeline = verdict.projections.find((p) => p.method === "pipeline")?.value ?? null;
  const withQuota = verdict.basis === "quota" && bookings.months.every((m) => m.quota !== null);
  const points: BurnUpPoint[] = [];
  let cumBookings = 0;
  let cumQuota = 0;
  const series: Record<"bookings" | "quota" | "pace" | "runRate", SeriesPoint[]> = {
    bookings: [[period.start - 1, 0]],
    quota: [[period.start - 1, 0]],
    pace: [[period.start - 1, 0]],
    runRate: [],
  };
  bookings.months.forEach((m, i) => {
    const last = serialOfMonth(period.firstMonth + i + 1) - 1;
    const started = serialOfMonth(period.firstMonth + i) <= period.asOf;
    if (m.bookings !== null) cumBookings += m.bookings;
    cumQuota += m.quota ?? 0;
    const paced = pacing(0, target, period.start, period.end, last);
    const pace = isExcelError(paced) ? null : paced.expected;
    const projected = last >= period.asOf ? runRateProjection(booked, period.start, last, period.asOf) : null;
    const projection = projected === null || isExcelError(projected) ? null : projected;
    points.push({
      month: m.month,
      date: isoOfSerial(last),
      bookings: started ? cumBookings : null,
      quota: withQuota ? cumQuota : null,
      pace,
      projection,
    });
    if (last < period.asOf) series.bookings.push([last, cumBookings]);
    if (withQuota) series.quota.push([last, cumQuota]);
    if (pace !== null) series.pace.push([last, pace]);
  });
  series.bookings.push([period.asOf, cumBookings]);
  const ahead = (value: number | null): SeriesPoint[] | undefined =>
    value === null
      ? undefined
      : [
          [period.asOf, booked],
          [period.end, value],
        ];
  const input = {
    start: period.start,
    end: period.end,
    asOf: period.asOf,
    months: bookings.months.map((m, i) => ({ date: m.date, serial: serialOfMonth(period.firstMonth + i) })),
    series: {
      bookings: series.bookings,
      ...(withQuota ? { quota: series.quota } : {}),
      pace: series.pace,
      ...(runRate !== null ? { runRate: ahead(runRate) } : {}),
      ...(pipeline !== null ? { pipeline: ahead(pipeline) } : {}),
    },
  };
  return {
    target,
    points,
    booked,
    unassigned: Math.max(0, Math.round((cumBookings - booked) * 100) / 100),
    projections: { runRate, pipeline },
    chart: { wide: burnUpChart(input, "wide", rtl), narrow: burnUpChart(input, "narrow", rtl) },
  };
}
