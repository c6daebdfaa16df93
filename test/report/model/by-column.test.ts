import { describe, expect, it } from "vitest";
import { closedIn, openAmount, repLookup } from "../../../generator/report/model/closed-in.js";
import { modelContext } from "../../../generator/report/model/context.js";
import { earliestDate } from "../../../generator/report/model/deal-columns.js";
import { scanDeals } from "../../../generator/report/model/deal-scan.js";
import { dealStats } from "../../../generator/report/model/deal-stats.js";
import { fiscalPeriod, monthIndexOfSerial } from "../../../generator/report/model/period.js";
import { buildReportModel } from "../../../generator/report/pipeline.js";
import { DEALS, type DealRecord } from "../../../generator/report/workbook/contract.js";
import type { WorkbookData } from "../../../generator/report/workbook/data.js";
import { RecordTable } from "../../../generator/report/workbook/record-table.js";
import { allColumns, type Located } from "../../../generator/report/workbook/table.js";
import { mulberry32 } from "../../../scripts/prng.js";
import { dealSize, salesCycle } from "../../../shared/kpi/deals.js";
import { classifyOutcome, type Outcome } from "../../../shared/winrate/outcomes.js";
import { fixture, GENERATED_AT, SOURCE } from "../fixture.js";

/**
 * The report model reads the Deals sheet a column at a time (deal-columns.ts) and tallies each window once
 * (closed-in.ts). Deals here are made to be awkward: reps that differ only by case, "" and "(blank)" as names,
 * blank amounts and dates, -0, stages left blank or "", own probabilities on some deals, outcomes in several
 * spellings or none. The expectations are recounted with plain loops over the records, and the model must be
 * the same whether the deals come as an array (tests, the task pane) or as a table (a workbook).
 */

/** A seeded generator (scripts/prng.ts), so a failure can be replayed. */
const random = mulberry32;

