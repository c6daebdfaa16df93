import { describe, expect, it } from "vitest";
import { planQuota } from "../../shared/quota/plan/plan.js";
import type { DealsSource, PlanChoices, RepsSource } from "../../shared/quota/plan/plan-input.js";
import { choices, d, dealsTable, repsTable } from "./plan-fixtures.js";

/** The messages the form shows next to each field, in order. */
function refusals(reps: RepsSource, c: Partial<PlanChoices> = {}, deals?: DealsSource): string[] {
  const result = planQuota(reps, deals, choices(c));
  return "problems" in result ? result.problems.map((p) => `${p.field}: ${p.message}`) : [];
}

const twoReps = repsTable([
  ["Ana", "EMEA", null, 1],
  ["Ben", "APAC", d("2026-03-01"), 2],
]);

describe("the planner refuses a plan it cannot write, with the rule", () => {
  it("accepts a good plan", () => {
    expect(refusals(twoReps)).toEqual([]);
  });

  it("refuses no reps", () => {
    expect(refusals(repsTable([]))).toMatchInlineSnapshot(`
      [
        "reps: Reps must list at least one rep, got none",
      ]
    `);
  });

  it("refuses a negative or zero target, a zero unit and a cushion outside 100–200%", () => {
    expect(refusals(twoReps, { target: -400_000, unit: 0, cushion: 2.5 })).toMatchInlineSnapshot(`
      [
        "target: Team target must be more than 0, got -400000",
        "unit: Rounding unit must be more than 0, got 0",
        "cushion: Cushion must be between 100% and 200%, got 250%",
      ]
    `);
    expect(refusals(twoReps, { target: 0 })).toEqual(["target: Team target must be more than 0, got 0"]);
  });

  it("refuses weights that are all zero, naming the basis", () => {
    const zero = repsTable([
      ["Ana", null, null, 0],
      ["Ben", null, null, null],
    ]);
    expect(refusals(zero, { weights: { basis: "column", column: 3 } })).toMatchInlineSnapshot(`
      [
        "weights: Weights must include at least one above 0, got all 0 (Weight column)",
      ]
    `);
    const lostOnly = dealsTable([
      ["Ana", 5000, d("2025-04-01"), "Won"],
      ["Ben", 9000, d("2025-04-01"), "Lost"],
    ]);
    expect(
      refusals(repsTable([["Ben", null, null, null]]), { weights: { basis: "bookings" } }, lostOnly),
    ).toMatchInlineSnapshot(`
      [
        "weights: Weights must include at least one above 0, got all 0 (no won deals closed 2025-01-01 to 2025-12-31)",
      ]
    `);
  });

  it("refuses a start date after the plan year, and a month no rep can carry", () => {
    const late = repsTable([["Ana", null, d("2027-02-01"), 1]]);
    expect(refusals(late)).toMatchInlineSnapshot(`
      [
        "startDates: Reps!C2: Start date must be on or before the plan's last day (2026-12-31), got 2027-02-01 for Ana",
      ]
    `);
    const allNew = repsTable([
      ["Ana", null, d("2026-03-01"), 1],
      ["Ben", null, d("2026-04-01"), 1],
    ]);
    expect(refusals(allNew)).toMatchInlineSnapshot(`
      [
        "startDates: Jan 2026 has no rep to carry its quota: every rep with a weight above 0 starts later",
        "startDates: Feb 2026 has no rep to carry its quota: every rep with a weight above 0 starts later",
      ]
    `);
    // A date typed in the form replaces the table's, and is checked the same way (no cell to name).
    expect(refusals(twoReps, { startDates: [null, d("2027-01-01")] })).toEqual([
      "startDates: Start date must be on or before the plan's last day (2026-12-31), got 2027-01-01 for Ben",
    ]);
  });

  it("names the cell of a blank or repeated rep and of a weight that is not a number", () => {
    const bad = repsTable([
      ["Ana", null, null, 1],
      [null, null, null, 1],
      ["ana ", null, null, "lots"],
      ["Cy", null, "soon", -2],
    ]);
    expect(refusals(bad, { weights: { basis: "column", column: 3 } })).toMatchInlineSnapshot(`
      [
        "reps: Reps!A3: Rep must be a name, got blank",
        "reps: Reps!A4: Rep names must be unique, got "ana" again (first at Reps!A2)",
      ]
    `);
    const badValues = repsTable([
      ["Ana", null, null, 1],
      ["Ben", null, "soon", "lots"],
      ["Cy", null, null, -2],
    ]);
    expect(refusals(badValues, { weights: { basis: "column", column: 3 } })).toMatchInlineSnapshot(`
      [
        "startDates: Reps!C3: Start date must be a date, got "soon"",
        "weights: Reps!D3: Weight must be a number of at least 0, got "lots"",
        "weights: Reps!D4: Weight must be a number of at least 0, got -2",
      ]
    `);
  });

  it("refuses weights from the columns the plan writes, and names SUMIFS wildcards in rep names", () => {
    const withQuota = repsTable([["Ana", null, null, 1, 90_000]], {
      headers: ["Rep", "Region", "Start date", "Weight", "Quota"],
      columns: { rep: 0, region: 1, startDate: 2, weight: 3, quota: 4, months: [] },
    });
    expect(refusals(withQuota, { weights: { basis: "column", column: 4 } })).toEqual([
      "weights: Weights cannot come from the Quota column, which the plan writes",
    ]);
    const deals = dealsTable([["Ana*", 5000, d("2025-04-01"), "Won"]]);
    expect(refusals(repsTable([["Ana*", null, null, null]]), { weights: { basis: "bookings" } }, deals)).toEqual([
      'weights: Reps!A2: Rep must not contain * ? ~ or start with = < > when weights come from bookings, got "Ana*"',
    ]);
  });

  it("refuses seasonality it cannot use and bookings without deals", () => {
    expect(refusals(twoReps, { seasonality: { basis: "typed", weights: [1, 2, 3] } })).toEqual([
      "seasonality: Seasonality needs 12 month weights, got 3",
    ]);
    expect(refusals(twoReps, { seasonality: { basis: "typed", weights: new Array(12).fill(0) } })).toEqual([
      "seasonality: Seasonality must include at least one month above 0, got all 0",
    ]);
    expect(refusals(twoReps, { seasonality: { basis: "bookings" } })).toEqual([
      "seasonality: Last year's bookings need a Deals table with Rep, Amount, Closed and Outcome columns, got none",
    ]);
    const thisYearOnly = dealsTable([["Ana", 5000, d("2026-02-01"), "Won"]]);
    expect(refusals(twoReps, { seasonality: { basis: "bookings" } }, thisYearOnly)).toEqual([
      "seasonality: Seasonality must include at least one month above 0, got all 0 (no won deals closed 2025-01-01 to 2025-12-31): choose flat or typed",
    ]);
  });

  it("refuses a ramp schedule outside 0–100% or longer than the year", () => {
    expect(refusals(twoReps, { rampSchedule: [0.5, 1.5] })).toEqual([
      "ramp: Ramp schedule month 2 must be between 0% and 100%, got 150%",
    ]);
    expect(refusals(twoReps, { rampSchedule: new Array(13).fill(0.5) })).toEqual([
      "ramp: Ramp schedule must have at most 12 months, got 13",
    ]);
  });
});
