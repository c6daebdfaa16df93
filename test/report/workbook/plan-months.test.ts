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
