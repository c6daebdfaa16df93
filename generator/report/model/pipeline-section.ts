import { isExcelError } from "../../../shared/excel/errors.js";
import { findComputedMetric } from "../../../shared/kpi/metrics.js";
import { pipelineCoverage, weightedPipeline } from "../../../shared/kpi/pipeline.js";
import { normaliseWord } from "../../../shared/winrate/outcomes.js";
import { winRateOf } from "../../../shared/winrate/winrate.js";
import type { ModelContext } from "./context.js";
import type { DealStats } from "./deal-stats.js";
import { all, arrayConstant, type Figure, filter, formula, num, sumproduct } from "./formulas.js";
import { funnelOrder, probabilityOf } from "./funnel-section.js";
import type { PipelineSection } from "./report-model.js";
import { closedCondition, openAtScope } from "./scope.js";

export interface PipelineInputs {
  readonly stats: DealStats | undefined;
  readonly probabilities: Readonly<Record<string, number>>;
  /** The team's ramped quota for the fiscal year, when the Reps sheet has quotas. */
  readonly teamQuota: Figure | undefined;
}

/**
 * Pipeline coverage and weighted forecast against the remaining target (docs/domain.md, "Pipeline"), from the
 * core: =GOALS.WEIGHTEDPIPELINE (Σ amount × stage probability) and =GOALS.PIPECOVERAGE (open pipeline /
 * remaining target, and the coverage the win rate needs, 1 / win rate). Stage probabilities come from
 * Settings; a stage without one gets the closed win rate, the best single estimate. The target is the team
 * quota, else the target of the first revenue goal.
 */
export function pipelineSection(ctx: ModelContext, input: PipelineInputs): PipelineSection | undefined {
  const { stats, probabilities } = input;
  if (!stats || stats.overall.open === 0 || !ctx.deals) return undefined;
  const { book } = ctx;
  const rate = winRateOf(stats.overall, "closed");
  const fallback = typeof rate === "number" ? rate : 0;
  const closedInScope = closedCondition(ctx.deals.scope, book);
  const rateFormula = `GOALS.WINRATE(${filter(book.col("deals", "outcome"), closedInScope)})`;
  const open = book.outcomeIs("open");
  const amount = book.col("deals", "amount");
  const byStage = funnelOrder(stats.byStage, probabilities).map((stage) => {
    const p = probabilityOf(probabilities, stage);
    return {
      stage,
      amount: stats.byStage.get(stage)?.openAmount ?? 0,
      probability: p ?? fallback,
      formulas: {
        amount: formula(sumproduct(amount, open, book.groupIs("deals", "stage", stage))),
        probability: p === undefined ? formula(rateFormula) : formula(num(p)),
      },
    };
  });
  // Open deals without a stage still count in the pipeline, at the win rate. A deal with its own Probability
  // (a CRM export's per-deal column) is weighted by it instead of by its stage's.
  const ownOf = (stage: string) => stats.byStage.get(stage)?.ownProbabilityAmount ?? 0;
  const staged = byStage.reduce((s, r) => s + r.amount, 0);
  const stagedOwn = byStage.reduce((s, r) => s + ownOf(r.stage), 0);
  const unstaged = stats.openAmount - staged - (stats.ownProbabilityAmount - stagedOwn);
  const weightedForecast =
    weightedPipeline(
      [...byStage.map((r) => r.amount - ownOf(r.stage)), unstaged],
      [...byStage.map((r) => r.probability), fallback],
    ) + weightedPipeline(stats.ownProbabilityAmounts, stats.ownProbabilities);
  const revenueGoal = ctx.data.goals?.find(
    (g) => g.target !== undefined && findComputedMetric(g.metric)?.id === "revenue",
  );
  const target: Figure | undefined =
    input.teamQuota ??
    (revenueGoal
      ? {
          value: revenueGoal.target as number,
          formula: `=${book.cell("goals", "target", revenueGoal.row) ?? num(revenueGoal.target as number)}`,
        }
      : undefined);
  const booked = stats.bookedInPeriod;
  const bookedFormula = sumproduct(
    amount,
    book.outcomeIs("won"),
    book.within("deals", "closed", ctx.deals.scope.window),
  );
  const remaining = target === undefined ? null : Math.max(0, target.value - booked);
  const remainingFormula = target === undefined ? undefined : `MAX(0,${target.formula.slice(1)}-${bookedFormula})`;
  const openAmountFormula = sumproduct(amount, open);
  const covered =
    remaining === null
      ? undefined
      : pipelineCoverage(stats.openAmount, remaining, typeof rate === "number" && rate > 0 ? rate : undefined);
  const coverage = covered === undefined || isExcelError(covered) ? undefined : covered;
  const coverageCall = `GOALS.PIPECOVERAGE(${openAmountFormula},${remainingFormula},${rateFormula})`;
  const weightedForecastFormula = weightedFormula(ctx, byStage, fallback, stats.ownProbabilities.length > 0, {
    unstaged: unstaged !== 0,
  });
  return {
    openDeals: stats.overall.open,
    openAmount: stats.openAmount,
    weightedForecast,
    probabilitiesFrom:
      stats.ownProbabilities.length > 0 ? "deals" : Object.keys(probabilities).length > 0 ? "settings" : "winRate",
    target: target?.value ?? null,
    targetFrom: input.teamQuota !== undefined ? "quota" : revenueGoal ? "goal" : null,
    bookedToDate: booked,
    remaining,
    coverage: coverage?.coverage ?? null,
    neededCoverage: coverage?.neededCoverage ?? null,
    expectedShareOfRemaining: remaining ? weightedForecast / remaining : null,
    byStage,
    scope: openAtScope(ctx.period.asOf),
    formulas: {
      openDeals: formula(sumproduct(open)),
      openAmount: formula(openAmountFormula),
      weightedForecast: formula(weightedForecastFormula),
      bookedToDate: formula(bookedFormula),
      ...(target ? { target: target.formula } : {}),
      ...(remainingFormula ? { remaining: formula(remainingFormula) } : {}),
      ...(coverage ? { coverage: formula(`INDEX(${coverageCall},1,1)`) } : {}),
      ...(coverage?.neededCoverage !== undefined ? { neededCoverage: formula(`INDEX(${coverageCall},1,2)`) } : {}),
      ...(remaining ? { expectedShareOfRemaining: formula(`(${weightedForecastFormula})/${remainingFormula}`) } : {}),
    },
  };
}

