import type { OutcomeTally } from "../../../shared/winrate/winrate.js";
import { winRateOf } from "../../../shared/winrate/winrate.js";
import { barChart } from "../charts/bars.js";
import { BLANK_GROUP, type DealStats, DIMENSIONS } from "./deal-stats.js";
import { type RateRow, rateOrNull, type WinRateBreakdown, type WinRateSection } from "./report-model.js";

/** At most this many groups per breakdown; the rest are summed into one "other" row, so size stays bounded. */
export const MAX_GROUPS = 12;

const addTally = (a: OutcomeTally, b: OutcomeTally): OutcomeTally => ({
  won: a.won + b.won,
  lost: a.lost + b.lost,
  noDecision: a.noDecision + b.noDecision,
  open: a.open + b.open,
});

function rateRow(label: string, kind: RateRow["kind"], t: OutcomeTally): RateRow {
  return {
    label,
    kind,
    rate: rateOrNull(winRateOf(t, "closed")),
    won: t.won,
    lost: t.lost,
    open: t.open,
    noDecision: t.noDecision,
  };
}

/**
 * Win rate overall and by rep, region, competitor and segment, on the closed basis (won / (won + lost)) with
 * the same tally and rate core as =GOALS.WINRATEBY. Groups are ordered by decided deals, largest first. A
 * dimension appears only when it has at least one named group.
 */
export function winRateSection(stats: DealStats | undefined, rtl: boolean): WinRateSection | undefined {
  if (!stats || stats.count === 0) return undefined;
  const breakdowns: WinRateBreakdown[] = [];
  for (const dimension of DIMENSIONS) {
    const groups = [...stats.byDimension[dimension]];
    if (!groups.some(([name]) => name !== BLANK_GROUP)) continue;
    groups.sort((a, b) => b[1].won + b[1].lost - (a[1].won + a[1].lost) || compare(a[0], b[0]));
    const shown = groups.slice(0, MAX_GROUPS);
    const rest = groups.slice(MAX_GROUPS);
    const rows = shown.map(([name, t]) =>
      rateRow(name === BLANK_GROUP ? "" : name, name === BLANK_GROUP ? "blank" : "data", t),
    );
    if (rest.length > 0) {
      const other = rest.reduce((acc, [, t]) => addTally(acc, t), { won: 0, lost: 0, noDecision: 0, open: 0 });
      rows.push(rateRow(String(rest.length), "other", other));
    }
    const chart = barChart(
      rows.map((r) => ({ label: r.label, kind: r.kind, value: r.rate ?? 0 })),
      { titleKey: `winRateBy.${dimension}`, format: "percent", rtl, max: 1 },
    );
    breakdowns.push({ dimension, rows, chart });
  }
  return { overall: rateRow("", "data", stats.overall), breakdowns };
}

/** Code-point order, so the output does not depend on the machine's collation. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
