import { isoToSerial } from "../../../shared/excel/dates.js";
import { type ExcelError, isExcelError } from "../../../shared/excel/errors.js";
import { pipelineProjection, runRateProjection } from "../../../shared/kpi/forecast.js";
import { attainment } from "../../../shared/kpi/pacing.js";
import type { DealScan } from "./deal-scan.js";
import { date, defined, type Figure, formula, runRateFormula } from "./formulas.js";
import { isoOfSerial, type Period } from "./period.js";
import { type RepsSection, type Standing, standing } from "./rep-view.js";
import type { Formulas, GoalRow, GoalsSection, PacingStatus, QuotaSection } from "./report-model.js";

/**
 * The verdict at the top of the report: are we on track, where is the period heading, who and what is behind.
 *
 * The target is the team's quota after ramp (Reps sheet) measured against the quota due so far (ramped and
 * seasonal), else the Team revenue goal (no rep as owner, baseline 0) against its straight line. Two
 * projections to the end, each named: run-rate, and booked + weighted pipeline due by the end (never summed:
 * see shared/kpi/forecast.ts). Reps and goals behind pace are listed worst first. Every figure carries the
 * formula that checks it, built on the quota table's and the goals' own formulas.
 */
export interface Projection {
  readonly method: "runRate" | "pipeline";
  readonly value: number;
  readonly shareOfTarget: number;
  /** target − value, at least 0: what the method leaves open. */
  readonly gap: number;
  /** The weighted pipeline due by the end that the pipeline method adds to the bookings. */
  readonly weighted: number | null;
  readonly formulas: Formulas<"value" | "shareOfTarget" | "gap" | "weighted">;
}

export interface RepBehind {
  readonly rep: string;
  readonly anchor: string;
  readonly status: Standing;
  readonly pace: number | null;
  readonly gapToDate: number | null;
  readonly formulas: Formulas<"pace" | "gapToDate">;
}

export interface GoalBehind {
  readonly row: number;
  readonly text: string;
  readonly owner: string | null;
  readonly status: PacingStatus;
  readonly progress: number | null;
  /** progress / elapsed share: 1 = on the straight line. */
  readonly pace: number | null;
  readonly formulas: Formulas<"progress" | "pace">;
}

export interface Verdict {
  /** What bookings are measured against, or null when the workbook gives no bookings target. */
  readonly basis: "quota" | "goal" | null;
  readonly status: Standing;
  readonly target: number | null;
  readonly booked: number | null;
  /** Quota due so far (after ramp), or the goal's straight line at the as-of date. */
  readonly expectedToDate: number | null;
  /** booked / expectedToDate. */
  readonly pace: number | null;
  readonly shareOfTarget: number | null;
  /** target − booked, at least 0. */
  readonly remaining: number | null;
  /** The window the target is measured over: the fiscal year (quota) or the team goal's start to deadline. */
  readonly start: string;
  readonly end: string;
  readonly daysLeft: number;
  readonly projections: readonly Projection[];
  readonly repsBehind: readonly RepBehind[];
  readonly goalsBehind: readonly GoalBehind[];
  readonly goalsMissed: readonly GoalBehind[];
  readonly goalsCount: number;
  readonly repsCount: number;
  readonly formulas: Formulas<
    "target" | "booked" | "expectedToDate" | "pace" | "shareOfTarget" | "remaining" | "daysLeft"
  >;
}

interface Inputs {
  readonly period: Period;
  readonly quota: QuotaSection | undefined;
  readonly goals: GoalsSection | undefined;
  readonly reps: RepsSection | undefined;
  readonly scan: DealScan | undefined;
  readonly repNames: ReadonlySet<string>;
}

interface Measure {
  readonly basis: "quota" | "goal";
  readonly target: number;
  readonly booked: number;
  readonly expected: number;
  readonly start: number;
  readonly end: number;
  /** The formulas of target, booked and expected, without their "=". */
  readonly f: { readonly target: string; readonly booked: string; readonly expected: string };
}

/** The weighted pipeline due of the reps the quota section counts, with the sum of their formulas. */
function quotaRepsPipeline(scan: DealScan, quota: QuotaSection): { value: number; formula: string } {
  let value = 0;
  const parts: string[] = [];
  for (const row of quota.rows) {
    const rep = scan.byRep.get(row.rep);
    if (!rep) continue;
    value += rep.weightedDue;
    parts.push(`(${bare(rep.formulas.weightedDue, rep.weightedDue)})`);
  }
  return { value, formula: parts.length > 0 ? `=${parts.join("+")}` : "=0" };
}