/**
 * =GOALS.WEIGHTEDPIPELINE over the open deals that have a stage, with the stage table the report used (Settings'
 * probabilities, the win rate for stages without one), plus the open deals without a stage at the win rate,
 * plus the deals with their own Probability at it (a column of 0–100 numbers read as percentages, as imported).
 * `extra` narrows the deals (a rep, due by a date); `mayBeEmpty` guards each part against an empty FILTER.
 */
export function weightedFormula(
  ctx: ModelContext,
  byStage: readonly { readonly stage: string; readonly probability: number }[],
  fallback: number,
  ownProbabilities: boolean,
  options: { readonly unstaged?: boolean; readonly extra?: string; readonly mayBeEmpty?: boolean } = {},
): string {
  const { book } = ctx;
  const open = all(book.outcomeIs("open"), options.extra);
  const amount = book.col("deals", "amount");
  const parts: string[] = [];
  const guard = (rows: string, part: string) => (options.mayBeEmpty ? `IF(${sumproduct(rows)}=0,0,${part})` : part);
  const noOwn = ownProbabilities ? `(${book.col("deals", "probability")}="")` : undefined;
  if (byStage.length > 0) {
    // The table lists each stage once as WEIGHTEDPIPELINE matches them (case and spacing folded).
    const table = new Map<string, [string, number]>();
    for (const r of byStage)
      if (!table.has(normaliseWord(r.stage))) table.set(normaliseWord(r.stage), [r.stage, r.probability]);
    const staged = all(open, book.present("deals", "stage"), noOwn);
    const stage = book.col("deals", "stage");
    parts.push(
      guard(
        staged,
        `GOALS.WEIGHTEDPIPELINE(${filter(amount, staged)},${filter(stage, staged)},${arrayConstant([...table.values()])})`,
      ),
    );
  }
  if (options.unstaged !== false || byStage.length === 0) {
    const blank = book.range("deals", "stage") ? `(${book.col("deals", "stage")}="")` : undefined;
    parts.push(`${sumproduct(all(amount, open, blank, noOwn))}*${num(fallback)}`);
  }
  if (ownProbabilities) {
    const probability = book.col("deals", "probability");
    const own = all(open, book.present("deals", "probability"));
    parts.push(
      guard(own, `SUMPRODUCT(${filter(amount, own)},${filter(probability, own)})/IF(MAX(${probability})>1,100,1)`),
    );
  }
  return parts.join("+");
}
