import { describe, expect, it } from "vitest";
import { excel } from "../../shared/functions.js";
import { quotaSplit } from "../../shared/quota/split.js";

const col = (...values: unknown[]) => values.map((v) => [v]);
const sum = (rows: number[][]) => rows.flat().reduce((a, b) => a + b, 0);
const columnSums = (rows: number[][]) => (rows[0] ?? []).map((_, p) => rows.reduce((a, row) => a + (row[p] ?? 0), 0));

describe("QUOTASPLIT(total, weights, [seasonality], [ramp], [unit], [cushion])", () => {
  // Cited values: docs/domain.md "Quota splitting" (largest remainder) and "Goals and targets" (cushion).
  it("splits 1,000,000 in three equal parts as 333,334 / 333,333 / 333,333", () => {
    expect(excel.QUOTASPLIT(1_000_000, col(1, 1, 1))).toEqual([[333_334], [333_333], [333_333]]);
  });

  it("splits 7 units by weights 50/30/20 as 4/2/1 (largest remainder, not 4/2/2 or 3/2/1)", () => {
    expect(excel.QUOTASPLIT(7, col(50, 30, 20))).toEqual([[4], [2], [1]]);
  });

  it("assigns 15M × 115% = 17.25M across 20 equal reps: 862.5K each", () => {
    const quotas = excel.QUOTASPLIT(15_000_000, col(...Array(20).fill(1)), undefined, undefined, 1, 1.15) as number[][];
    expect(quotas).toHaveLength(20);
    expect(quotas.every(([q]) => q === 862_500)).toBe(true);
    expect(sum(quotas)).toBe(17_250_000);
  });

  it("spreads over N equal periods when seasonality is a number", () => {
    expect(excel.QUOTASPLIT(1200, col(2, 1), 4)).toEqual([
      [200, 200, 200, 200],
      [100, 100, 100, 100],
    ]);
  });

  it("follows seasonality weights given as a row", () => {
    // 40/30/20/10 of 1,000 for one rep.
    expect(excel.QUOTASPLIT(1000, col(1), [[4, 3, 2, 1]])).toEqual([[400, 300, 200, 100]]);
  });

  it("rounds to the unit and keeps rows and the grand total exact", () => {
    const quotas = excel.QUOTASPLIT(1_000_000, col(5, 3, 2), 12, undefined, 1000) as number[][];
    expect(sum(quotas)).toBe(1_000_000);
    expect(quotas.map((row) => row.reduce((a, b) => a + b, 0))).toEqual([500_000, 300_000, 200_000]);
    expect(quotas.flat().every((q) => q % 1000 === 0)).toBe(true);
    // Period totals stay within a unit of 1,000,000 / 12 = 83,333.33.
    for (const total of columnSums(quotas)) expect(Math.abs(total - 1_000_000 / 12)).toBeLessThanOrEqual(1000);
  });

  it("puts a sub-unit remainder in exactly one cell when the total is not a multiple of the unit", () => {
    const quotas = excel.QUOTASPLIT(1_000_500, col(3, 2, 1), 4, undefined, 1000) as number[][];
    expect(sum(quotas)).toBe(1_000_500);
    expect(quotas.flat().filter((q) => q % 1000 !== 0)).toEqual([83_500]);
  });

  it("works in cents with a fractional unit", () => {
    const quotas = excel.QUOTASPLIT(1234.56, col(3, 2, 1), 4, undefined, 0.01, 1.1) as number[][];
    expect(sum(quotas)).toBeCloseTo(1358.016, 9);
    expect(quotas.flat().filter((q) => Math.abs(q * 100 - Math.round(q * 100)) > 1e-6)).toHaveLength(1);
  });

  describe("ramp", () => {
    it("applies the default 25/50/75/100% schedule from each rep's start period and keeps each period whole", () => {
      // Rep 2 starts in period 2, rep 3 in period 3; rep 1 is fully ramped (0).
      const quotas = excel.QUOTASPLIT(400, col(1, 1, 1), 4, col(0, 2, 3)) as number[][];
      // Period 1: only rep 1 works → 100. Period 2: capacities 1, 0.25 → 80 / 20.
      // Period 3: 1, 0.5, 0.25 → 100 × (1, 0.5, 0.25) / 1.75 = 57.14 / 28.57 / 14.29.
      // Period 4: 1, 0.75, 0.5 → 44.44 / 33.33 / 22.22.
      expect(columnSums(quotas)).toEqual([100, 100, 100, 100]);
      expect(quotas.map((row) => row[0])).toEqual([100, 0, 0]);
      expect(quotas.map((row) => row[1])).toEqual([80, 20, 0]);
      for (const [rep, exact] of [57.14, 28.57, 14.29].entries())
        expect(Math.abs((quotas[rep]?.[2] as number) - exact)).toBeLessThan(1);
      for (const [rep, exact] of [44.44, 33.33, 22.22].entries())
        expect(Math.abs((quotas[rep]?.[3] as number) - exact)).toBeLessThan(1);
      expect(sum(quotas)).toBe(400);
    });

    it("accepts a reps × periods grid of capacities and redistributes what a ramping rep cannot carry", () => {
      const quotas = excel.QUOTASPLIT(300, col(1, 1), 3, [
        [1, 1, 1],
        [0, 0.5, 1],
      ]) as number[][];
      expect(quotas).toEqual([
        [100, 67, 50],
        [0, 33, 50],
      ]);
    });

    it("reads a single column as capacities in a one-period split", () => {
      expect(excel.QUOTASPLIT(300, col(1, 1), undefined, col(1, 0.5))).toEqual([[200], [100]]);
    });
  });

  it.each([
    [[-5, col(1)], "total must not be negative, got -5"],
    [[100, col(1, -2, 3)], "weights row 2 must be at least 0, got -2"],
    [[100, col(1, "lots")], 'weights row 2 must be a number, got "lots"'],
    [[100, col(0, 0)], "weights must include at least one weight above 0, got all 0"],
    [
      [
        100,
        [
          [1, 2],
          [3, 4],
        ],
      ],
      "weights must be one column with a weight per rep, got 2×2",
    ],
    [[100, col(1), 2.5], "seasonality must be a number of periods (a whole number, at least 1), got 2.5"],
    [[100, col(1), -1, col(1)], "seasonality must be a number of periods (a whole number, at least 1), got -1"],
    [[100, col(1), [[1, -1]]], "seasonality row 1, column 2 must be at least 0, got -1"],
    [[100, col(1), [[0, 0]]], "seasonality must include at least one period weight above 0, got all 0"],
    [[100, col(1, 1), 2, col(0, 1.5)], "ramp row 2 must be a start period (a whole number, 0 = fully ramped), got 1.5"],
    [
      [
        100,
        col(1, 1),
        2,
        [
          [1, 1.2],
          [1, 1],
        ],
      ],
      "ramp row 1, column 2 must be a capacity between 0 and 1, got 1.2",
    ],
    [[100, col(1, 1), 2, [[1, 1, 1]]], "ramp must be 2×2 capacities or 2×1 start periods (one row per rep), got 1×3"],
    [[100, col(1, 1), 2, col(2, 2)], "ramp leaves no rep with capacity in period 1"],
    [[100, col(1), 1, undefined, -1], "unit must be more than 0, got -1"],
    [[100, col(1), 1, undefined, 1, -1], "cushion must be more than 0, got -1"],
  ])("QUOTASPLIT(%j) → #VALUE! with the rule and the value", (args, message) => {
    expect(excel.QUOTASPLIT(...args)).toEqual({ error: "#VALUE!", message });
  });

  it("exports the pure core for the report: plain numbers in, rows out", () => {
    expect(quotaSplit(1_000_000, [1, 1, 1])).toEqual([[333_334], [333_333], [333_333]]);
    expect(quotaSplit(100, [1, 1], { seasonality: 2, ramp: { startPeriods: [0, 2] } })).toEqual([
      [50, 40],
      [0, 10],
    ]);
  });
});
