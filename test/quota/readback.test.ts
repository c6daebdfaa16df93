import { describe, expect, it } from "vitest";
import { starterPlan, starterWorkbook } from "../../generator/cli/commands/init.js";
import { readWorkbook } from "../../generator/cli/workbook/read.js";
import { type RawRow, WorkbookAssembler } from "../../generator/report/index.js";
import { buildReportModel } from "../../generator/report/pipeline.js";
import { formatProblem } from "../../generator/report/problems.js";
import type { WorkbookData } from "../../generator/report/workbook/data.js";
import type { CellValue } from "../../shared/excel/values.js";
import { planQuota } from "../../shared/quota/plan/plan.js";
import { planWorkbook } from "../../shared/quota/plan/plan-sheet.js";
import type { PlanWorkbookSpec } from "../../shared/quota/plan/sheet-spec.js";
import { choices, d, repsTable, sum } from "./plan-fixtures.js";

/**
 * Issue 18 item 3: a workbook the planner made gives a report whose quota section is the plan. Every expected
 * figure is recomputed here from the plan's spill with plain loops: the year is the row's sum, the quota due by
 * the as-of date the sum of the months passed (the current month pro rata), attainment bookings over that.
 */
const report = (data: WorkbookData, asOf: string) =>
  buildReportModel(data, {
    locale: "en",
    asOf: new Date(`${asOf}T00:00:00Z`),
    generatedAt: new Date("2026-07-01T08:00:00Z"),
    source: { name: "plan.xlsx", sha256: "0".repeat(64) },
  });

const spillOf = (spec: PlanWorkbookSpec) => spec.sheet.cells.find((c) => c.address === "D19")?.spill as number[][];

