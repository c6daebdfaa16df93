import type { OutcomeTally } from "../../../shared/winrate/winrate.js";
import { winRateOf } from "../../../shared/winrate/winrate.js";
import { barChart } from "../charts/bars.js";
import type { ModelContext } from "./context.js";
import { BLANK_GROUP, type DealStats, DIMENSIONS, type Dimension } from "./deal-stats.js";
import { all, filter, formula, sumproduct } from "./formulas.js";
import { type RateRow, rateOrNull, type WinRateBreakdown, type WinRateSection } from "./report-model.js";
import { closedCondition } from "./scope.js";

/** At most this many groups per breakdown; the rest are summed into one "other" row, so size stays bounded. */
export const MAX_GROUPS = 12;

const addTally = (a: OutcomeTally, b: OutcomeTally): OutcomeTally => ({
  won: a.won + b.won,
  lost: a.lost + b.lost,
  noDecision: a.noDecision + b.noDecision,
  open: a.open + b.open,
});

/**
 * One row's figures and their formulas: the rate is =GOALS.WINRATE over the row's closed deals, the counts
 * SUMPRODUCTs over GOALS.OUTCOME (closed deals in the scope's window; open deals whatever their dates).
 */
function rateRow(
  ctx: ModelContext,
  closedInScope: string,
  row: { label: string; kind: RateRow["kind"]; tally: OutcomeTally; group: string },
): RateRow {
  const { book } = ctx;
  const { label, kind, tally: t, group } = row;
  const closed = all(closedInScope, group);
  const count = (outcome: "won" | "lost" | "no decision", within: string) =>
    formula(sumproduct(all(book.outcomeIs(outcome), within)));
  return {
    label,
    kind,
    rate: rateOrNull(winRateOf(t, "closed")),
    won: t.won,
    lost: t.lost,
    open: t.open,
    noDecision: t.noDecision,
    formulas: {
      rate: formula(`GOALS.WINRATE(${filter(book.col("deals", "outcome"), closed)})`),
      won: count("won", closed),
      lost: count("lost", closed),
      noDecision: count("no decision", closed),
      open: formula(sumproduct(all(book.outcomeIs("open"), group))),
    },
  };
}

/**
 * Win rate overall and by rep, region, competitor and segment, on the closed basis (won / (won + lost)) with
 * the same tally and rate core as =GOALS.WINRATEBY, over the deals the report's deal scope counts. Groups are
 * ordered by decided deals, largest first. A dimension appears only when it has at least one named group.
 */
export function winRateSection(ctx: ModelContext, stats: DealStats | undefined): WinRateSection | undefined {
  if (!stats || stats.count === 0 || !ctx.deals) return undefined;
  const breakdowns: WinRateBreakdown[] = [];
  const closedInScope = closedCondition(ctx.deals.scope, ctx.book);
  for (const dimension of DIMENSIONS) {
    const groups = [...stats.byDimension[dimension]];
    if (!groups.some(([name]) => name !== BLANK_GROUP)) continue;
    groups.sort((a, b) => b[1].won + b[1].lost - (a[1].won + a[1].lost) || compare(a[0], b[0]));
    const shown = groups.slice(0, MAX_GROUPS);
    const rest = groups.slice(MAX_GROUPS);
    const condition = (name: string) => ctx.book.groupIs("deals", dimension, name === BLANK_GROUP ? "" : name);
    const rows = shown.map(([name, tally]) =>
      rateRow(ctx, closedInScope, {
        label: name === BLANK_GROUP ? "" : name,
        kind: name === BLANK_GROUP ? "blank" : "data",
        tally,
        group: condition(name),
      }),
    );
    if (rest.length > 0) {
      const other = rest.reduce((acc, [, t]) => addTally(acc, t), { won: 0, lost: 0, noDecision: 0, open: 0 });
      const group = otherCondition(shown, condition);
      rows.push(rateRow(ctx, closedInScope, { label: String(rest.length), kind: "other", tally: other, group }));
    }
    const chart = barChart(
      rows.map((r) => ({ label: r.label, kind: r.kind, value: r.rate ?? 0 })),
      { titleKey: `winRateBy.${dimension}`, format: "percent", rtl: ctx.rtl, max: 1 },
    );
    breakdowns.push({ dimension: dimension as Dimension, rows, chart });
  }
  const overall = rateRow(ctx, closedInScope, { label: "", kind: "data", tally: stats.overall, group: "1" });
  return { overall, breakdowns, scope: ctx.deals.scope.scope };
}

/** The rows of none of the groups shown. */
const otherCondition = (shown: readonly [string, unknown][], condition: (name: string) => string) =>
  `(1-(${shown.map(([name]) => condition(name)).join("+")}))`;

/** Code-point order, so the output does not depend on the machine's collation. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
