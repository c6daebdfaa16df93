import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { excel } from "../../shared/functions.js";
import { churnRate, grossRevenueRetention } from "../../shared/kpi/retention.js";

describe("GROWTH(from, to) and CAGR(from, to, [periods])", () => {
  it.each([
    ["700K → 840K is 20% growth", excel.GROWTH(700_000, 840_000), 0.2],
    ["a fall is negative growth", excel.GROWTH(100, 75), -0.25],
    // 1,000,000 × 1.1² = 1,210,000, so the compound rate over two years is 10% (hand check).
    ["CAGR over two periods", excel.CAGR(1_000_000, 1_210_000, 2), 0.1],
    ["CAGR defaults to one period", excel.CAGR(100, 150), 0.5],
    // 700K → 5M in one year (docs/domain.md's unrealistic goal) needs 614% growth.
    ["700K → 5M", excel.GROWTH(700_000, 5_000_000), 43 / 7],
  ])("%s", (_name, result, expected) => {
    expect(result).toBeCloseTo(expected, 12);
  });

  it.each([
    [excel.GROWTH(0, 10), { error: "#DIV/0!", message: "from is 0: growth from nothing has no rate" }],
    [excel.GROWTH(-5, 10), { error: "#VALUE!", message: "from must not be negative, got -5" }],
    [excel.CAGR(100, -1, 2), { error: "#VALUE!", message: "to must not be negative, got -1" }],
    [excel.CAGR(100, 200, -2), { error: "#VALUE!", message: "periods must be more than 0, got -2" }],
    [excel.CAGR(0, 200, 2), { error: "#DIV/0!", message: "from is 0: growth from nothing has no rate" }],
  ])("error %#: %j", (result, expected) => {
    expect(result).toEqual(expected);
  });
});

describe("CHURNRATE(start_count, lost_count), NRR(...), GRR(...)", () => {
  it.each([
    // docs/domain.md: churn = lost in the period / customers at its start; 0.02 is the SaaS example's churn.
    ["churn 10 of 500", excel.CHURNRATE(500, 10), 0.02],
    // NRR = (start + expansion − contraction − churn) / start: (100 + 15 − 3 − 5) / 100.
    ["NRR", excel.NRR(100_000, 15_000, 3_000, 5_000), 1.07],
    ["GRR is NRR without expansion", excel.GRR(100_000, 3_000, 5_000), 0.92],
  ])("%s", (_name, result, expected) => {
    expect(result).toBeCloseTo(expected, 12);
  });

  it.each([
    [excel.CHURNRATE(0, 0), { error: "#DIV/0!", message: "start_count is 0: no customers at the start of the period" }],
    [excel.CHURNRATE(10, 11), { error: "#VALUE!", message: "lost_count must not exceed start_count (10), got 11" }],
    [excel.CHURNRATE(10, -1), { error: "#VALUE!", message: "lost_count must not be negative, got -1" }],
    [excel.NRR(100, -1, 0, 0), { error: "#VALUE!", message: "expansion must not be negative, got -1" }],
    [
      excel.NRR(0, 5, 0, 0),
      { error: "#DIV/0!", message: "start_revenue is 0: no recurring revenue at the start of the period" },
    ],
    [
      excel.GRR(100, 60, 50),
      { error: "#VALUE!", message: "contraction + churned must not exceed start_revenue (100), got 110" },
    ],
    [excel.GRR(100, "x", 0), { error: "#VALUE!", message: 'contraction must be a number, got "x"' }],
  ])("error %#: %j", (result, expected) => {
    expect(result).toEqual(expected);
  });

  it("keeps churn rate and GRR in [0, 1] for every valid input (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.double({ min: 0, max: 1, noNaN: true }), (start, share) => {
        const lost = Math.floor(start * share);
        const churn = churnRate(start, lost) as number;
        expect(churn).toBeGreaterThanOrEqual(0);
        expect(churn).toBeLessThanOrEqual(1);
        const grr = grossRevenueRetention(start, lost / 2, lost / 2) as number;
        expect(grr).toBeGreaterThanOrEqual(0);
        expect(grr).toBeLessThanOrEqual(1);
      }),
    );
  });
});
