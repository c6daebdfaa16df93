import { afterAll, describe, expect, it } from "vitest";
import { SAMPLE_PLAN, SAMPLE_REPS } from "../../generator/cli/commands/init-sample.js";
import type { CellValue } from "../../shared/excel/values.js";
import { columnLetters } from "../../shared/quota/plan/a1.js";
import { planQuota, type QuotaPlan } from "../../shared/quota/plan/plan.js";
import { type DealsSource, newRepsSource, type RepsSource } from "../../shared/quota/plan/plan-input.js";
import { planWorkbook } from "../../shared/quota/plan/plan-sheet.js";
import type { PlanWorkbookSpec, Scalar } from "../../shared/quota/plan/sheet-spec.js";
import { formulaCells } from "./formula-cells.js";
import { type Recalculated, recalculate } from "./hyperformula-book.js";
import { choices, d, dealsTable, repsTable } from "./plan-fixtures.js";

/**
 * One implementation, two evaluations: the description caches what the core computes (planQuota, QUOTASPLIT);
 * HyperFormula recalculates every formula the planner writes (weights, SUMIFS bookings, the ramp grid, the
 * split, subtotals, the Reps columns). Every formula cell must come out as its cached value, so a workbook reads
 * the same before and after Excel recalculates it.
 */

function planOf(reps: RepsSource, deals: DealsSource | undefined, c: Parameters<typeof planQuota>[2]): QuotaPlan {
  const result = planQuota(reps, deals, c);
  if ("problems" in result) throw new Error(result.problems.map((p) => p.message).join("\n"));
  return result.plan;
}

/** Equal as Excel shows numbers: to 15 significant digits (the engines may differ in the 17th). */
const same = (a: CellValue, b: Scalar) =>
  typeof a === "number" && typeof b === "number" ? Number(a.toPrecision(15)) === Number(b.toPrecision(15)) : a === b;

/** Every formula cell of the description whose recalculated value differs from its cached value. */
function disagreements(spec: PlanWorkbookSpec, book: Recalculated): string[] {
  const cells = formulaCells(spec);
  const out = cells
    .filter((c) => !same(book.value(c.sheet, c.address), c.cached))
    .map((c) => `${c.sheet}!${c.address}: cached ${c.cached}, recalculated ${book.value(c.sheet, c.address)}`);
  if (new Set(cells.map((c) => c.formula)).size < 20) out.push("fewer than 20 formulas checked");
  return out;
}

const books: Recalculated[] = [];
function agree(reps: RepsSource, deals: DealsSource | undefined, c: Parameters<typeof planQuota>[2]) {
  const plan = planOf(reps, deals, c);
  const spec = planWorkbook(plan);
  const book = recalculate(spec, reps, deals);
  books.push(book);
  return { plan, spec, book, wrong: disagreements(spec, book) };
}
afterAll(() => {
  for (const b of books) b.destroy();
});

