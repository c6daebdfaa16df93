import { describe, expect, it } from "vitest";
import { checkGoals } from "../../addin/taskpane/check-goals.js";
import { officeCell, rowsOfRange } from "../../addin/taskpane/excel-workbook.js";
import { argumentFor, formulaFor } from "../../addin/taskpane/formula.js";
import { reportFromWorkbook } from "../../addin/taskpane/report.js";
import { loadLabels, loadTemplates } from "../../generator/cli/load-templates.js";
import { buildReportModel, renderReportHtml } from "../../generator/report/pipeline.js";
import { WorkbookAssembler } from "../../generator/report/workbook/data.js";
import { excel } from "../../shared/functions.js";

describe("formulaFor(fn, args)", () => {
  it.each([
    [["A2:A9"], "=GOALS.WINRATE(A2:A9)"],
    [["A2:A9", "", '"broad"'], '=GOALS.WINRATE(A2:A9, , "broad")'],
    [["A2:A9", "B2:B9", ""], "=GOALS.WINRATE(A2:A9, B2:B9)"],
    [[" A2:A9 "], "=GOALS.WINRATE(A2:A9)"],
  ])("%j → %s", (args, formula) => {
    expect(formulaFor(excel.WINRATE, args)).toEqual({ formula });
  });

  it("names a missing required argument", () => {
    expect(formulaFor(excel.WINRATE, ["", "B2:B9"])).toEqual({
      problem: "GOALS.WINRATE: outcomes is required, got nothing",
    });
  });
});

describe("argumentFor(typed, excelType)", () => {
  it.each([
    ["broad", "string", '"broad"'],
    ['"broad"', "string", '"broad"'],
    ['say "hi"', "string", '"say ""hi"""'],
    ["B2", "string", "B2"],
    ["'Q3 deals'!B2:B9", "string", "'Q3 deals'!B2:B9"],
    ["0.25", "string", "0.25"],
    ["Deals!B2:B9", "any[][]", "Deals!B2:B9"],
    ["", "string", ""],
  ])("%s as %s → %s", (typed, type, out) => {
    expect(argumentFor(typed, type)).toBe(out);
  });
});

describe("officeCell(value, type, format, date1904)", () => {
  it.each([
    ["", "Empty", "General", false, null],
    ["Won", "String", "General", false, "Won"],
    [42, "Double", "General", false, 42],
    [7, "Integer", "0", false, 7],
    [true, "Boolean", "General", false, true],
    // 45292 is 2024-01-01 in the 1900 system; the 1904 system counts 1462 days fewer for the same day.
    [43830, "Double", "yyyy-mm-dd", true, 45292],
    [43830, "Double", "0.00", true, 43830],
  ])("%j (%s, %s, 1904=%s) → %j", (value, type, format, d1904, out) => {
    expect(officeCell(value, type, format, d1904)).toEqual(out);
  });

  it("turns an error cell into a core error naming the code", () => {
    expect(officeCell("#DIV/0!", "Error", "General", false)).toEqual({
      error: "#DIV/0!",
      message: "the cell holds the error #DIV/0!",
    });
  });
});

describe("rowsOfRange(range)", () => {
  it("numbers rows as on the sheet and pads the columns left of the range", () => {
    const rows = rowsOfRange(
      {
        values: [["Outcome"], ["Won"]],
        valueTypes: [["String"], ["String"]],
        numberFormat: [["General"], ["General"]],
        rowIndex: 2,
        columnIndex: 1,
      },
      false,
    );
    expect(rows).toEqual([
      { number: 3, cells: [null, "Outcome"] },
      { number: 4, cells: [null, "Won"] },
    ]);
  });
});

describe("checkGoals(smartcheck, selection)", () => {
  it("says so when the build has no SMARTCHECK", () => {
    expect(checkGoals(undefined, [["Grow revenue 10% by June."]])).toEqual({
      kind: "unavailable",
      message: "SMART checks are not in this build of Goalsheet yet.",
    });
  });

  it("asks for a selection when no cell holds a goal", () => {
    expect(checkGoals(excel.WINRATE, [[""], [null]])).toEqual({
      kind: "error",
      message: "Select the cells that hold goal statements, then choose Check goals.",
    });
  });
});

describe("reportFromWorkbook(data, name, now)", () => {
  it("renders the same HTML as the CLI's templates read from disk", async () => {
    const assembler = new WorkbookAssembler([{ name: "Deals", tables: [] }]);
    const sink = assembler.sinkFor("Deals");
    const rows = [
      ["Rep", "Outcome"],
      ["Ann", "Won"],
      ["Bob", "Lost"],
    ];
    for (const [i, cells] of rows.entries()) sink?.push({ number: i + 1, cells });
    const { data, problems } = assembler.finish();
    expect(problems).toEqual([]);
    const now = new Date("2026-06-30T12:00:00Z");
    const pane = await reportFromWorkbook(data, "deals.xlsx", now, "en-US");
    const labels = await loadLabels("en");
    const model = buildReportModel(data, {
      locale: "en",
      asOf: now,
      generatedAt: now,
      source: pane.model.source,
      title: labels.reportTitle ?? "Goal report",
    });
    expect(pane.model).toEqual(model);
    const cli = await renderReportHtml(model, await loadTemplates(), labels);
    // Vitest blanks CSS imports (even ?raw) in Node, so the stylesheet and its CSP hash are compared in the
    // Chromium test of the built pane instead; everything else must match byte for byte.
    const withoutCss = (html: string) =>
      html.replace(/<style>[\s\S]*?<\/style>/, "<style></style>").replace(/sha256-[A-Za-z0-9+/]+(=|&#x3D;)*/, "sha256");
    expect(withoutCss(pane.html)).toBe(withoutCss(cli));
    expect(pane.fileName).toBe("deals-report.html");
  });
});
