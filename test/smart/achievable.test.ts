import { describe, expect, it } from "vitest";
import { smartCheck } from "../../shared/smart/engine.js";

describe("A: required change vs historical change", () => {
  // The rule (shared/smart/achievable.ts): |required change| ≤ max(2 × largest |period-over-period change|, 5%).
  it("fails 700K → 5M where history grew about 8% a year (docs/domain.md, Achievability)", () => {
    const r = smartCheck("Reach $5 million in annual revenue this year.", {
      baseline: 700000,
      history: [600000, 650000, 700000],
    });
    // 5,000,000 / 700,000 − 1 = 614.3%; history: 650/600 − 1 = 8.3%, 700/650 − 1 = 7.7%; limit 16.7%.
    expect(r.A).toEqual({
      verdict: "fail",
      reason:
        "needs +614.3% (700,000 → 5,000,000); history moved at most 8.3% a period, and more than twice that (16.7%) is not achievable: lower the target or extend the deadline",
    });
  });

  it("passes +10% against the same history", () => {
    const r = smartCheck("Grow annual revenue by 10% this year.", {
      baseline: 700000,
      history: [600000, 650000, 700000],
    });
    expect(r.A.verdict).toBe("pass");
    expect(r.A.reason).toContain("+10.0% (700,000 → 770,000)");
  });

  it("reads 'from 3% to 2,5%' as a level: −16.7% against a largest change of 9.1% (limit 18.2%)", () => {
    const r = smartCheck("Verlaag het maandelijkse klantverloop van 3% naar 2,5% in zes maanden.", {
      baseline: 0.03,
      history: [0.036, 0.033, 0.03],
    });
    expect(r.A).toEqual({
      verdict: "pass",
      reason:
        "vraagt −16,7% (0,03 → 0,025); de historie veranderde hoogstens 9,1% per periode, en tot het dubbele daarvan (18,2%) is haalbaar",
    });
  });

  it("fails a win rate from 20% to 60% in a quarter (+200% against at most 5.3%)", () => {
    const r = smartCheck("本季度将赢单率从20%提高到60%。", { baseline: 0.2, history: [0.19, 0.2, 0.21, 0.2] });
    expect(r.A.verdict).toBe("fail");
    expect(r.A.reason).toContain("+200.0%");
  });

  it("adds an amount given with 'by': +€ 50.000 on 1.000.000 is +5%", () => {
    const r = smartCheck("Verhoog de omzet dit jaar met € 50.000.", {
      baseline: 1000000,
      history: [900000, 950000, 1000000],
    });
    expect(r.A.reason).toContain("+5,0% (1.000.000 → 1.050.000)");
  });

  it("lets a flat history allow up to 5%", () => {
    expect(smartCheck("Grow revenue by 4% this year.", { baseline: 100, history: [100, 100, 100] }).A.verdict).toBe(
      "pass",
    );
    expect(smartCheck("Grow revenue by 6% this year.", { baseline: 100, history: [100, 100, 100] }).A.verdict).toBe(
      "fail",
    );
  });

  it("uses the last history value when no baseline is given", () => {
    const r = smartCheck("Grow revenue by 10% this year.", { history: [600000, 650000, 700000] });
    expect(r.A.reason).toContain("700,000 → 770,000");
  });

  it("stays unchecked without data, without a number, or with one history value", () => {
    expect(smartCheck("Grow revenue by 10% this year.").A.verdict).toBe("unchecked");
    expect(smartCheck("Grow revenue this year.", { baseline: 5, history: [4, 5] }).A).toEqual({
      verdict: "unchecked",
      reason: "not checked: the goal states no number to compare with the history",
    });
    expect(smartCheck("Grow revenue by 10% this year.", { baseline: 5, history: [5] }).A.verdict).toBe("unchecked");
  });

  it.each([
    ["Triple revenue by the end of the year.", "fail"],
    ["Grow revenue by 250% this quarter.", "fail"],
    ["Reduce churn by 100% this year.", "fail"],
    ["Double revenue this year.", "unchecked"], // doubling is the limit, not beyond it
    ["Grow revenue by 150% within three years.", "unchecked"], // a horizon longer than a year
    ["三个月内让销售管道增长三倍。", "fail"],
    ["زيادة خط المبيعات إلى ثلاثة أضعاف خلال ثلاثة أشهر.", "fail"],
  ])("flags red flags without data: %s → %s", (goal, verdict) => {
    expect(smartCheck(goal).A.verdict).toBe(verdict);
  });
});
