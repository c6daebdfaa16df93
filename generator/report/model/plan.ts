import { isExcelError } from "../../../shared/excel/errors.js";
import { activityPlan, dealsForRevenue } from "../../../shared/kpi/activity.js";
import { arrayConstant, type Figure, formula, num } from "./formulas.js";
import type { Formulas, FunnelSection } from "./report-model.js";

/**
 * What it takes to close a gap, through the same core as =GOALS.ACTIVITYPLAN: wins = gap / deal size (rounded
 * up), deals to close = wins / win rate (rounded up), and, for the team, the deals that must enter each funnel
 * stage at today's stage conversions. Rates and sizes are the fiscal year to date's (the key figures'); a rep
 * without a win of their own this year is planned at the team's, and says so. Each figure carries the
 * =GOALS.ACTIVITYPLAN call that checks it.
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
  readonly formulas: Formulas<"gap" | "winRate" | "dealSize" | "wins" | "opportunities">;
}

export interface StageNeed {
  readonly stage: string;
  /** The share of deals reaching this stage that reach the next (the funnel section's conversion). */
  readonly conversion: number;
  /** Deals that must enter this stage. */
  readonly needed: number;
  readonly formulas: Formulas<"conversion" | "needed">;
}

export interface PlanSection {
  readonly team: PlanFigures;
  /** Deals needed at each stage, top of the funnel first, or null without a funnel with every rate above 0. */
  readonly stages: readonly StageNeed[] | null;
  readonly reps: readonly (PlanFigures & { readonly rep: string; readonly anchor: string })[];
}

export interface Rates {
  readonly winRate: Figure | undefined;
  readonly dealSize: Figure | undefined;
}

const bare = (f: string) => f.replace(/^=/, "");

export function planFigures(gap: Figure, own: Rates, team: Rates): PlanFigures {
  const useOwnRate = own.winRate !== undefined && own.winRate.value > 0;
  const useOwnSize = own.dealSize !== undefined && own.dealSize.value > 0;
  const rate = useOwnRate ? own.winRate : team.winRate;
  const size = useOwnSize ? own.dealSize : team.dealSize;
  const winRate = rate?.value ?? null;
  const dealSize = size?.value ?? null;
  const wins = gap.value === 0 ? 0 : dealSize === null ? null : numberOrNull(dealsForRevenue(gap.value, dealSize));
  const closes = wins === null || winRate === null || winRate <= 0 ? null : activityPlan(wins, [winRate]);
  const opportunities = closes === null || isExcelError(closes) ? null : (closes[0] ?? null);
  // ACTIVITYPLAN at a rate of 1 is the deals a revenue needs at a deal size; at the win rate, the deals to close.
  const winsFormula =
    gap.value === 0
      ? "0"
      : size
        ? `INDEX(GOALS.ACTIVITYPLAN(${bare(gap.formula)},1,${bare(size.formula)}),1,1)`
        : undefined;
  return {
    gap: gap.value,
    winRate,
    winRateFrom: useOwnRate ? "own" : "team",
    dealSize,
    dealSizeFrom: useOwnSize ? "own" : "team",
    wins,
    opportunities,
    formulas: {
      gap: gap.formula,
      ...(rate ? { winRate: rate.formula } : {}),
      ...(size ? { dealSize: size.formula } : {}),
      ...(wins !== null && winsFormula ? { wins: formula(winsFormula) } : {}),
      ...(opportunities !== null && winsFormula && rate
        ? { opportunities: formula(`INDEX(GOALS.ACTIVITYPLAN(${winsFormula},${bare(rate.formula)}),1,1)`) }
        : {}),
    },
  };
}

/** Deals needed at each funnel stage for `wins`, back-solved top first through the stage conversions. */
export function stageNeeds(team: PlanFigures, funnel: FunnelSection | undefined): StageNeed[] | null {
  const { wins } = team;
  if (wins === null || wins === 0 || !funnel || funnel.stages.length === 0) return null;
  const rates = funnel.stages.map((s) => s.conversion);
  if (rates.some((r) => r === null || !(r > 0) || r > 1)) return null;
  const counts = activityPlan(wins, rates as number[], "top first");
  if (isExcelError(counts)) return null;
  // The conversions as the funnel shows them (each checked by its own formula there), top first.
  const call = `GOALS.ACTIVITYPLAN(${bare(team.formulas.wins ?? num(wins))},${arrayConstant(rates.map((r) => [r as number]))},,"top first")`;
  return funnel.stages.map((s, i) => ({
    stage: s.stage,
    conversion: s.conversion as number,
    needed: counts[i] as number,
    formulas: {
      ...(s.formulas.conversion ? { conversion: s.formulas.conversion } : {}),
      needed: formula(`INDEX(${call},${i + 1},1)`),
    },
  }));
}

const numberOrNull = (v: number | { error: string }): number | null => (typeof v === "number" ? v : null);

/** The team's plan for the verdict's remaining gap, and each rep's for theirs (reps with a gap, worst first). */
export function planSection(
  remaining: Figure | undefined,
  teamRates: Rates,
  funnel: FunnelSection | undefined,
  reps: readonly { readonly rep: string; readonly anchor: string; readonly plan: PlanFigures | null }[],
): PlanSection | undefined {
  if (remaining === undefined) return undefined;
  const team = planFigures(remaining, teamRates, teamRates);
  return {
    team,
    stages: stageNeeds(team, funnel),
    reps: reps.flatMap((r) => (r.plan && r.plan.gap > 0 ? [{ ...r.plan, rep: r.rep, anchor: r.anchor }] : [])),
  };
}
