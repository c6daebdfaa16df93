import { funnelReach } from "../../../shared/kpi/funnel.js";
import { normaliseWord } from "../../../shared/winrate/outcomes.js";
import { barChart } from "../charts/bars.js";
import type { ModelContext } from "./context.js";
import type { DealStats, StageTally } from "./deal-stats.js";
import { all, arrayConstant, formula, sumproduct } from "./formulas.js";
import type { FunnelSection, FunnelStage, ReportNote } from "./report-model.js";
import { countsCondition } from "./scope.js";

/** Stage names in their usual order, for workbooks whose Settings give no stage probabilities. */
const USUAL_ORDER = [
  "lead",
  "prospecting",
  "prospect",
  "qualification",
  "qualified",
  "discovery",
  "needs analysis",
  "demo",
  "solution",
  "evaluation",
  "proposal",
  "quote",
  "negotiation",
  "contract",
  "commit",
  "closing",
];

/**
 * The stages a deal moves through, in order: by ascending win probability when Settings gives them (a later
 * stage is likelier to close), else by the usual stage names, else by first appearance. Only stages that hold
 * open deals form the funnel; stages where every deal is closed ("Closed won") are end states, not steps.
 */
export function funnelOrder(
  byStage: Map<string, StageTally>,
  probabilities: Readonly<Record<string, number>>,
): string[] {
  const stages = [...byStage].filter(([, t]) => t.open > 0).map(([name]) => name);
  const rank = (name: string): number => {
    const p = probabilityOf(probabilities, name);
    if (p !== undefined) return p;
    const usual = USUAL_ORDER.indexOf(normaliseWord(name));
    return usual < 0 ? Number.POSITIVE_INFINITY : 2 + usual;
  };
  return stages
    .map((name, appearance) => ({ name, appearance, rank: rank(name) }))
    .sort((a, b) => a.rank - b.rank || a.appearance - b.appearance)
    .map((s) => s.name);
}

/** A stage's probability in Settings, matched as =GOALS.WEIGHTEDPIPELINE matches stages (case, spacing). */
export function probabilityOf(probabilities: Readonly<Record<string, number>>, stage: string): number | undefined {
  const key = normaliseWord(stage);
  for (const [name, p] of Object.entries(probabilities)) if (normaliseWord(name) === key) return p;
  return undefined;
}

/**
 * The funnel: deals that reached each stage and the conversion to the next (shared/kpi/funnel.ts). A lost deal
 * left at its Lost-at-stage value when the sheet has that column, else at its Stage when that is a funnel stage;
 * otherwise where it left is unknown, conversions are not shown, and a note says what the funnel counts.
 */
export function funnelSection(
  ctx: ModelContext,
  stats: DealStats | undefined,
  probabilities: Readonly<Record<string, number>>,
): FunnelSection | undefined {
  if (!stats || !ctx.deals) return undefined;
  const order = funnelOrder(stats.byStage, probabilities);
  if (order.length < 2) return undefined;
  const inFunnel = new Set(order);
  let exitUnknown = 0;
  for (const [stage, n] of stats.exitByStage) if (stage !== "" && !inFunnel.has(stage)) exitUnknown += n;
  const furthest = order.map((name) => (stats.byStage.get(name)?.open ?? 0) + (stats.exitByStage.get(name) ?? 0));
  const won = stats.overall.won;
  const { reached, conversion } = funnelReach(furthest, won, exitUnknown);
  const f = reachFormulas(ctx, order);
  const stages: FunnelStage[] = order.map((stage, k) => {
    const t = stats.byStage.get(stage) as StageTally;
    return {
      stage,
      reached: reached[k] as number,
      conversion: conversion[k] ?? null,
      open: t.open,
      openAmount: t.openAmount,
      formulas: {
        reached: formula(f.reached(k)),
        ...(conversion[k] != null ? { conversion: formula(f.conversion(k)) } : {}),
        open: formula(sumproduct(all(ctx.book.outcomeIs("open"), ctx.book.groupIs("deals", "stage", stage)))),
        openAmount: formula(
          sumproduct(
            ctx.book.col("deals", "amount"),
            ctx.book.outcomeIs("open"),
            ctx.book.groupIs("deals", "stage", stage),
          ),
        ),
      },
    };
  });
  const notes: ReportNote[] =
    exitUnknown > 0
      ? [
          {
            code: ctx.book.range("deals", "lostAt") ? "funnelExitUnknown" : "funnelNoExitStage",
            values: { count: exitUnknown },
            formula: formula(f.exitUnknown),
          },
        ]
      : [];
  const chart = barChart(
    [
      ...stages.map((s) => ({ label: s.stage, kind: "data" as const, value: s.reached })),
      { label: "", kind: "won" as const, value: won },
    ],
    { titleKey: "funnel", format: "int", rtl: ctx.rtl, centred: true },
  );
  return {
    stages,
    won,
    lost: stats.overall.lost + stats.overall.noDecision,
    exitUnknown,
    chart,
    scope: ctx.deals.scope.scope,
    formulas: {
      won: formula(sumproduct(all(countsCondition(ctx.deals.scope, ctx.book), ctx.book.outcomeIs("won")))),
      lost: formula(f.lost),
      exitUnknown: formula(f.exitUnknown),
    },
    ...(notes.length > 0 ? { notes } : {}),
  };
}

/** Excel formulas for reached(k) and conversion(k): deals whose furthest stage is k or later, plus won deals. */
function reachFormulas(ctx: ModelContext, order: readonly string[]) {
  const { book } = ctx;
  const scope = ctx.deals?.scope;
  const counted = scope ? countsCondition(scope, book) : "1";
  const stage = book.col("deals", "stage");
  const lostAt = book.range("deals", "lostAt");
  const exit = lostAt ? `IF(${lostAt}<>"",${lostAt},${stage})` : stage;
  const closedNotWon = `(${book.outcomeIs("lost")}+${book.outcomeIs("no decision")})`;
  const reachedAt = (k: number) => {
    const later = arrayConstant([order.slice(k)]);
    const left =
      k === 0
        ? `(${exit}<>"")` // a lost deal with any stage entered the funnel, even when where it left is unknown
        : `ISNUMBER(MATCH(${exit},${later},0))`;
    return `${book.outcomeIs("won")}+${book.outcomeIs("open")}*ISNUMBER(MATCH(${stage},${later},0))+${closedNotWon}*${left}`;
  };
  const reached = (k: number) => sumproduct(all(counted, `(${reachedAt(k)})`));
  const stages = arrayConstant([order as string[]]);
  return {
    reached,
    lost: sumproduct(all(counted, closedNotWon)),
    exitUnknown: sumproduct(all(counted, closedNotWon, `(${exit}<>"")`, `(1-ISNUMBER(MATCH(${exit},${stages},0)))`)),
    conversion: (k: number) =>
      `${k + 1 < order.length ? reached(k + 1) : sumproduct(all(counted, book.outcomeIs("won")))}/${reached(k)}`,
  };
}