describe("the planner's formulas recalculate to the core's numbers (HyperFormula)", () => {
  it("a fiscal year from April, a custom ramp and a cushion: a table worked by hand", () => {
    // 100,000 × 1.2 = 120 units of 1,000. Seasonality 2,1,…,1,0 (April double, March nothing): April 20 units,
    // May to February 10 each. Ana weighs 2 and is ramped; Ben weighs 1 and starts 2026-05-10 at 50%, then 100%.
    // April: Ana alone, 20. May: 2 : 0.5 → Ana 8, Ben 2. June–February: 2 : 1 → 6.667 and 3.333.
    // Ana's year 20 + 8 + 9 × 6.667 = 88 units; Ben 2 + 9 × 3.333 = 32. Ana's row: floors 20, 8, 6 × 9 = 82, the
    // 6 units left go to the first six of the equal fractions (June–November: 7); December–February stay 6,
    // each 2/3 of a unit short. Ben's row: floors 0, 2, 3 × 9 = 29; the 3 units left go where Ana's row left
    // the team short (fraction 1/3 + 2/3 beats 1/3 − 1/3): December–February get 4.
    const reps = repsTable([
      ["Ana", "EMEA", null, 2],
      ["Ben", "APAC", d("2026-05-10"), 1],
    ]);
    const { spec, book, wrong } = agree(
      reps,
      undefined,
      choices({
        target: 100_000,
        cushion: 1.2,
        firstMonth: d("2026-04-01"),
        rampSchedule: [0.5],
        weights: { basis: "column", column: 3 },
        seasonality: { basis: "typed", weights: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0] },
      }),
    );
    expect(wrong).toEqual([]);
    const row = (r: number, from: string, to: string) => {
      const out: CellValue[] = [];
      const first = from.charCodeAt(0) - 65;
      const last = to.charCodeAt(0) - 65;
      for (let c = first; c <= last; c++) out.push(book.value("Quota", `${String.fromCharCode(65 + c)}${r}`));
      return out;
    };
    //                       Apr     May    Jun    Jul    Aug    Sep    Oct    Nov    Dec    Jan    Feb    Mar
    expect(row(19, "D", "O")).toEqual([20e3, 8e3, 7e3, 7e3, 7e3, 7e3, 7e3, 7e3, 6e3, 6e3, 6e3, 0]);
    expect(row(20, "D", "O")).toEqual([0, 2e3, 3e3, 3e3, 3e3, 3e3, 3e3, 3e3, 4e3, 4e3, 4e3, 0]);
    // Fiscal quarters (Apr–Jun, Jul–Sep, Oct–Dec, Jan–Mar) and the year.
    expect(row(19, "P", "T")).toEqual([35e3, 21e3, 20e3, 12e3, 88e3]);
    expect(row(20, "P", "T")).toEqual([5e3, 9e3, 10e3, 8e3, 32e3]);
    expect(row(18, "D", "T")).toEqual([20e3, ...new Array(10).fill(10e3), 0, 40e3, 30e3, 30e3, 20e3, 120e3]);
    expect(book.value("Quota", "B9")).toBe(120e3);
    expect(book.value("Quota", "B10")).toBe(0);
    expect(row(20, "V", "Y")).toEqual([0, 0.5, 1, 1]);
    // The Reps month columns follow the calendar: Jan is the plan's tenth month, Apr its first.
    const janColumn = spec.reps.columns.find((c) => c.header === "Jan")?.column as number;
    const aprColumn = spec.reps.columns.find((c) => c.header === "Apr")?.column as number;
    expect([
      book.value("Reps", `${columnLetters(janColumn)}2`),
      book.value("Reps", `${columnLetters(aprColumn)}2`),
    ]).toEqual([6e3, 20e3]);
    expect(book.value("Reps", `${columnLetters(janColumn)}3`)).toBe(4e3);
  });

  it("goalsheet init's starter plan", () => {
    const { wrong } = agree(newRepsSource(SAMPLE_REPS), undefined, SAMPLE_PLAN);
    expect(wrong).toEqual([]);
  });

  it("weights and seasonality from last year's won bookings (SUMIFS), a remainder below the unit", () => {
    const deals = dealsTable([
      ["Ana", 30_000, d("2025-03-10"), "Won"],
      ["ana", 10_000, d("2025-03-31"), "closed won"],
      ["Ben", 20_000, d("2025-07-01"), "Won"],
      ["Ben", 12_500, d("2025-11-30"), "WON"],
      ["Ben", 50_000, d("2025-07-02"), "Lost"],
      ["Ben", 99_000, d("2024-12-31"), "Won"],
      ["Ben", 99_000, d("2026-01-01"), "Won"],
      ["Ana", "n/a", d("2025-05-05"), "Won"],
      ["Ana", 5_000, "2025-05-05", "Won"],
      ["Cy*", 1_000, d("2025-02-02"), "Won"],
    ]);
    const { plan, wrong } = agree(
      repsTable([
        ["Ana", null, null, null],
        ["Ben", null, d("2025-12-01"), null],
        ["Dee", null, null, null],
      ]),
      deals,
      choices({
        target: 123_456.78,
        cushion: 1.05,
        weights: { basis: "bookings" },
        seasonality: { basis: "bookings" },
      }),
    );
    expect(plan.weights).toEqual([40_000, 32_500, 0]);
    expect(wrong).toEqual([]);
  });

  it("a plain range on a sheet whose name needs quotes, with its own Quota and month columns", () => {
    const reps: RepsSource = {
      sheet: "Team plan",
      headerRow: 3,
      firstColumn: 2,
      headers: ["Name", "Potential", "Start", "Quota", "Jan", "Feb", "Mar", "Apr", "May", "Jun"],
      rows: [
        ["Ana", 5, null, 1, 1, 1, 1, 1, 1, 1],
        ["Ben", 3, d("2026-02-14"), null, null, null, null, null, null, null],
        ["Cy", 0, null, null, null, null, null, null, null, null],
      ],
      columns: { rep: 0, weight: 1, startDate: 2, quota: 3, months: [4, 5, 6, 7, 8, 9] },
    };
    const { wrong } = agree(
      reps,
      undefined,
      choices({ target: 250_000, unit: 500, cushion: 1.1, weights: { basis: "column", column: 1 } }),
    );
    expect(wrong).toEqual([]);
  });
});

describe("the recalculated sheet answers a manager's edits as the core does", () => {
  it("a new target in Quota_Target gives the core's plan for that target", () => {
    const reps = newRepsSource(SAMPLE_REPS);
    const { book } = agree(reps, undefined, SAMPLE_PLAN);
    book.set("Quota", "B5", 512_345);
    const again = planOf(reps, undefined, { ...SAMPLE_PLAN, target: 512_345 });
    const recalculated = again.quotas.map((row, i) =>
      row.map((_, m) => book.value("Quota", `${columnLetters(4 + m)}${19 + i}`)),
    );
    expect(recalculated).toEqual(again.quotas);
  });

  it("weights all set to 0 or a ramp capacity typed as text are refused in the cell, not rescaled", () => {
    const reps = newRepsSource(SAMPLE_REPS);
    const { book } = agree(reps, undefined, SAMPLE_PLAN);
    for (const r of [2, 3, 4, 5]) book.set("Reps", `D${r}`, 0);
    expect(book.error("Quota", "D19")).toMatch(
      /^#VALUE! .*weights must include at least one weight above 0, got all 0/,
    );
    expect(book.error("Quota", "T18")).toMatch(/^#VALUE!/);
    for (const r of [2, 3, 4, 5]) book.set("Reps", `D${r}`, 1);
    expect(book.error("Quota", "D19")).toBeUndefined();
    book.set("Quota", "C13", "half");
    expect(book.error("Quota", "D19")).toMatch(/^#VALUE! .*ramp/);
  });
});