const pick = <T>(next: () => number, values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;

const REPS = ["Ana", "ana", "Ben", "Cleo", " Dev ", "", "(blank)", undefined];
const STAGES = ["Qualification", "Proposal", "Negotiation", "", undefined, "Closed Won"];
const OUTCOMES = ["Won", "won", "Lost", "No decision", "Open", "open", "", undefined, "maybe"];
const JAN_2025 = 45_658;

function awkwardDeals(n: number, seed: number): Located<DealRecord>[] {
  const next = random(seed);
  const deals: Located<DealRecord>[] = [];
  for (let i = 0; i < n; i++) {
    const created = next() < 0.1 ? undefined : JAN_2025 + Math.floor(next() * 600) + (next() < 0.2 ? 0.5 : 0);
    const deal: Located<DealRecord> = {
      // Rows with gaps, as a sheet with blank rows between deals has them.
      row: 2 + i + Math.floor(i / 7),
      id: next() < 0.9 ? `D${i}` : undefined,
      rep: pick(next, REPS),
      region: pick(next, ["North", "South", "", undefined]),
      segment: pick(next, ["SMB", "Enterprise", "(blank)", undefined]),
      competitor: pick(next, ["Acme", "Globex", undefined]),
      stage: pick(next, STAGES),
      lostAt: next() < 0.3 ? pick(next, ["Proposal", "Demo", ""]) : undefined,
      amount: next() < 0.1 ? undefined : next() < 0.02 ? -0 : Math.round(next() * 1e6) / 100,
      probability: next() < 0.2 ? Math.round(next() * 100) / 100 : undefined,
      created,
      closed: next() < 0.25 ? undefined : JAN_2025 + Math.floor(next() * 700) + (next() < 0.2 ? 0.6 : 0),
      outcome: pick(next, OUTCOMES),
    };
    deals.push(deal);
  }
  return deals;
}

/** The same records as a table, as a workbook's Deals sheet is read (every record with every field, blank or not). */
function asTable(deals: readonly Located<DealRecord>[]): RecordTable<Located<DealRecord>> {
  const keys = [...new Set([...allColumns(DEALS).map((c) => c.key), "row"])];
  const table = new RecordTable<Located<DealRecord>>(keys);
  for (const d of deals)
    table.push(Object.fromEntries(keys.map((k) => [k, d[k as keyof DealRecord]])) as Located<DealRecord>);
  return table;
}

const AS_OF = new Date("2026-06-30T00:00:00Z");
const period = fiscalPeriod(46_203); // 2026-06-30
const deals = awkwardDeals(3000, 7);
const outcomeOf = (d: DealRecord): Outcome | undefined => classifyOutcome(d.outcome ?? null);
const inside = (day: number | undefined, from: number, to: number) => day !== undefined && day >= from && day < to + 1;

describe("the report model read by column", () => {
  it.each([
    ["array", deals],
    ["table", asTable(deals)],
  ])("tallies a window (of a rep or all) as a plain loop over the %s's records counts it", (_name, list) => {
    const ctx = modelContext({ ...fixture, deals: list } as WorkbookData, period, false);
    const windows = [
      { from: period.start, to: period.asOf },
      { from: JAN_2025, to: JAN_2025 + 364 },
    ];
    for (const window of windows)
      for (const repKey of [undefined, "ana", " dev ", "", "(blank)", "nobody"]) {
        const tally = { won: 0, lost: 0, noDecision: 0, open: 0 };
        let revenue = 0;
        const amounts: number[] = [];
        const created: number[] = [];
        const closed: number[] = [];
        for (const d of deals) {
          const outcome = outcomeOf(d);
          if (outcome === undefined || !inside(d.closed, window.from, window.to)) continue;
          if (repKey !== undefined && d.rep?.toLowerCase() !== repKey) continue;
          tally[outcome === "no decision" ? "noDecision" : outcome]++;
          if (outcome !== "won") continue;
          revenue += d.amount ?? 0;
          if (d.amount !== undefined) amounts.push(d.amount);
          if (d.created !== undefined) {
            created.push(d.created);
            closed.push(d.closed as number);
          }
        }
        const figures = closedIn(ctx.deals as NonNullable<typeof ctx.deals>, window, repKey);
        expect(figures).toEqual({
          tally,
          revenue,
          won: tally.won,
          dealSize: dealSize(amounts),
          cycle: salesCycle(created, closed),
        });
        let open = 0;
        for (const d of deals)
          if (outcomeOf(d) === "open" && (repKey === undefined || d.rep?.toLowerCase() === repKey))
            open += d.amount ?? 0;
        expect(openAmount(ctx.deals as NonNullable<typeof ctx.deals>, repKey)).toBe(open);
      }
  });

  it.each([
    ["array", deals],
    ["table", asTable(deals)],
  ])(
    "gathers the deal sections' tallies from the %s as a plain loop does, groups in order of first appearance",
    (_name, list) => {
      const ctx = modelContext({ ...fixture, deals: list } as WorkbookData, period, false);
      const stats = dealStats(ctx.deals as NonNullable<typeof ctx.deals>);
      const group = (v: string | undefined) => (v === undefined || v === "" ? "(blank)" : v);
      const add = <K>(map: Map<K, number>, key: K, n: number) => map.set(key, (map.get(key) ?? 0) + n);
      const byRep = new Map<string, ReturnType<typeof emptyCounts>>();
      const byStage = new Map<string, { counts: ReturnType<typeof emptyCounts>; openAmount: number }>();
      const exits = new Map<string, number>();
      const bookedByRep = new Map<string, number>();
      const bookedByMonth = new Map<number, number>();
      const sizeBySegment = new Map<string, number[]>();
      const wonRows: number[] = [];
      let openTotal = 0;
      for (const d of deals) {
        const outcome = outcomeOf(d);
        if (outcome === undefined) continue;
        if (outcome !== "open" && !inside(d.closed, period.start, period.asOf)) continue;
        const key = outcome === "no decision" ? "noDecision" : outcome;
        const rep = byRep.get(group(d.rep)) ?? emptyCounts();
        rep[key]++;
        byRep.set(group(d.rep), rep);
        if (d.stage) {
          const stage = byStage.get(d.stage) ?? { counts: emptyCounts(), openAmount: 0 };
          stage.counts[key]++;
          if (outcome === "open") stage.openAmount += d.amount ?? 0;
          byStage.set(d.stage, stage);
        }
        if (outcome === "lost" || outcome === "no decision") add(exits, d.lostAt || d.stage || "", 1);
        if (outcome === "open") openTotal += d.amount ?? 0;
        if (outcome !== "won") continue;
        if (d.amount !== undefined)
          sizeBySegment.set(group(d.segment), [...(sizeBySegment.get(group(d.segment)) ?? []), d.amount]);
        if (d.created !== undefined && d.closed !== undefined) wonRows.push(d.row);
        if (inside(d.closed, period.start, period.asOf)) {
          add(bookedByRep, group(d.rep), d.amount ?? 0);
          add(bookedByMonth, monthIndexOfSerial(d.closed as number), d.amount ?? 0);
        }
      }
      expect([...stats.byDimension.rep]).toEqual([...byRep]);
      expect(
        [...stats.byStage].map(([s, t]) => [
          s,
          { won: t.won, lost: t.lost, noDecision: t.noDecision, open: t.open },
          t.openAmount,
        ]),
      ).toEqual([...byStage].map(([s, t]) => [s, t.counts, t.openAmount]));
      expect([...stats.exitByStage]).toEqual([...exits]);
      expect([...stats.bookedByRep]).toEqual([...bookedByRep]);
      expect([...stats.bookedByMonth]).toEqual([...bookedByMonth]);
      expect([...stats.sizeBySegment].map(([s, v]) => [s, v.amounts])).toEqual([...sizeBySegment]);
      expect(stats.wonRows).toEqual(wonRows);
      expect(stats.openAmount).toBe(openTotal);
    },
  );

  it("finds the earliest date and the reps in the order the deals name them", () => {
    const ctx = modelContext({ ...fixture, deals: asTable(deals) } as WorkbookData, period, false);
    const columns = (ctx.deals as NonNullable<typeof ctx.deals>).columns;
    let min = Number.POSITIVE_INFINITY;
    for (const d of deals) {
      const day = d.created ?? d.closed;
      if (day !== undefined && day < min) min = day;
    }
    expect(earliestDate(columns)).toBe(min);
    const named = deals.flatMap((d) => (d.rep === undefined ? [] : [d.rep]));
    expect(repLookup(ctx.deals as NonNullable<typeof ctx.deals>).names).toEqual([...new Set(named)]);
  });

  it("gives a rep a book only for deals the scan counts (open, or won or lost in the year to date)", () => {
    const only = (rep: string, d: Partial<DealRecord>, row: number): Located<DealRecord> => ({ row, rep, ...d });
    const list = [
      only("Old", { outcome: "Won", amount: 5, closed: JAN_2025 }, 2), // closed last year: not in the window
      only("Undecided", { outcome: "No decision", closed: 46_100 }, 3),
      only("Ana", { outcome: "Open", amount: 7, created: 46_000 }, 4),
      only("Ana", { outcome: "Lost", closed: 46_100 }, 5),
    ];
    const ctx = modelContext({ ...fixture, deals: list } as WorkbookData, period, false);
    const scan = scanDeals(ctx, {
      probabilities: {},
      fallbackProbability: { value: 0.5, formula: "=0.5" },
      typicalCycle: undefined,
      stageTable: [],
    });
    expect([...(scan?.byRep.keys() ?? [])]).toEqual(["Ana"]);
    expect(scan?.byRep.get("Ana")).toMatchObject({ openDeals: 1, openAmount: 7, closedThisYear: { lost: 1 } });
  });

  it.each([
    ["2026-06-30", AS_OF],
    ["2025-11-15", new Date("2025-11-15T00:00:00Z")],
  ])("builds the same model from an array and from a table (as of %s)", (_name, asOf) => {
    const options = { locale: "en", asOf, generatedAt: GENERATED_AT, source: SOURCE };
    const fromArray = buildReportModel({ ...fixture, deals } as WorkbookData, options);
    const fromTable = buildReportModel({ ...fixture, deals: asTable(deals) } as WorkbookData, options);
    expect(JSON.stringify(fromTable)).toBe(JSON.stringify(fromArray));
  });
});

function emptyCounts() {
  return { won: 0, lost: 0, noDecision: 0, open: 0 };
}
