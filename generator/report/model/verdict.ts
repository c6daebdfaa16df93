import { isoToSerial } from "../../../shared/excel/dates.js";
import { isExcelError } from "../../../shared/excel/errors.js";
import { pipelineProjection, runRateProjection } from "../../../shared/kpi/forecast.js";
import type { DealScan } from "./deal-scan.js";
import { isoOfSerial, type Period } from "./period.js";
import { type RepsSection, type Standing, standing } from "./rep-view.js";
import type { GoalRow, GoalsSection, PacingStatus, QuotaSection } from "./report-model.js";

/**
 * The verdict at the top of the report: are we on track, where is the period heading, who and what is behind.
 *
 * The target is the team's quota after ramp (Reps sheet) measured against the quota due so far (ramped and
 * seasonal), else the Team revenue goal (no rep as owner, baseline 0) against its straight line. Two
 * projections to the end, each named: run-rate, and booked + weighted pipeline due by the end (never summed:
 * see shared/kpi/forecast.ts). Reps and goals behind pace are listed worst first.
 */
export interface Projection {
  readonly method: "runRate" | "pipeline";
  readonly value: number;
  readonly shareOfTarget: number;
  /** target − value, at least 0: what the method leaves open. */
  readonly gap: number;
  /** The weighted pipeline due by the end that the pipeline method adds to the bookings. */
  readonly weighted: number | null;
}

export interface RepBehind {
  readonly rep: string;
  readonly anchor: string;
  readonly status: Standing;
  readonly pace: number | null;
  readonly gapToDate: number | null;
}

export interface GoalBehind {
  readonly row: number;
  readonly text: string;
  readonly owner: string | null;
  readonly status: PacingStatus;
  readonly progress: number | null;
  /** progress / elapsed share: 1 = on the straight line. */
  readonly pace: number | null;
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
  readonly end: string;
  readonly daysLeft: number;
  readonly projections: readonly Projection[];
  readonly repsBehind: readonly RepBehind[];
  readonly goalsBehind: readonly GoalBehind[];
  readonly goalsMissed: readonly GoalBehind[];
  readonly goalsCount: number;
  readonly repsCount: number;
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
    .map((r) => ({ rep: r.rep, anchor: r.anchor, status: r.status, pace: r.pace, gapToDate: r.gapToDate }));
  if (!measure && goalsBehind.length + goalsMissed.length + repsBehind.length === 0) return undefined;
  const end = measure?.end ?? period.end;
  const projections: Projection[] = [];
  if (measure) {
    const runRate = runRateProjection(measure.booked, measure.start, measure.end, period.asOf);
    if (!isExcelError(runRate)) projections.push(projection("runRate", runRate, measure.target, null));
    // The pipeline due by the fiscal year's end only matches a target ending then.
    if (scan && measure.end === period.end) {
      const value = pipelineProjection(measure.booked, scan.team.weightedDue);
      if (!isExcelError(value)) projections.push(projection("pipeline", value, measure.target, scan.team.weightedDue));
    }
  }
  return {
    basis: measure?.basis ?? null,
    status: measure ? standing(measure.booked, measure.expected, measure.target) : "unknown",
    target: measure?.target ?? null,
    booked: measure?.booked ?? null,
    expectedToDate: measure?.expected ?? null,
    pace: measure && measure.expected > 0 ? measure.booked / measure.expected : null,
    shareOfTarget: measure ? measure.booked / measure.target : null,
    remaining: measure ? Math.max(0, measure.target - measure.booked) : null,
    end: isoOfSerial(end),
    daysLeft: Math.max(0, end - period.asOf),
    projections,
    repsBehind,
    goalsBehind,
    goalsMissed,
    goalsCount: goals?.rows.length ?? 0,
    repsCount: reps?.reps.length ?? 0,
  };
}

function measureOf({ period, quota, goals, repNames }: Inputs): Measure | undefined {
  if (quota && quota.team.rampedQuota > 0)
    return {
      basis: "quota",
      target: quota.team.rampedQuota,
      booked: quota.team.bookings,
      expected: quota.team.quotaToDate,
      start: period.start,
      end: period.end,
    };
  const goal = teamRevenueGoal(goals, repNames);
  if (!goal) return undefined;
  return {
    basis: "goal",
    target: goal.target as number,
    booked: goal.current as number,
    expected: (goal.target as number) * (goal.elapsed as number),
    start: serialOf(goal.start as string),
    end: serialOf(goal.deadline as string),
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

function projection(method: Projection["method"], value: number, target: number, weighted: number | null): Projection {
  return { method, value, shareOfTarget: value / target, gap: Math.max(0, target - value), weighted };
}

const goalPace = (g: GoalRow): number | null =>
  g.progress === null || g.elapsed === null || g.elapsed <= 0 ? null : g.progress / g.elapsed;

function goalBehind(g: GoalRow): GoalBehind {
  return { row: g.row, text: g.text, owner: g.owner, status: g.status, progress: g.progress, pace: goalPace(g) };
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
