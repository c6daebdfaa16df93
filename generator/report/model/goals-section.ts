import { findComputedMetric } from "../../../shared/kpi/metrics.js";
import type { SmartOptions, SmartResult } from "../../../shared/smart/types.js";
import type { GoalRecord } from "../workbook/contract.js";
import type { Located } from "../workbook/table.js";
import type { ModelContext } from "./context.js";
import { date, formula } from "./formulas.js";
import { metricById } from "./metrics.js";
import { pacingStatus } from "./pacing.js";
import { isoOfSerial } from "./period.js";
import type { GoalRow, GoalsSection, PacingStatus, SmartCriterion } from "./report-model.js";

/** SMARTCHECK's engine (shared/smart); a caller may pass another (a test, a stricter house style). */
export type SmartChecker = (text: string, options?: SmartOptions) => SmartResult;

const STATUSES: readonly PacingStatus[] = ["onTrack", "atRisk", "behind", "achieved", "missed", "unknown"];

/**
 * One row per goal: SMART verdicts, the metric it binds to (the Metric cell, else the metric SMARTCHECK finds
 * in the text, both through the metric registry), the current value (the Current cell overrides the computed
 * one, which is measured over the goal's dates and, when the owner is a rep, that rep's deals, and says so),
 * progress from baseline to target, and pacing against the goal's dates (the fiscal year when it has none).
 */
export function goalsSection(ctx: ModelContext, smartCheck: SmartChecker): GoalsSection | undefined {
  const goals = ctx.data.goals ?? [];
  if (goals.length === 0) return undefined;
  const rows = goals.map((goal) => goalRow(ctx, goal, smartCheck));
  const counts = Object.fromEntries(STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length]));
  return { rows, counts: counts as Record<PacingStatus, number> };
}

function goalRow(ctx: ModelContext, goal: Located<GoalRecord>, smartCheck: SmartChecker): GoalRow {
  const { period, book } = ctx;
  const smart = smartCheck(goal.goal ?? "", goal.baseline === undefined ? undefined : { baseline: goal.baseline });
  const named = findComputedMetric(goal.metric);
  const inferred = named ? undefined : findComputedMetric(smart.metric);
  const bound = named ?? inferred;
  const metric = bound ? metricById(bound.id) : undefined;
  const start = goal.start ?? period.start;
  const deadline = goal.deadline ?? period.end;
  const computed = metric?.compute(ctx, {
    from: start,
    to: Math.min(deadline, period.asOf),
    ...(goal.owner ? { owner: goal.owner } : {}),
  });
  const current = goal.current ?? computed?.value ?? null;
  const baseline = goal.baseline ?? 0;
  const target = goal.target ?? null;
  const progress =
    current === null || target === null || target === baseline ? null : (current - baseline) / (target - baseline);
  const { status, elapsed } = pacingStatus(progress, start, deadline, period.asOf);
  const cell = (field: string) => book.cell("goals", field, goal.row);
  const currentFormula = goal.current !== undefined ? cell("current") : computed?.formula.slice(1);
  const base = goal.baseline === undefined ? "0" : cell("baseline");
  const dateOf = (field: string, value: number, given: boolean) => (given ? cell(field) : undefined) ?? date(value);
  return {
    row: goal.row,
    text: goal.goal ?? "",
    owner: goal.owner ?? null,
    metric: metric?.id ?? null,
    metricLabelKey: metric?.labelKey ?? null,
    metricFrom: named ? "sheet" : inferred ? "inferred" : "none",
    format: metric?.unit ?? "number",
    baseline: goal.baseline ?? null,
    target,
    current,
    currentFrom: goal.current !== undefined ? "sheet" : computed !== undefined ? "computed" : "none",
    currentScope: goal.current === undefined && computed ? computed.scope : null,
    progress,
    elapsed,
    status,
    start: isoOfSerial(start),
    deadline: isoOfSerial(deadline),
    smart: { score: smart.score, criteria: criteriaOf(smart) },
    bar: progressBar(progress, elapsed, ctx.rtl),
    formulas: {
      ...(goal.baseline !== undefined ? { baseline: formula(cell("baseline") as string) } : {}),
      ...(target !== null ? { target: formula(cell("target") as string) } : {}),
      ...(current !== null && currentFormula ? { current: formula(currentFormula) } : {}),
      ...(progress !== null && currentFormula
        ? { progress: formula(`(${currentFormula}-${base})/(${cell("target")}-${base})`) }
        : {}),
      ...(elapsed !== null
        ? {
            elapsed: formula(
              `INDEX(GOALS.PACING(1,1,${dateOf("start", start, goal.start !== undefined)},${dateOf("deadline", deadline, goal.deadline !== undefined)},${date(period.asOf)}),1,1)`,
            ),
          }
        : {}),
    },
  };
}

function progressBar(progress: number | null, elapsed: number | null, rtl: boolean): GoalRow["bar"] {
  const width = progress === null ? 0 : Math.round(Math.min(1, Math.max(0, progress)) * 1000) / 10;
  const marker = elapsed === null ? null : Math.round(elapsed * 1000) / 10;
  return { x: rtl ? 100 - width : 0, width, markerX: marker === null ? null : rtl ? 100 - marker : marker };
}

function criteriaOf(smart: SmartResult): SmartCriterion[] {
  return (["S", "M", "A", "R", "T"] as const).map((letter) => ({
    letter,
    verdict: smart[letter].verdict,
    reason: smart[letter].reason,
  }));
}
