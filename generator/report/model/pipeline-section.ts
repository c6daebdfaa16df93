import { winRateOf } from "../../../shared/winrate/winrate.js";
import type { GoalRecord } from "../workbook/contract.js";
import type { DealStats } from "./deal-stats.js";
import { funnelOrder, probabilityOf } from "./funnel-section.js";
import { findMetric } from "./metrics.js";
import type { PipelineSection } from "./report-model.js";

export interface PipelineInputs {
  readonly stats: DealStats | undefined;
  readonly probabilities: Readonly<Record<string, number>>;
  /** The team's ramped quota for the fiscal year, when the Reps sheet has quotas. */
  readonly teamQuota: number | undefined;
  readonly goals: readonly GoalRecord[] | undefined;
}

/**
 * Pipeline coverage and weighted forecast against the remaining target (DOMAIN.md: coverage = open pipeline /
 * remaining target, needed coverage = 1 / win rate; weighted forecast = Σ amount × stage probability). Stage
 * probabilities come from Settings; a stage without one gets the closed win rate, the best single estimate.
 * The target is the team quota, else the target of the first revenue goal.
 */
export function pipelineSection(input: PipelineInputs): PipelineSection | undefined {
  const { stats, probabilities } = input;
  if (!stats || stats.overall.open === 0) return undefined;
  const rate = winRateOf(stats.overall, "closed");
  const fallback = typeof rate === "number" ? rate : 0;
  const hasSettings = Object.keys(probabilities).length > 0;
  const ordered = funnelOrder(stats.byStage, probabilities);
  const byStage = ordered.map((stage) => ({
    stage,
    amount: stats.byStage.get(stage)?.openAmount ?? 0,
    probability: probabilityOf(probabilities, stage) ?? fallback,
  }));
  // Open deals without a stage still count in the pipeline, at the win rate. A deal with its own Probability
  // (a CRM export's per-deal column) is weighted by it instead of by its stage's.
  const staged = byStage.reduce((s, r) => s + r.amount, 0);
  const stagedOwn = byStage.reduce((s, r) => s + (stats.byStage.get(r.stage)?.ownProbabilityAmount ?? 0), 0);
  const weightedForecast =
    byStage.reduce(
      (s, r) => s + (r.amount - (stats.byStage.get(r.stage)?.ownProbabilityAmount ?? 0)) * r.probability,
      0,
    ) +
    (stats.openAmount - staged - (stats.ownProbabilityAmount - stagedOwn)) * fallback +
    stats.ownProbabilityWeighted;
  const revenueGoal = input.goals?.find((g) => g.target !== undefined && findMetric(g.metric)?.id === "revenue");
  const target = input.teamQuota ?? revenueGoal?.target ?? null;
  const booked = stats.bookedInPeriod;
  const remaining = target === null ? null : Math.max(0, target - booked);
  return {
    openDeals: stats.overall.open,
    openAmount: stats.openAmount,
    weightedForecast,
    probabilitiesFrom: stats.ownProbabilityAmount > 0 ? "deals" : hasSettings ? "settings" : "winRate",
    target,
    targetFrom: input.teamQuota !== undefined ? "quota" : revenueGoal ? "goal" : null,
    bookedToDate: booked,
    remaining,
    coverage: remaining ? stats.openAmount / remaining : null,
    neededCoverage: typeof rate === "number" && rate > 0 ? 1 / rate : null,
    expectedShareOfRemaining: remaining ? weightedForecast / remaining : null,
    byStage,
  };
}
