import { describe, expect, it } from "vitest";
import { planQuota, type QuotaPlan } from "../../shared/quota/plan/plan.js";
import type { DealsSource, PlanChoices, RepsSource } from "../../shared/quota/plan/plan-input.js";
import { choices, d, dealsTable, repsTable, sum } from "./plan-fixtures.js";

function plan(reps: RepsSource, c: PlanChoices, deals?: DealsSource): QuotaPlan {
  const result = planQuota(reps, deals, c);
  if ("problems" in result) throw new Error(result.problems.map((p) => p.message).join("\n"));
  return result.plan;
}

describe("planQuota(reps, deals, choices)", () => {
  it("ramps a rep who starts in March 25/50/75% and gives the capacity they lack to the others", () => {
    // 120,000 flat = 10 units a month; two equal reps, Ben starts 2026-03-15.
    // Exact shares (units): Ana 10, 10, 10/1.25 = 8, 10/1.5 = 6.667, 10/1.75 = 5.714, then 5 × 7 = 35 → 75.381;
    // Ben 0, 0, 2, 3.333, 4.286, then 35 → 44.619. Largest remainder on the year: 75 + 44 = 119, the unit left
    // goes to Ben (.619 > .381): Ana 75,000, Ben 45,000.
    const p = plan(
      repsTable([
        ["Ana", "EMEA", null, 1],
        ["Ben", "APAC", d("2026-03-15"), 1],
      ]),
      choices(),
    );
    expect(p.capacity[1]).toEqual([0, 0, 0.25, 0.5, 0.75, 1, 1, 1, 1, 1, 1, 1]);
    expect(p.capacity[0]).toEqual(new Array(12).fill(1));
    expect(p.quotas.map((row) => sum(row))).toEqual([75_000, 45_000]);
    expect(p.quotas[1]?.slice(0, 2)).toEqual([0, 0]);
    // Every month is the team's tenth of the year: nothing is lost to the ramp.
    for (let m = 0; m < 12; m++) expect((p.quotas[0]?.[m] ?? 0) + (p.quotas[1]?.[m] ?? 0)).toBe(10_000);
  });

  it("continues a ramp that began before the plan year", () => {
    // Started 2025-11-20: Nov 25%, Dec 50%, Jan 75%, then 100%.
    const p = plan(repsTable([["Ana", null, d("2025-11-20"), 1]]), choices());
    expect(p.capacity[0]?.slice(0, 3)).toEqual([0.75, 1, 1]);
  });

  it("follows a custom ramp schedule, 100% after its last month", () => {
    const p = plan(
      repsTable([
        ["Ana", null, null, 1],
        ["Ben", null, d("2026-02-01"), 1],
      ]),
      choices({ rampSchedule: [0, 0.2, 0.4, 0.6, 0.8] }),
    );
    expect(p.capacity[1]).toEqual([0, 0, 0.2, 0.4, 0.6, 0.8, 1, 1, 1, 1, 1, 1]);
  });

  it("weights reps by a column, blank as 0, and adds the cushion exactly", () => {
    // 100,000 × 1.15 = 115,000 = 115 units shared 3 : 2 : 0 → 69 and 46 units.
    const p = plan(
      repsTable([
        ["Ana", null, null, 3],
        ["Ben", null, null, 2],
        ["Cy", null, null, null],
      ]),
      choices({ target: 100_000, cushion: 1.15, weights: { basis: "column", column: 3 } }),
    );
    expect(p.weights).toEqual([3, 2, 0]);
    expect(p.quotas.map((row) => sum(row))).toEqual([69_000, 46_000, 0]);
    expect(sum(p.quotas.flat())).toBe(115_000);
  });

  it("takes weights and seasonality from last year's won bookings, counted as SUMIFS counts them", () => {
    const deals = dealsTable([
      ["Ana", 30_000, d("2025-03-10"), "Won"],
      ["ana", 10_000, d("2025-03-31"), "closed won"], // another won label, and the name in another case
      ["Ben", 20_000, d("2025-07-01"), "Won"],
      ["Ben", 50_000, d("2025-07-02"), "Lost"], // not won
      ["Ben", 99_000, d("2024-12-31"), "Won"], // the year before last
      ["Ben", 99_000, d("2026-01-01"), "Won"], // this year
      ["Ana", "n/a", d("2025-05-05"), "Won"], // not a number: SUMIFS skips it
      ["Ana", 5_000, "2025-05-05", "Won"], // a date typed as text: SUMIFS skips it
    ]);
    const p = plan(
      repsTable([
        ["Ana", null, null, null],
        ["Ben", null, null, null],
      ]),
      choices({ weights: { basis: "bookings" }, seasonality: { basis: "bookings" } }),
      deals,
    );
    expect(p.wonLabels).toEqual(["Won", "closed won"]);
    expect(p.weights).toEqual([40_000, 20_000]);
    expect(p.seasonality).toEqual([0, 0, 40_000, 0, 0, 0, 20_000, 0, 0, 0, 0, 0]);
    // 120 units: March 80, July 40; Ana two thirds of each: 53.333 and 26.667 (80 in all), Ben 26.667 and 13.333.
    // Ana's row rounds 53 + 26 = 79 and gives the last unit to the larger fraction (July): 53, 27. That leaves
    // March a third of a unit short, so Ben's March ranks .667 + .333 above July's .333 − .333: 27, 13. Months
    // stay whole (80 and 40 units).
    expect(p.quotas).toEqual([
      [0, 0, 53_000, 0, 0, 0, 27_000, 0, 0, 0, 0, 0],
      [0, 0, 27_000, 0, 0, 0, 13_000, 0, 0, 0, 0, 0],
    ]);
  });

  it("keeps every rep's year and the grand total exact, each cell within a unit of its exact share", () => {
    const season = [7, 7, 10, 8, 8, 10, 7, 6, 10, 8, 8, 11];
    const weights = [1, 1, 1.2, 0.8];
    const p = plan(
      repsTable([
        ["Ana", null, null, 1],
        ["Chen", null, null, 1],
        ["Dana", null, null, 1.2],
        ["Omar", null, d("2026-03-01"), 0.8],
      ]),
      choices({
        target: 400_000,
        cushion: 1.1,
        weights: { basis: "column", column: 3 },
        seasonality: { basis: "typed", weights: season },
      }),
    );
    expect(sum(p.quotas.flat())).toBe(440_000);
    // Exact shares with plain loops: month m carries 440 units × season/100, shared by weight × capacity.
    const capacity = [
      new Array(12).fill(1),
      new Array(12).fill(1),
      new Array(12).fill(1),
      [0, 0, 0.25, 0.5, 0.75, 1, 1, 1, 1, 1, 1, 1],
    ];
    for (let m = 0; m < 12; m++) {
      let total = 0;
      for (let i = 0; i < 4; i++) total += (weights[i] as number) * (capacity[i]?.[m] as number);
      for (let i = 0; i < 4; i++) {
        const exact =
          (((440 * (season[m] as number)) / 100) * ((weights[i] as number) * (capacity[i]?.[m] as number))) / total;
        const cell = (p.quotas[i]?.[m] as number) / 1000;
        expect(Number.isInteger(cell)).toBe(true);
        expect(Math.abs(cell - exact)).toBeLessThan(1);
      }
    }
  });
});