/** Attainment (=GOALS.ATTAINMENT: actual / target) as a share, or null where the core refuses it. */
const ratio = (v: number | ExcelError): number | null => (isExcelError(v) ? null : v);

const bare = (f: string | undefined, value: number): string => (f ? f.replace(/^=/, "") : String(value));

/** The verdict's remaining gap with its formula, for the plan. */
export function remainingFigure(v: Verdict | undefined): Figure | undefined {
  return v && v.remaining !== null && v.formulas.remaining
    ? { value: v.remaining, formula: v.formulas.remaining }
    : undefined;
}

export function verdict(input: Inputs): Verdict | undefined {
  const { period, goals, reps, scan } = input;
  const measure = measureOf(input);
  const goalsBehind = (goals?.rows ?? [])
    .filter((g) => g.status === "behind" || g.status === "atRisk")
    .sort(byPace)
    .map(goalBehind);
  const goalsMissed = (goals?.rows ?? []).filter((g) => g.status === "missed").map(goalBehind);
  const repsBehind = (reps?.reps ?? [])
    .filter((r) => r.status === "behind" || r.status === "atRisk")
    .map((r) => ({
      rep: r.rep,
      anchor: r.anchor,
      status: r.status,
      pace: r.pace,
      gapToDate: r.gapToDate,
      formulas: defined({ pace: r.formulas.pace, gapToDate: r.formulas.gapToDate }),
    }));
  if (!measure && goalsBehind.length + goalsMissed.length + repsBehind.length === 0) return undefined;
  const end = measure?.end ?? period.end;
  const projections: Projection[] = [];
  if (measure) {
    const runRate = runRateProjection(measure.booked, measure.start, measure.end, period.asOf);
    const runRateF = runRateFormula(measure.f.booked, measure.start, measure.end, period.asOf);
    if (!isExcelError(runRate)) projections.push(projection("runRate", runRate, measure, runRateF, null));
    // The pipeline due by the fiscal year's end only matches a target ending then.
    if (scan && measure.end === period.end) {
      // On the quota basis, booked counts the quota reps only: so must the pipeline added to it (an open deal of
      // a rep without a quota, or of no rep, is not part of that target).
      const weighted =
        measure.basis === "quota" && input.quota
          ? quotaRepsPipeline(scan, input.quota)
          : { value: scan.team.weightedDue, formula: scan.team.formulas.weightedDue ?? "" };
      const value = pipelineProjection(measure.booked, weighted.value);
      const valueF = `(${measure.f.booked})+${bare(weighted.formula, weighted.value)}`;
      if (!isExcelError(value)) projections.push(projection("pipeline", value, measure, valueF, weighted));
    }
  }
  const f = measure?.f;
  return {
    basis: measure?.basis ?? null,
    status: measure ? standing(measure.booked, measure.expected, measure.target) : "unknown",
    target: measure?.target ?? null,
    booked: measure?.booked ?? null,
    expectedToDate: measure?.expected ?? null,
    pace: measure && measure.expected > 0 ? ratio(attainment(measure.booked, measure.expected)) : null,
    shareOfTarget: measure ? ratio(attainment(measure.booked, measure.target)) : null,
    remaining: measure ? Math.max(0, measure.target - measure.booked) : null,
    start: isoOfSerial(measure?.start ?? period.start),
    end: isoOfSerial(end),
    daysLeft: Math.max(0, end - period.asOf),
    projections,
    repsBehind,
    goalsBehind,
    goalsMissed,
    goalsCount: goals?.rows.length ?? 0,
    repsCount: reps?.reps.length ?? 0,
    formulas: {
      ...(f
        ? {
            target: formula(f.target),
            booked: formula(f.booked),
            expectedToDate: formula(f.expected),
            ...(measure && measure.expected > 0
              ? { pace: formula(`GOALS.ATTAINMENT(${f.booked},${f.expected})`) }
              : {}),
            shareOfTarget: formula(`GOALS.ATTAINMENT(${f.booked},${f.target})`),
            remaining: formula(`MAX(0,(${f.target})-(${f.booked}))`),
          }
        : {}),
      daysLeft: formula(`MAX(0,${date(end)}-${date(period.asOf)})`),
    },
  };
}

