import { describe, expect, it } from "vitest";
import { FormReader, parseNewReps } from "../../addin/taskpane/quota-planner-parse.js";
import { sourceOfRange } from "../../addin/taskpane/quota-planner-read.js";
import { replacements } from "../../addin/taskpane/quota-planner-write.js";
import { starterPlan } from "../../generator/cli/commands/init.js";
import { d, repsTable } from "../quota/plan-fixtures.js";

describe("FormReader: what was typed in the planner's form", () => {
  it("reads amounts with separators, percentages with or without %, months and dates", () => {
    const r = new FormReader();
    expect(r.number("target", "Team target", " 400,000 ")).toBe(400_000);
    expect(r.number("target", "Team target", "1 250 000")).toBe(1_250_000);
    expect(r.percent("cushion", "Cushion", "110%")).toBe(1.1);
    expect(r.percent("cushion", "Cushion", "115")).toBe(1.15);
    expect(r.percents("ramp", "Ramp schedule", "25, 50; 75")).toEqual([0.25, 0.5, 0.75]);
    expect(r.percents("ramp", "Ramp schedule", " ")).toEqual([]);
    expect(r.month("firstMonth", "First month", "2026-04")).toBe(d("2026-04-01"));
    expect(r.date("startDates", "Start date", "2026-03-01")).toBe(d("2026-03-01"));
    expect(r.date("startDates", "Start date", "")).toBeNull();
    expect(r.problems).toEqual([]);
  });

  it("names the field and what was typed when it is not a number, month or date", () => {
    const r = new FormReader();
    r.number("target", "Team target", "lots");
    r.number("unit", "Rounding unit", "");
    r.month("firstMonth", "First month", "2026-13");
    r.date("startDates", "Start date of Ana", "31/12/2026");
    r.percents("ramp", "Ramp schedule", "25, half");
    expect(r.problems.map((p) => `${p.field}: ${p.message}`)).toMatchInlineSnapshot(`
      [
        "target: Team target must be a number, got "lots"",
        "unit: Rounding unit must be a number, got blank",
        "firstMonth: First month must be a month (YYYY-MM), got "2026-13"",
        "startDates: Start date of Ana must be a date (YYYY-MM-DD), got "31/12/2026"",
        "ramp: Ramp schedule month 2 must be a number, got "half"",
      ]
    `);
  });

  it("reads new reps one per line, leaving out what is blank", () => {
    const r = new FormReader();
    expect(parseNewReps(r, "Ana Lima, EMEA, , 1\n\n  Omar Haddad, MEA, 2026-03-01, 0.8\nCy")).toEqual([
      ["Ana Lima", "EMEA", null, 1],
      ["Omar Haddad", "MEA", d("2026-03-01"), 0.8],
      ["Cy", null, null, null],
    ]);
    expect(r.problems).toEqual([]);
    parseNewReps(r, '=HYPERLINK("x"), EMEA');
    expect(r.problems.map((p) => p.message)).toEqual([
      'New rep 1: name must not start with = + - or @, got "=HYPERLINK("x")"',
    ]);
  });
});

describe("sourceOfRange(range, sheet, table)", () => {
  const range = (values: unknown[][], rowIndex = 0, columnIndex = 0) => ({
    values,
    valueTypes: values.map((r) => r.map((v) => (v === "" ? "Empty" : typeof v === "number" ? "Double" : "String"))),
    numberFormat: values.map((r) => r.map(() => "General")),
    rowIndex,
    columnIndex,
  });

  it("takes a plain range from its first non-blank row to its last, at its place on the sheet", () => {
    const source = sourceOfRange(
      range(
        [
          ["", ""],
          ["Rep", "Weight"],
          ["Ana", 1],
          ["", ""],
        ],
        2,
        1,
      ),
      "Team",
      undefined,
    );
    expect(source).toEqual({
      sheet: "Team",
      headerRow: 4,
      firstColumn: 2,
      headers: ["Rep", "Weight"],
      rows: [["Ana", 1]],
    });
  });

  it("takes a table whole, blank rows included (its formulas cover them)", () => {
    const source = sourceOfRange(range([["Rep"], ["Ana"], [""]]), "Reps", "Reps");
    expect(source?.rows).toEqual([["Ana"], [null]]);
    expect(source?.table).toBe("Reps");
  });
});

describe("replacements(spec, workbook): what a plan would overwrite", () => {
  const spec = starterPlan();

  it("is nothing for a workbook without the plan's sheets and names", () => {
    expect(replacements(spec, { sheetNames: ["Deals"], names: [] })).toEqual([]);
  });

  it("lists the Quota and Reps sheets, the names, and the typed values in a column the plan writes", () => {
    const existing = { ...spec, reps: { ...spec.reps, create: undefined } };
    const reps = repsTable(
      [
        ["Ana", null, null, 1, 90_000],
        ["Ben", null, null, 1, null],
      ],
      {
        headers: ["Rep", "Region", "Start date", "Weight", "Quota"],
        columns: { rep: 0, region: 1, startDate: 2, weight: 3, quota: 4, months: [] },
      },
    );
    const lines = replacements(
      {
        ...existing,
        reps: {
          ...existing.reps,
          columns: existing.reps.columns.map((c) => (c.header === "Quota" ? { ...c, existing: true } : c)),
        },
      },
      {
        sheetNames: ["Reps", "Quota"],
        names: ["quota_target"],
        reps,
      },
    );
    expect(lines).toEqual(["the sheet Quota", "the names Quota_Target", "1 value(s) in the Reps[Quota] column"]);
    expect(replacements(spec, { sheetNames: ["Reps"], names: [] })).toEqual(["the sheet Reps"]);
    // Excel compares sheet names without case: a sheet "quota" is the one the plan would replace.
    expect(replacements(spec, { sheetNames: ["quota"], names: [] })).toEqual(["the sheet quota"]);
  });
});
