import { barChart } from "../charts/bars.js";
import type { DealStats, StageTally } from "./deal-stats.js";
import type { FunnelSection, FunnelStage } from "./report-model.js";

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
    const usual = USUAL_ORDER.indexOf(name.trim().toLowerCase());
    return usual < 0 ? Number.POSITIVE_INFINITY : 2 + usual;
  };
  return stages
    .map((name, appearance) => ({ name, appearance, rank: rank(name) }))
    .sort((a, b) => a.rank - b.rank || a.appearance - b.appearance)
    .map((s) => s.name);
}

export function probabilityOf(probabilities: Readonly<Record<string, number>>, stage: string): number | undefined {
  const key = stage.trim().toLowerCase();
  for (const [name, p] of Object.entries(probabilities)) if (name.trim().toLowerCase() === key) return p;
  return undefined;
}

/**
 * Funnel with stage-to-stage conversion (DOMAIN.md: the share of deals reaching stage k that also reach k+1).
 * A deal reached every stage up to the one it is at; a won deal reached them all; a deal lost or stalled at
 * an end state ("Closed lost") entered the funnel but where it left is unknown, so it counts at the first stage.
 */
export function funnelSection(
  stats: DealStats | undefined,
  probabilities: Readonly<Record<string, number>>,
  rtl: boolean,
): FunnelSection | undefined {
  if (!stats) return undefined;
  const order = funnelOrder(stats.byStage, probabilities);
  if (order.length < 2) return undefined;
  const inFunnel = new Set(order);
  let leftEarly = 0;
  for (const [name, t] of stats.byStage) if (!inFunnel.has(name)) leftEarly += t.lost + t.noDecision;
  const won = stats.overall.won;
  const at = order.map((name) => {
    const t = stats.byStage.get(name) as StageTally;
    return t.open + t.lost + t.noDecision;
  });
  const reached = at.map((_, k) => at.slice(k).reduce((s, n) => s + n, 0) + won + (k === 0 ? leftEarly : 0));
  const stages: FunnelStage[] = order.map((stage, k) => {
    const next = k + 1 < order.length ? (reached[k + 1] as number) : won;
    const here = reached[k] as number;
    const t = stats.byStage.get(stage) as StageTally;
    return { stage, reached: here, conversion: here > 0 ? next / here : null, open: t.open, openAmount: t.openAmount };
  });
  const chart = barChart(
    [
      ...stages.map((s) => ({ label: s.stage, kind: "data" as const, value: s.reached })),
      { label: "", kind: "won" as const, value: won },
    ],
    { titleKey: "funnel", format: "int", rtl, centred: true },
  );
  return { stages, won, chart };
}
