import type { SmartOptions, SmartResult } from "../../../shared/smart/types.js";
import type { GoalRecord } from "../workbook/contract.js";
import type { WorkbookData } from "../workbook/data.js";
import { findMetric, METRICS, type MetricDefinition } from "./metrics.js";
import { pacingStatus } from "./pacing.js";
import { isoOfSerial, type Period } from "./period.js";
import type { GoalRow, GoalsSection, PacingStatus, SmartCriterion } from "./report-model.js";

/** SMARTCHECK's engine (shared/smart), injected so the model runs without it while it is being built. */
export type SmartChecker = (text: string, options?: SmartOptions) => SmartResult;

const STATUSES: readonly PacingStatus[] = ["onTrack", "atRisk", "behind", "achieved", "missed", "unknown"];

/**
 * One row per goal: SMART verdicts, the metric it binds to (the Metric cell, else the metric SMARTCHECK finds
 * in the text), the current value (the Current cell overrides the computed one), progress from baseline to
 * target, and pacing against the goal's dates (the fiscal year when it has none).
 */
export function goalsSection(
  data: WorkbookData,
  period: Period,
  smartCheck: SmartChecker | undefined,
  rtl: boolean,
): GoalsSection | undefined {
  const goals = data.goals ?? [];
  if (goals.length === 0) return undefined;
  const rows = goals.map((goal) => goalRow(goal, data, period, smartCheck, rtl));
  const counts = Object.fromEntries(STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length]));
  return { rows, counts: counts as Record<PacingStatus, number> };
}

function goalRow(
  goal: GoalRecord & { readonly row: number },
  data: WorkbookData,
  period: Period,
  smartCheck: SmartChecker | undefined,
  rtl: boolean,
): GoalRow {
  const smart = smartCheck?.(goal.goal ?? "", goal.baseline === undefined ? undefined : { baseline: goal.baseline });
  const named = findMetric(goal.metric);
  const inferred = named ? undefined : smart ? findMetric(smart.metric) : metricInText(goal.goal ?? "");
  const metric = named ?? inferred;
  const start = goal.start ?? period.start;
  const deadline = goal.deadline ?? period.end;
  const computed = metric?.compute(data, {
    from: start,
    to: Math.min(deadline, period.asOf),
    ...(goal.owner ? { owner: goal.owner } : {}),
  });
  const current = goal.current ?? computed ?? null;
  const baseline = goal.baseline ?? 0;
  const target = goal.target ?? null;
  const progress =
    current === null || target === null || target === baseline ? null : (current - baseline) / (target - baseline);
  const { status, elapsed } = pacingStatus(progress, start, deadline, period.asOf);
  return {
    row: goal.row,
    text: goal.goal ?? "",
    owner: goal.owner ?? null,
    metric: metric?.id ?? null,
    metricLabelKey: metric?.labelKey ?? null,
    metricFrom: named ? "sheet" : inferred ? "inferred" : "none",
    format: metric?.format ?? "number",
    baseline: goal.baseline ?? null,
    target,
    current,
    currentFrom: goal.current !== undefined ? "sheet" : computed !== undefined ? "computed" : "none",
    progress,
    elapsed,
    status,
    start: isoOfSerial(start),
    deadline: isoOfSerial(deadline),
    smart: smart ? { score: smart.score, criteria: criteriaOf(smart) } : null,
    bar: progressBar(progress, elapsed, rtl),
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

/**
 * Without SMARTCHECK, a blank Metric is inferred from the registry's own names found in the goal text (longest
 * name first, so "win rate" beats "rate"). SMARTCHECK's detection replaces this when it is passed in.
 */
const NAMES: readonly [string, MetricDefinition][] = METRICS.flatMap((m) =>
  [m.id.replace(/_/g, " "), ...m.aliases].map((name) => [name.toLowerCase(), m] as [string, MetricDefinition]),
).sort((a, b) => b[0].length - a[0].length);

export function metricInText(text: string): MetricDefinition | undefined {
  const lower = text.normalize("NFKC").toLowerCase();
  return NAMES.find(([name]) =>
    /[a-z]/.test(name)
      ? new RegExp(`(^|[^\\p{L}])${escapeRegExp(name)}($|[^\\p{L}])`, "u").test(lower)
      : lower.includes(name),
  )?.[1];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
