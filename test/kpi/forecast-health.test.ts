import { describe, expect, it } from "vitest";
import { isoToSerial } from "../../shared/excel/dates.js";
import { daysLate, dealAgeDays, isSlipped, isStalled } from "../../shared/kpi/deal-health.js";
import { pipelineProjection, runRateProjection } from "../../shared/kpi/forecast.js";
import { PACING_THRESHOLDS, paceStatus } from "../../shared/kpi/pacing.js";

const day = (iso: string) => isoToSerial(iso) as number;

describe("runRateProjection(booked, start, end, asOf)", () => {
  it.each([
    // 2026 has 365 days; 1 Jan – 15 Nov is 319 of them: 1,188,100 × 365 / 319 = 1,359,439.18…
    [1_188_100, "2026-01-01", "2026-12-31", "2026-11-15", (1_188_100 * 365) / 319],
    // Half the days gone, half the target booked: the projection is the target.
    [500, "2026-01-01", "2026-01-10", "2026-01-05", 1000],
    // The first day counts as a whole day: 10 booked on day 1 of 10 → 100.
    [10, "2026-01-01", "2026-01-10", "2026-01-01", 100],
    // After the end, the projection is what was booked (elapsed is capped at the period).
    [700, "2026-01-01", "2026-01-10", "2026-02-01", 700],
  ])("%d booked, %s to %s, as of %s → %d", (booked, start, end, asOf, expected) => {
    expect(runRateProjection(booked, day(start), day(end), day(asOf))).toBeCloseTo(expected, 9);
  });

  it.each([
    [-1, "2026-01-01", "2026-12-31", "2026-06-30", "booked must not be negative, got -1"],
    [1, "2026-12-31", "2026-01-01", "2026-06-30", "end must not be before start (2026-12-31), got 2026-01-01"],
    [1, "2026-01-01", "2026-12-31", "2025-06-30", "as_of must not be before start (2026-01-01), got 2025-06-30"],
  ])("refuses %d, %s to %s as of %s", (booked, start, end, asOf, message) => {
    expect(runRateProjection(booked, day(start), day(end), day(asOf))).toEqual({ error: "#VALUE!", message });
  });
});

describe("pipelineProjection(booked, weightedPipelineDue)", () => {
  it("adds the weighted pipeline due by the end to what is booked", () => {
    expect(pipelineProjection(60_000, 40_000)).toBe(100_000);
  });
  it("refuses a negative weighted pipeline", () => {
    expect(pipelineProjection(1, -5)).toEqual({
      error: "#VALUE!",
      message: "weighted_pipeline must not be negative, got -5",
    });
  });
});

describe("paceStatus(actual, expected, target)", () => {
  it.each([
    [100, 100, 400, "on track"], // exactly at the line
    [90, 100, 400, "at risk"], // 90% of expected is the at-risk floor
    [89.9, 100, 400, "behind"],
    [0, 0, 400, "on track"], // nothing expected yet
    [400, 1000, 400, "on track"], // the target itself is reached
  ] as const)("%d against %d expected (target %d) → %s", (actual, expected, target, status) => {
    expect(paceStatus(actual, expected, target)).toBe(status);
  });
  it("uses the pacing thresholds", () => {
    expect(PACING_THRESHOLDS).toEqual({ onTrack: 1, atRisk: 0.9 });
  });
});

describe("deal health", () => {
  const asOf = day("2026-11-15");
  it("counts a deal's age in whole days from Created to the as-of date", () => {
    expect(dealAgeDays(day("2026-10-16") + 0.7, asOf + 0.2)).toBe(30);
  });
  it("calls a deal stalled only when it is open longer than the typical won cycle", () => {
    expect(isStalled(day("2026-10-16"), asOf, 30)).toBe(false); // 30 days: exactly typical
    expect(isStalled(day("2026-10-15"), asOf, 30)).toBe(true); // 31 days
  });
  it("calls a deal slipped once its expected close date has passed, not on the day itself", () => {
    expect([isSlipped(asOf, asOf), daysLate(asOf, asOf)]).toEqual([false, 0]);
    expect([isSlipped(asOf - 12, asOf), daysLate(asOf - 12, asOf)]).toEqual([true, 12]);
    expect(daysLate(asOf + 3, asOf)).toBe(0);
  });
});
