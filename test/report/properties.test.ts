import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReportModel } from "../../generator/report/pipeline.js";
import type { DealRecord } from "../../generator/report/workbook/contract.js";
import type { WorkbookData } from "../../generator/report/workbook/data.js";
import type { Located } from "../../generator/report/workbook/table.js";
import { AS_OF, GENERATED_AT, SOURCE } from "./fixture.js";

const dealArb: fc.Arbitrary<Located<DealRecord>> = fc.record({
  row: fc.nat(),
  id: fc.constant(undefined),
  rep: fc.constantFrom("Ana", "Ben", "Chen", undefined),
  region: fc.constantFrom("EMEA", "APAC", undefined),
  segment: fc.constantFrom("SMB", "Enterprise"),
  competitor: fc.constantFrom("Acme", "None", undefined),
  stage: fc.constantFrom("Qualification", "Proposal", "Negotiation", "Closed won", "Closed lost", undefined),
  amount: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
  created: fc.integer({ min: 46_023, max: 46_203 }),
  closed: fc.option(fc.integer({ min: 46_023, max: 46_203 }), { nil: undefined }),
  outcome: fc.constantFrom("Won", "Lost", "Open", "No decision", "won", "Verloren", "赢单", ""),
  lostAt: fc.constantFrom("Qualification", "Proposal", undefined),
});

const modelOf = (deals: Located<DealRecord>[]) =>
  buildReportModel({ date1904: false, sources: {}, warnings: [], deals } as WorkbookData, {
    locale: "en",
    asOf: AS_OF,
    generatedAt: GENERATED_AT,
    source: SOURCE,
  });

describe("report model invariants over random deals", () => {
  it("breakdowns add up to the overall tally, and rates stay in [0, 1]", () => {
    fc.assert(
      fc.property(fc.array(dealArb, { maxLength: 60 }), (deals) => {
        const model = modelOf(deals);
        if (!model.winRate) return;
        const { overall, breakdowns } = model.winRate;
        for (const b of breakdowns) {
          const sum = (k: "won" | "lost" | "open" | "noDecision") => b.rows.reduce((s, r) => s + r[k], 0);
          expect([sum("won"), sum("lost"), sum("open"), sum("noDecision")]).toEqual([
            overall.won,
            overall.lost,
            overall.open,
            overall.noDecision,
          ]);
          for (const r of b.rows) if (r.rate !== null) expect(r.rate).toBeGreaterThanOrEqual(0);
          for (const r of b.rows) if (r.rate !== null) expect(r.rate).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("the funnel never widens, conversions are fractions, and bars fit the chart", () => {
    fc.assert(
      fc.property(fc.array(dealArb, { maxLength: 60 }), (deals) => {
        const funnel = modelOf(deals).funnel;
        if (!funnel) return;
        const reached = [...funnel.stages.map((s) => s.reached), funnel.won];
        for (let k = 1; k < reached.length; k++) expect(reached[k]).toBeLessThanOrEqual(reached[k - 1] as number);
        for (const s of funnel.stages) if (s.conversion !== null) expect(s.conversion).toBeLessThanOrEqual(1);
        for (const bar of funnel.chart.bars) {
          expect(bar.x).toBeGreaterThanOrEqual(0);
          expect(bar.x + bar.width).toBeLessThanOrEqual(funnel.chart.width);
        }
      }),
    );
  });

  it("the weighted forecast never exceeds the open pipeline", () => {
    fc.assert(
      fc.property(fc.array(dealArb, { maxLength: 60 }), (deals) => {
        const pipeline = modelOf(deals).pipeline;
        if (pipeline) expect(pipeline.weightedForecast).toBeLessThanOrEqual(pipeline.openAmount + 1e-6);
      }),
    );
  });
});
