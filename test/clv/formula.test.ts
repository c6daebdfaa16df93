import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CLV_TIMINGS, clv } from "../../shared/clv/formula.js";
import { excel } from "../../shared/functions.js";

describe("CLV(value_per_period, churn_rate, [gross_margin], [discount_rate], [periods], [timing])", () => {
  // Cited values: docs/domain.md "CLV" (Fader & Hardie, "Reconciling and Clarifying CLV Formulas"):
  // m = 100, r = 0.8, d = 0.10 → m(1+d)/(1+d−r) = 366.67, m·r/(1+d−r) = 266.67, m/(1+d−r) = 333.33;
  // SaaS: ARPA 500 × gross margin 0.8 / churn 0.02 = 20,000.
  it.each([
    ["start: first margin counted now", [100, 0.2, 1, 0.1, undefined, "start"], 366.67],
    ["Gupta–Lehmann: survive a period first", [100, 0.2, 1, 0.1, undefined, "gupta lehmann"], 266.67],
    ["end (the default)", [100, 0.2, 1, 0.1], 333.33],
    ["Gupta-Lehmann spelt with a hyphen and capitals", [100, 0.2, 1, 0.1, undefined, "Gupta-Lehmann"], 266.67],
    ["SaaS ARPA × margin / churn (docs/domain.md)", [500, 0.02, 0.8], 20000],
  ])("%s", (_name, args, expected) => {
    expect(excel.CLV(...args)).toBeCloseTo(expected, 2);
  });

  it("gives exactly 20,000 for 500 × 0.8 / 0.02, not 19,999.99999999998", () => {
    expect(excel.CLV(500, 0.02, 0.8)).toBe(20000);
  });

  it("sums exactly n periods on a finite horizon (hand sums of the series)", () => {
    // end: Σ_{t=1..3} 100·0.8^(t−1)/1.1^t = 100/1.1 + 80/1.21 + 64/1.331
    expect(clv(100, 0.2, 1, 0.1, 3, "end")).toBeCloseTo(100 / 1.1 + 80 / 1.21 + 64 / 1.331, 10);
    // start: 100 + 80/1.1 + 64/1.21
    expect(clv(100, 0.2, 1, 0.1, 3, "start")).toBeCloseTo(100 + 80 / 1.1 + 64 / 1.21, 10);
    // Gupta–Lehmann: 80/1.1 + 64/1.21 + 51.2/1.331
    expect(clv(100, 0.2, 1, 0.1, 3, "gupta lehmann")).toBeCloseTo(80 / 1.1 + 64 / 1.21 + 51.2 / 1.331, 10);
  });

  it("allows churn 0 on a finite horizon: n full margins without discount", () => {
    expect(clv(100, 0, 1, 0, 12)).toBe(1200);
  });

  it("approaches the unlimited value as the horizon grows", () => {
    expect(clv(100, 0.2, 1, 0.1, 500)).toBeCloseTo(clv(100, 0.2, 1, 0.1) as number, 9);
  });

  it.each([
    [[100, 0], "churn_rate must be more than 0 and at most 1 when periods is omitted, got 0"],
    [[100, 1.5], "churn_rate must be more than 0 and at most 1 when periods is omitted, got 1.5"],
    [[100, 1.5, 1, 0, 12], "churn_rate must be between 0 and 1, got 1.5"],
    [[100, 0.2, 1.2], "gross_margin must be between 0 and 1, got 1.2"],
    [[100, 0.2, -0.1], "gross_margin must be between 0 and 1, got -0.1"],
    [[100, 0.2, 1, -0.05], "discount_rate must not be negative, got -0.05"],
    [[100, 0.2, 1, 0, 2.5], "periods must be a whole number, got 2.5"],
    [[100, 0.2, 1, 0, -1], "periods must be at least 1, got -1"],
    [[100, 0.2, 1, 0, undefined, "middle"], 'timing must be one of "end", "start", "gupta lehmann"; got "middle"'],
    [["abc", 0.2], 'value_per_period must be a number, got "abc"'],
  ])("CLV(%j) → #VALUE! with the rule and the value", (args, message) => {
    expect(excel.CLV(...args)).toEqual({ error: "#VALUE!", message });
  });

  it("increases with retention, for every timing (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 10_000, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
        fc.constantFrom(...CLV_TIMINGS),
        (value, churnA, churnB, discount, periods, timing) => {
          const [low, high] = churnA < churnB ? [churnA, churnB] : [churnB, churnA];
          // Lower churn = higher retention = at least as much value.
          const moreRetained = clv(value, low, 1, discount, periods, timing) as number;
          const lessRetained = clv(value, high, 1, discount, periods, timing) as number;
          expect(moreRetained).toBeGreaterThanOrEqual(lessRetained * (1 - 1e-12));
        },
      ),
    );
  });

  it("orders the conventions start ≥ end ≥ Gupta–Lehmann (they differ only in timing)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (value, churn, discount) => {
          const [end, start, gl] = CLV_TIMINGS.map((t) => clv(value, churn, 1, discount, undefined, t) as number);
          expect(start).toBeGreaterThanOrEqual((end as number) * (1 - 1e-12));
          expect(end).toBeGreaterThanOrEqual((gl as number) * (1 - 1e-12));
        },
      ),
    );
  });
});
