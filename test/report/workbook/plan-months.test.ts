import { describe, expect, it } from "vitest";
import { WorkbookAssembler } from "../../../generator/report/workbook/data.js";
import type { CellValue } from "../../../shared/excel/values.js";

/** A workbook of Settings, Reps (with the planner's month columns) and Deals, assembled as the reader does. */
function workbook(fiscalYearStart: number | undefined) {
  const sheets: Record<string, CellValue[][]> = {
    Settings: fiscalYearStart === undefined ? [["Currency", "EUR"]] : [["Fiscal year start", fiscalYearStart]],
    Reps: [
      ["Rep", "Quota", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
      ["Ana", 120_000, ...new Array<number>(12).fill(10_000)],
    ],
    Deals: [
      ["Rep", "Outcome", "Amount"],
      ["Ana", "Won", 5_000],
    ],
  };
  const assembler = new WorkbookAssembler(Object.keys(sheets).map((name) => ({ name, tables: [] })));
  for (const [name, rows] of Object.entries(sheets)) {
    const sink = assembler.sinkFor(name);
    rows.forEach((cells, i) => {
      sink?.push({ number: i + 1, cells });
    });
  }
  return assembler.finish();
}

describe("planned month columns and the fiscal year", () => {
  it("says how Jan … Dec are read when the fiscal year does not start in January", () => {
    const { data, problems } = workbook(4);
    expect(problems).toEqual([]);
    expect(data.warnings).toContain(
      "Reps: the month columns are read as the fiscal year's months, April to March (Settings: Fiscal year start) — check that the plan's first month is April",
    );
  });

  it("says nothing when the fiscal year is the calendar year", () => {
    expect(workbook(undefined).data.warnings.filter((w) => w.includes("month columns"))).toEqual([]);
    expect(workbook(1).data.warnings.filter((w) => w.includes("month columns"))).toEqual([]);
  });
});

describe("a rep named on two rows", () => {
  it("is refused at the second row, since bookings are credited by name", async () => {
    const { WorkbookAssembler } = await import("../../../generator/report/workbook/data.js");
    const { formatProblems } = await import("../../../generator/report/problems.js");
    const assembler = new WorkbookAssembler([
      { name: "Reps", tables: [] },
      { name: "Deals", tables: [] },
    ]);
    const sheets: Record<string, CellValue[][]> = {
      Reps: [
        ["Rep", "Region", "Quota"],
        ["Ann", "East", 60_000],
        ["Bo", "West", 60_000],
        ["Ann", "West", 60_000],
      ],
      Deals: [
        ["Rep", "Outcome", "Amount"],
        ["Ann", "Won", 30_000],
      ],
    };
    for (const [name, rows] of Object.entries(sheets))
      rows.forEach((cells, i) => {
        assembler.sinkFor(name)?.push({ number: i + 1, cells });
      });
    expect(formatProblems(assembler.finish().problems)).toEqual([
      'Reps!A4: a rep is named once (row 2 names this rep already; bookings are credited by name, so a second row would count them twice), got "Ann"',
    ]);
  });
});
