import { isExcelError } from "../../../shared/excel/errors.js";
import { activityPlan, dealsForRevenue } from "../../../shared/kpi/activity.js";
import type { FunnelSection } from "./report-model.js";

/**
 * What it takes to close a gap, through the same core as =GOALS.ACTIVITYPLAN: wins = gap / deal size (rounded
 * up), deals to close = wins / win rate (rounded up), and, for the team, the deals that must enter each funnel
 * stage at today's stage conversions. Rates and sizes are the fiscal year to date's (the key figures'); a rep
 * without a win of their own this year is planned at the team's, and says so.
 */
export interface PlanFigures {
  /** Still to book to reach the target. */
  readonly gap: number;
  readonly winRate: number | null;
  readonly winRateFrom: "own" | "team";
  readonly dealSize: number | null;
  readonly dealSizeFrom: "own" | "team";
  /** Won deals needed at the deal size, or null when there is no deal size (or no gap: 0). */
  readonly wins: number | null;
  /** Deals to close (won + lost) for those wins at the win rate. */
  readonly opportunities: number | null;
}

export interface StageNeed {
  readonly stage: string;
  /** The share of deals reaching this stage that reach the next (the funnel section's conversion). */
  readonly conversion: number;
  /** Deals that must enter this stage. */
  readonly needed: number;
}

export interface PlanSection {
  readonly team: PlanFigures;
  /** Deals needed at each stage, top of the funnel first, or null without a funnel with every rate above 0. */
  readonly stages: readonly StageNeed[] | null;
  readonly reps: readonly (PlanFigures & { readonly rep: string; readonly anchor: string })[];
}

export interface Rates {
  readonly winRate: number | undefined;
  readonly dealSize: number | undefined;
}

export function planFigures(gap: number, own: Rates, team: Rates): PlanFigures {
  const useOwnRate = own.winRate !== undefined && own.winRate > 0;
  const useOwnSize = own.dealSize !== undefined && own.dealSize > 0;
  const winRate = (useOwnRate ? own.winRate : team.winRate) ?? null;
  const dealSize = (useOwnSize ? own.dealSize : team.dealSize) ?? null;
  const wins = gap === 0 ? 0 : dealSize === null ? null : numberOrNull(dealsForRevenue(gap, dealSize));
  const closes = wins === null || winRate === null || winRate <= 0 ? null : activityPlan(wins, [winRate]);
  return {
    gap,
    winRate,
    winRateFrom: useOwnRate ? "own" : "team",
    dealSize,
    dealSizeFrom: useOwnSize ? "own" : "team",
    wins,
    opportunities: closes === null || isExcelError(closes) ? null : (closes[0] ?? null),
  };
}

/** Deals needed at each funnel stage for `wins`, back-solved top first through the stage conversions. */
export function stageNeeds(wins: number | null, funnel: FunnelSection | undefined): StageNeed[] | null {
  if (wins === null || wins === 0 || !funnel || funnel.stages.length === 0) return null;
  const rates = funnel.stages.map((s) => s.conversion);
  if (rates.some((r) => r === null || !(r > 0) || r > 1)) return null;
  const counts = activityPlan(wins, rates as number[], "top first");
  if (isExcelError(counts)) return null;
  return funnel.stages.map((s, i) => ({
    stage: s.stage,
    conversion: s.conversion as number,
    needed: counts[i] as number,
  }));
}

const numberOrNull = (v: number | { error: string }): number | null => (typeof v === "number" ? v : null);

/** The team's plan for the verdict's remaining gap, and each rep's for theirs (reps with a gap, worst first). */
export function planSection(
  remaining: number | null | undefined,
  teamRates: Rates,
  funnel: FunnelSection | undefined,
  reps: readonly { readonly rep: string; readonly anchor: string; readonly plan: PlanFigures | null }[],
): PlanSection | undefined {
  if (remaining === null || remaining === undefined) return undefined;
  const team = planFigures(remaining, teamRates, teamRates);
  return {
    team,
    stages: stageNeeds(team.wins, funnel),
    reps: reps.flatMap((r) => (r.plan && r.plan.gap > 0 ? [{ ...r.plan, rep: r.rep, anchor: r.anchor }] : [])),
  };
}