function measureOf({ period, quota, goals, repNames }: Inputs): Measure | undefined {
  if (quota && quota.team.rampedQuota > 0) {
    const { team } = quota;
    return {
      basis: "quota",
      target: team.rampedQuota,
      booked: team.bookings,
      expected: team.quotaToDate,
      start: period.start,
      end: period.end,
      f: {
        target: bare(team.formulas.rampedQuota, team.rampedQuota),
        booked: bare(team.formulas.bookings, team.bookings),
        expected: bare(team.formulas.quotaToDate, team.quotaToDate),
      },
    };
  }
  const goal = teamRevenueGoal(goals, repNames);
  if (!goal) return undefined;
  return {
    basis: "goal",
    target: goal.target as number,
    booked: goal.current as number,
    expected: (goal.target as number) * (goal.elapsed as number),
    start: serialOf(goal.start as string),
    end: serialOf(goal.deadline as string),
    f: {
      target: bare(goal.formulas.target, goal.target as number),
      booked: bare(goal.formulas.current, goal.current as number),
      expected: `(${bare(goal.formulas.target, goal.target as number)})*(${bare(goal.formulas.elapsed, goal.elapsed as number)})`,
    },
  };
}

/** The first revenue goal owned by no rep (the team's), measured from 0, with a current value and dates. */
export function teamRevenueGoal(goals: GoalsSection | undefined, repNames: ReadonlySet<string>): GoalRow | undefined {
  return goals?.rows.find(
    (g) =>
      g.metric === "revenue" &&
      g.target !== null &&
      g.target > 0 &&
      g.current !== null &&
      g.elapsed !== null &&
      g.start !== null &&
      g.deadline !== null &&
      (g.baseline === null || g.baseline === 0) &&
      (g.owner === null || !repNames.has(g.owner.trim().toLowerCase())),
  );
}

function projection(
  method: Projection["method"],
  value: number,
  m: Measure,
  valueF: string,
  weighted: Figure | null,
): Projection {
  return {
    method,
    value,
    shareOfTarget: ratio(attainment(value, m.target)) as number,
    gap: Math.max(0, m.target - value),
    weighted: weighted?.value ?? null,
    formulas: {
      value: formula(valueF),
      shareOfTarget: formula(`GOALS.ATTAINMENT(${valueF},${m.f.target})`),
      gap: formula(`MAX(0,(${m.f.target})-(${valueF}))`),
      ...(weighted ? { weighted: weighted.formula } : {}),
    },
  };
}

const goalPace = (g: GoalRow): number | null =>
  g.progress === null || g.elapsed === null || g.elapsed <= 0 ? null : g.progress / g.elapsed;

function goalBehind(g: GoalRow): GoalBehind {
  const pace = goalPace(g);
  const { progress, elapsed } = g.formulas;
  return {
    row: g.row,
    text: g.text,
    owner: g.owner,
    status: g.status,
    progress: g.progress,
    pace,
    formulas: {
      ...(g.progress !== null && progress ? { progress } : {}),
      ...(pace !== null && progress && elapsed
        ? { pace: formula(`(${bare(progress, 0)})/(${bare(elapsed, 0)})`) }
        : {}),
    },
  };
}

function byPace(a: GoalRow, b: GoalRow): number {
  const [pa, pb] = [goalPace(a) ?? Number.POSITIVE_INFINITY, goalPace(b) ?? Number.POSITIVE_INFINITY];
  return pa - pb || a.row - b.row;
}

const SEVERITY: Readonly<Record<PacingStatus, number>> = {
  missed: 0,
  behind: 1,
  atRisk: 2,
  unknown: 3,
  onTrack: 4,
  achieved: 5,
};

/** The goals table's order: missed, behind, at risk, no data, on track, achieved; within each, slowest first. */
export function goalsWorstFirst(rows: readonly GoalRow[]): GoalRow[] {
  return [...rows].sort((a, b) => SEVERITY[a.status] - SEVERITY[b.status] || byPace(a, b));
}

const serialOf = (iso: string): number => isoToSerial(iso) as number;
