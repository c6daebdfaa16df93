import { describe, expect, it } from "vitest";
import { distributionOf, median, quantileOfSorted } from "../../shared/kpi/distribution.js";
import { funnelReach } from "../../shared/kpi/funnel.js";

describe("the one median and quantile (PERCENTILE.INC)", () => {
  // Values checked in Excel: PERCENTILE.INC({10,20,30,40},0.25) = 17.5, MEDIAN = 25, 0.75 → 32.5.
  it.each([
    [[10, 20, 30, 40], 0.25, 17.5],
    [[10, 20, 30, 40], 0.5, 25],
    [[10, 20, 30, 40], 0.75, 32.5],
    [[7], 0.25, 7],
    [[1, 2, 3, 4, 5], 0.1, 1.4],
  ])("PERCENTILE.INC(%j, %d) = %d", (values, q, expected) => {
    expect(quantileOfSorted(values, q)).toBeCloseTo(expected, 12);
  });

  it("sorts numerically, not as text, and leaves its input alone", () => {
    const values = [100, 9, 20];
    expect(median(values)).toBe(20);
    expect(values).toEqual([100, 9, 20]);
    expect(distributionOf([30, 10, 20, 40])).toEqual({ count: 4, mean: 25, median: 25, p25: 17.5, p75: 32.5 });
    expect(distributionOf([])).toBeUndefined();
  });
});

describe("funnelReach(furthest, won, exitUnknown)", () => {
  it("counts a deal at every stage up to the furthest it got", () => {
    // 3 stages; furthest: 3 at the first, 2 at the second, 2 at the third; 3 won.
    // Reached: third 2 + 3 = 5, second 5 + 2 = 7, first 7 + 3 = 10; 7/10, 5/7, 3/5.
    expect(funnelReach([3, 2, 2], 3, 0)).toEqual({ reached: [10, 7, 5], conversion: [0.7, 5 / 7, 0.6] });
  });

  it("shows no conversion when lost deals left at a stage the data does not give", () => {
    expect(funnelReach([2, 1, 1], 3, 3)).toEqual({ reached: [10, 5, 4], conversion: [null, null, null] });
  });

  it("has no conversion from a stage nobody reached", () => {
    expect(funnelReach([0, 0], 0, 0)).toEqual({ reached: [0, 0], conversion: [null, null] });
  });
});