describe("a planned workbook reads back into the report's quota section", () => {
  it("from goalsheet init's file: the planned year and the planned months due by 2026-06-30", async () => {
    const spec = starterPlan();
    const plan = spillOf(spec);
    const model = report(await readWorkbook(await starterWorkbook()), "2026-06-30");
    // Won deals closed by the as-of date (init-sample.ts): Ana D-001 48,000; Chen D-003 7,500; Dana D-005 26,000.
    const booked = [48_000, 7_500, 26_000, 0];
    const rows = model.quota?.rows ?? [];
    expect(rows.map((r) => r.rep)).toEqual(["Ana Lima", "Chen Wei", "Dana Whitfield", "Omar Haddad"]);
    rows.forEach((row, i) => {
      const months = plan[i] as number[];
      const due = sum(months.slice(0, 6)); // January to June, all of June passed on the 30th
      expect(row).toMatchObject({
        annualQuota: sum(months),
        rampedQuota: sum(months),
        quotaToDate: due,
        bookings: booked[i],
        attainment: (booked[i] as number) / due,
      });
    });
    expect(rows.map((r) => r.ramping)).toEqual([false, false, false, true]);
    expect(model.quota?.team).toMatchObject({ annualQuota: 440_000, rampedQuota: 440_000 });
    // The bookings chart's quota line is the team's planned month.
    expect(model.bookings?.months.map((m) => m.quota)).toEqual(
      Array.from({ length: 12 }, (_, m) => sum(plan.map((row) => row[m] as number))),
    );
  });

  it("from the values a pane-made plan shows: an existing table, a fiscal year from April, mid-month", () => {
    // The Reps table as Excel shows it once the pane's formulas have calculated: the description's values.
    const reps = repsTable([
      ["Ana", "EMEA", null, 3],
      ["Ben", "APAC", d("2026-06-10"), 2],
    ]);
    const result = planQuota(
      reps,
      undefined,
      choices({
        target: 250_000,
        firstMonth: d("2026-04-01"),
        weights: { basis: "column", column: 3 },
        seasonality: { basis: "typed", weights: [5, 5, 10, 7, 7, 10, 8, 8, 12, 9, 9, 10] },
      }),
    );
    if ("problems" in result) throw new Error(result.problems[0]?.message);
    const spec = planWorkbook(result.plan);
    const rows: RawRow[] = [
      { number: 1, cells: [...reps.headers, ...spec.reps.columns.map((c) => c.header)] },
      ...reps.rows.map((row, i) => ({
        number: 2 + i,
        cells: [...row, ...spec.reps.columns.map((c) => (c.values[i] ?? null) as CellValue)],
      })),
    ];
    const assembler = new WorkbookAssembler(
      [
        { name: "Reps", tables: [] },
        { name: "Goals", tables: [] },
        { name: "Settings", tables: [] },
      ],
      false,
    );
    for (const row of rows) assembler.sinkFor("Reps")?.push(row);
    assembler.sinkFor("Goals")?.push({ number: 1, cells: ["Goal"] });
    assembler.sinkFor("Goals")?.push({ number: 2, cells: ["Book 250,000 by March 2027"] });
    assembler.sinkFor("Settings")?.push({ number: 1, cells: ["Setting", "Value"] });
    assembler.sinkFor("Settings")?.push({ number: 2, cells: ["Fiscal year start", 4] });
    const { data, problems } = assembler.finish();
    expect(problems).toEqual([]);
    const model = report(data, "2026-09-15");
    expect(model.period).toEqual({ start: "2026-04-01", end: "2027-03-31" });
    const plan = spillOf(spec);
    // April to August have passed; September is 15 of its 30 days in.
    const due = (months: number[]) => sum(months.slice(0, 5)) + (months[5] as number) * (15 / 30);
    expect(model.quota?.rows.map((r) => [r.rep, r.annualQuota, r.quotaToDate, r.ramping])).toEqual([
      ["Ana", sum(plan[0] as number[]), due(plan[0] as number[]), false],
      ["Ben", sum(plan[1] as number[]), due(plan[1] as number[]), true],
    ]);
    expect(sum(plan.flat())).toBe(250_000);
  });

  it("refuses a Quota that differs from its months, and month columns that are not the whole year", () => {
    const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const refusals = (header: string[], ...rows: CellValue[][]) => {
      const assembler = new WorkbookAssembler(
        [
          { name: "Reps", tables: [] },
          { name: "Goals", tables: [] },
        ],
        false,
      );
      assembler.sinkFor("Reps")?.push({ number: 1, cells: header });
      rows.forEach((cells, i) => {
        assembler.sinkFor("Reps")?.push({ number: 2 + i, cells });
      });
      assembler.sinkFor("Goals")?.push({ number: 1, cells: ["Goal"] });
      assembler.sinkFor("Goals")?.push({ number: 2, cells: ["Book 120,000 in 2026"] });
      return assembler.finish().problems.map(formatProblem);
    };
    const twelve = (x: number) => new Array<CellValue>(12).fill(x);
    // Ana's months add up to her Quota; Ben's Quota was typed over (120,000 planned, 100,000 typed); Cy has no
    // Quota, so his months are his plan.
    expect(
      refusals(
        ["Rep", "Quota", ...months],
        ["Ana", 120_000, ...twelve(10_000)],
        ["Ben", 100_000, ...twelve(10_000)],
        ["Cy", null, ...twelve(5_000)],
        ["Dee", 60_000.01, ...twelve(5_000.000_83)],
      ),
    ).toMatchInlineSnapshot(`
      [
        "Reps!B3: Quota must equal the sum of its months Jan … Dec (120,000), got 100,000 — correct Quota or the months, so the row holds one plan",
      ]
    `);
    // Three month columns would make the other nine months a plan of 0.
    expect(
      refusals(["Rep", "Quota", "Jan", "Feb", "Mar"], ["Ana", 30_000, 10_000, 10_000, 10_000]),
    ).toMatchInlineSnapshot(`
        [
          "Reps: a quota plan needs all twelve month columns Jan … Dec (Apr, May, Jun, Jul, Aug, Sep, Oct, Nov and Dec missing), got Jan, Feb, Mar",
        ]
      `);
  });
});
