import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoToSerial } from "../../shared/excel/dates.js";
import { excel } from "../../shared/functions.js";
import { activityPlan } from "../../shared/kpi/activity.js";
import { attainment, PACING_THRESHOLDS, pacing, todaySerial } from "../../shared/kpi/pacing.js";

const col = (...values: unknown[]) => values.map((v) => [v]);
const day = (iso: string) => isoToSerial(iso) as number;

describe("ACTIVITYPLAN(target, conversion_rates, [deal_size], [order])", () => {
  it("back-solves 14 deals at 40/50/35/10% to 35 / 70 / 200 / 2,000 (docs/domain.md)", () => {
    expect(excel.ACTIVITYPLAN(14, col(0.4, 0.5, 0.35, 0.1))).toEqual(col(35, 70, 200, 2000));
  });

  it('takes the rates in funnel order with order "top first" and keeps each count beside its rate', () => {
    expect(excel.ACTIVITYPLAN(14, [[0.1, 0.35, 0.5, 0.4]], undefined, "top first")).toEqual([[2000, 200, 70, 35]]);
  });

  it("turns a revenue target into deals with a deal size, rounding up: 340,000 / 25,000 → 14 deals", () => {
    expect(excel.ACTIVITYPLAN(340_000, col("40%", "50%", "35%", "10%"), 25_000)).toEqual(col(35, 70, 200, 2000));
  });

  it("rounds each stage up to whole activities: 10 deals at 30% need 34 proposals", () => {
    expect(excel.ACTIVITYPLAN(10, col(0.3))).toEqual(col(34));
  });

  it.each([
    [[14, col(0.4, 1.5)], "conversion_rates row 2 must be more than 0 and at most 1, got 1.5"],
    [[14, col(0.4, 1.2)], "conversion_rates row 2 must be more than 0 and at most 1, got 1.2"],
    [[14, col(0.4, "often")], 'conversion_rates row 2 must be a number, got "often"'],
    [[-3, col(0.4)], "deals must not be negative, got -3"],
    [[1000, col(0.4), -5], "deal_size must be more than 0, got -5"],
    [[14, col(0.4), undefined, "sideways"], 'order must be one of "close first", "top first"; got "sideways"'],
  ])("ACTIVITYPLAN(%j) → #VALUE!", (args, message) => {
    expect(excel.ACTIVITYPLAN(...args)).toEqual({ error: "#VALUE!", message });
  });

  it("always plans at least enough: count × rate covers the next stage (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
        (deals, rates) => {
          const counts = activityPlan(deals, rates) as number[];
          let next = deals;
          for (const [i, count] of counts.entries()) {
            expect(Number.isInteger(count)).toBe(true);
            expect(count * (rates[i] as number)).toBeGreaterThanOrEqual(next - 1e-6);
            next = count;
          }
        },
      ),
    );
  });
});

describe("ATTAINMENT(actual, target)", () => {
  it.each([
    // docs/domain.md: a rep on 862.5K quota (15M × 115% / 20) who closes 862.5K attains 100%.
    [862_500, 862_500, 1],
    [431_250, 862_500, 0.5],
    [1_035_000, 862_500, 1.2],
  ])("ATTAINMENT(%d, %d) = %d", (actual, target, expected) => {
    expect(excel.ATTAINMENT(actual, target)).toBeCloseTo(expected, 12);
  });

  it.each([
    [[10, 0], { error: "#DIV/0!", message: "target is 0: there is nothing to attain" }],
    [[10, -5], { error: "#VALUE!", message: "target must not be negative, got -5" }],
  ])("error %#: %j", (args, expected) => {
    expect(excel.ATTAINMENT(...args)).toEqual(expected);
  });

  it("is actual / target for the pure core too", () => {
    expect(attainment(3, 4)).toBe(0.75);
  });
});

describe("PACING(actual, target, start, deadline, [as_of])", () => {
  // 2026-01-01 → 2026-12-31 is 364 days; 2026-07-02 is day 182, exactly half way.
  const [start, deadline, half] = ["2026-01-01", "2026-12-31", "2026-07-02"];

  it.each([
    ["ahead of the line", 520_000, "on track"],
    ["exactly on the line", 500_000, "on track"],
    ["at 90% of expected", 450_000, "at risk"],
    ["just under 90%", 449_999, "behind"],
    ["at 80% of expected", 400_000, "behind"],
  ])("%s: expects 500,000 by mid-year", (_name, actual, status) => {
    expect(excel.PACING(actual, 1_000_000, start, deadline, half)).toEqual([[500_000, status]]);
  });

  it("accepts Excel serials as well as ISO text", () => {
    expect(excel.PACING(10, 100, day(start), day(deadline), day(half))).toEqual([[50, "behind"]]);
  });

  it("expects nothing before the start and the whole target after the deadline", () => {
    expect(excel.PACING(0, 100, start, deadline, "2025-12-01")).toEqual([[0, "on track"]]);
    expect(excel.PACING(95, 100, start, deadline, "2027-03-01")).toEqual([[100, "at risk"]]);
    expect(excel.PACING(100, 100, start, deadline, "2026-02-01")).toEqual([[expect.any(Number), "on track"]]);
  });

  it("defaults as_of to today", () => {
    const result = excel.PACING(0, 364, "2000-01-01", "2000-12-30") as number[][];
    expect(result[0]?.[0]).toBe(364); // every day since 2000 has passed the deadline
    expect(todaySerial(new Date(2026, 6, 2, 23, 30))).toBe(day(half));
  });

  it.each([
    [
      [1, 100, "2026-12-31", "2026-01-01", half],
      { error: "#VALUE!", message: "deadline must be after start (2026-12-31), got 2026-01-01" },
    ],
    [
      [1, 100, "31/12/2026", deadline, half],
      {
        error: "#VALUE!",
        message: 'start must be a date (an Excel date or ISO text such as 2026-06-30), got "31/12/2026"',
      },
    ],
    [[1, 0, start, deadline, half], { error: "#VALUE!", message: "target must be more than 0, got 0" }],
    [[1, 100, start], { error: "#VALUE!", message: "deadline is required" }],
  ])("error %#", (args, expected) => {
    expect(excel.PACING(...args)).toEqual(expected);
  });

  it("documents its thresholds and reports elapsed share and pace in the pure core", () => {
    expect(PACING_THRESHOLDS).toEqual({ onTrack: 1, atRisk: 0.9 });
    expect(pacing(400, 1000, day(start), day(deadline), day(half))).toEqual({
      expected: 500,
      elapsed: 0.5,
      pace: 0.8,
      status: "behind",
    });
  });

  it("keeps the elapsed share in [0, 1] and the status consistent with the pace (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2e6, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.integer({ min: 40_000, max: 50_000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 39_000, max: 52_000 }),
        (actual, target, begin, length, asOf) => {
          const p = pacing(actual, target, begin, begin + length, asOf);
          if (!("status" in p)) throw new Error(p.message);
          expect(p.elapsed).toBeGreaterThanOrEqual(0);
          expect(p.elapsed).toBeLessThanOrEqual(1);
          if (p.status === "behind") expect(p.pace).toBeLessThan(PACING_THRESHOLDS.atRisk);
          if (p.pace !== undefined && p.pace >= 1) expect(p.status).toBe("on track");
        },
      ),
    );
  });
});
