import { isExcelError } from "../../../shared/excel/errors.js";
import { runRateProjection } from "../../../shared/kpi/forecast.js";
import { pacing } from "../../../shared/kpi/pacing.js";
import { type BurnUpChart, burnUpChart, type SeriesPoint } from "../charts/burn-up.js";
import type { ModelContext } from "./context.js";
import { date, formula, runRateFormula, sumproduct } from "./formulas.js";
import { isoOfSerial, serialOfMonth } from "./period.js";
import type { BookingsSection, Formulas } from "./report-model.js";
import type { Verdict } from "./verdict.js";

/**
 * The burn-up of the fiscal year: at the end of each month, bookings so far, the quota due so far (ramped and
 * seasonal: the bookings section's monthly quota, summed), the straight line from 0 to the target (the pacing
 * core's expected value, as a goal's pacing draws it) and, from the as-of date, the run-rate projection. Only
 * for a target that spans the fiscal year (the team's quota, or a Team revenue goal for the year). Each value
 * carries its formula: bookings summed to the month's end, the monthly quota formulas added up, =GOALS.PACING's
 * expected value, and the run-rate written out.
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
  readonly formulas: Formulas<"bookings" | "quota" | "pace" | "projection">;
}

export interface BurnUpSection {
  readonly target: number;
  readonly points: readonly BurnUpPoint[];
  readonly booked: number;
  /** Booked by reps without a quota (in the bookings line, not in the quota's attainment), or 0. */
  readonly unassigned: number;
  /** Whether the quota line is drawn (its legend entry and table column go with it, even if a month is 0). */
  readonly withQuota: boolean;
  readonly projections: {
    readonly runRate: number | null;
    readonly pipeline: number | null;
    readonly formulas: Formulas<"runRate" | "pipeline">;
  };
  readonly formulas: Formulas<"target" | "booked" | "unassigned">;
  readonly chart: { readonly wide: BurnUpChart; readonly narrow: BurnUpChart };
}

export function burnUpSection(
  ctx: ModelContext,
  verdict: Verdict | undefined,
  bookings: BookingsSection | undefined,
): BurnUpSection | undefined {
  const { period, rtl, book } = ctx;
  if (!verdict || verdict.target === null || verdict.booked === null || !bookings) return undefined;
  // The chart's lines run over the fiscal year: a target measured over another window (an H2 goal) has no
  // place on them (its bookings, pace and run-rate would each count a different span).
  if (verdict.end !== isoOfSerial(period.end) || verdict.start !== isoOfSerial(period.start)) return undefined;
  const target = verdict.target;
  const booked = verdict.booked;
  const runRateP = verdict.projections.find((p) => p.method === "runRate");
  const pipelineP = verdict.projections.find((p) => p.method === "pipeline");
  const runRate = runRateP?.value ?? null;
  const pipeline = pipelineP?.value ?? null;
  const bare = (f: string | undefined) => (f ?? "").replace(/^=/, "");
  const [targetF, bookedF] = [bare(verdict.formulas.target), bare(verdict.formulas.booked)];
  const quotaF: string[] = [];
  // Bookings to a month's end, as the bookings section counts them (won, closed from the year's start to as-of).
  const bookedTo = (last: number) =>
    sumproduct(
      book.col("deals", "amount"),
      book.outcomeIs("won"),
      book.within("deals", "closed", { from: period.start, to: Math.min(last, period.asOf) }),
    );
  const quotaBasis = verdict.basis === "quota";
  const withQuota = quotaBasis && bookings.months.every((m) => m.quota !== null);
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
    if (m.formulas.quota) quotaF.push(`(${bare(m.formulas.quota)})`);
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
      formulas: {
        ...(started ? { bookings: formula(bookedTo(last)) } : {}),
        ...(withQuota ? { quota: formula(quotaF.join("+")) } : {}),
        ...(pace !== null
          ? {
              pace: formula(
                `INDEX(GOALS.PACING(0,${targetF},${date(period.start)},${date(period.end)},${date(last)}),1,1)`,
              ),
            }
          : {}),
        ...(projection !== null
          ? { projection: formula(runRateFormula(bookedF, period.start, last, period.asOf)) }
          : {}),
      },
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
    // Only the quota basis leaves reps out (those without a quota); a team goal's current counts everyone.
    unassigned: quotaBasis ? Math.max(0, Math.round((cumBookings - booked) * 100) / 100) : 0,
    withQuota,
    projections: {
      runRate,
      pipeline,
      formulas: {
        ...(runRateP ? { runRate: runRateP.formulas.value } : {}),
        ...(pipelineP ? { pipeline: pipelineP.formulas.value } : {}),
      },
    },
    formulas: {
      target: formula(targetF),
      booked: formula(bookedF),
      unassigned: formula(quotaBasis ? `MAX(0,ROUND((${bookedTo(period.asOf)})-(${bookedF}),2))` : "0"),
    },
    chart: { wide: burnUpChart(input, "wide", rtl), narrow: burnUpChart(input, "narrow", rtl) },
  };
}
