import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WorkbookInputError } from "../../../generator/cli/errors.js";
import { readWorkbook } from "../../../generator/cli/workbook/read.js";
import { formatProblem } from "../../../generator/report/problems.js";
import { DEALS } from "../../../generator/report/workbook/contract.js";
import { WorkbookAssembler } from "../../../generator/report/workbook/data.js";
import { Issue } from "../../../generator/report/workbook/fields.js";
import type { SheetLayout } from "../../../generator/report/workbook/raw.js";
import { plainRecords } from "../../../generator/report/workbook/record-table.js";
import { headerKey, matchesTable } from "../../../generator/report/workbook/table.js";
import { type CellValue, isBlank } from "../../../shared/excel/values.js";
import { workbookBytes } from "../../cli/workbook/fixtures.js";

/** Assemble sheets given as rows of cells (row 1 first), as the add-in task pane would. */
function assemble(sheets: Record<string, CellValue[][]>, tables: Record<string, SheetLayout["tables"]> = {}) {
  const layout = Object.keys(sheets).map((name) => ({ name, tables: tables[name] ?? [] }));
  const assembler = new WorkbookAssembler(layout);
  for (const [name, rows] of Object.entries(sheets)) {
    const sink = assembler.sinkFor(name);
    rows.forEach((cells, i) => {
      sink?.push({ number: i + 1, cells });
    });
  }
  return assembler.finish();
}

// 2026-06-30 is serial 46203 (1900 system).
const JUNE_30 = 46203;

describe("WorkbookAssembler", () => {
  it("reads Deals with English headers into located records", () => {
    const { data, problems } = assemble({
      Deals: [
        ["ID", "Rep", "Amount", "Closed", "Outcome"],
        ["D-1", "Ana", 1200, JUNE_30, "Won"],
        [null, null, null, null, null],
        ["D-2", "Bram", "3,400", "2026-06-30", "Lost"],
      ],
    });
    expect(problems).toEqual([]);
    expect(plainRecords(data.deals ?? [])).toEqual([
      { id: "D-1", rep: "Ana", amount: 1200, closed: JUNE_30, outcome: "Won", row: 2 },
      { id: "D-2", rep: "Bram", amount: 3400, closed: JUNE_30, outcome: "Lost", row: 4 },
    ]);
    expect(data.sources.deals).toEqual({
      sheet: "Deals",
      columns: { id: 1, rep: 2, amount: 3, closed: 4, outcome: 5 },
    });
  });

  it.each([
    ["Chinese", "商机", ["编号", "销售代表", "金额", "结果"]],
    ["Dutch", "Kansen", ["Nummer", "Verkoper", "Bedrag", "Uitkomst"]],
    ["Arabic", "الصفقات", ["المعرف", "المندوب", "المبلغ", "النتيجة"]],
  ])("recognises %s sheet names and headers", (_language, sheet, header) => {
    const { data, problems } = assemble({ [sheet]: [header, ["D-1", "Ana", 10, "Won"]] });
    expect(problems).toEqual([]);
    expect(plainRecords(data.deals ?? [])).toEqual([{ id: "D-1", rep: "Ana", amount: 10, outcome: "Won", row: 2 }]);
  });

  it("lists every problem at once, each at its cell with the rule and the value", () => {
    const { problems } = assemble({
      Deals: [
        ["ID", "Amount", "Created", "Outcome"],
        ["D-1", "abc", "yesterday", "Won"],
        ["D-2", -5, 46000, { error: "#N/A", message: "" }],
      ],
      Goals: [
        ["Goal", "Target"],
        [null, 10],
        ["Grow revenue 10%", "lots"],
      ],
    });
    expect(new WorkbookInputError(problems).message).toMatchInlineSnapshot(`
      "Deals!B2: Amount must be a number of at least 0, got "abc"
      Deals!C2: Created must be a date (an Excel date or ISO text such as 2026-06-30), got "yesterday"
      Deals!B3: Amount must be a number of at least 0, got -5
      Deals!D3: Outcome holds the error #N/A
      Goals!A2: Goal is required, got blank
      Goals!B3: Target must be a number, got "lots""
    `);
  });

  it("reports a missing required column and a duplicate column at the header", () => {
    const { problems } = assemble({
      Deals: [
        ["ID", "Amount", "Value"],
        ["D-1", 1, 2],
      ],
    });
    expect(problems.map((p) => `${p.sheet}!${p.cell}: ${p.message}`)).toEqual([
      "Deals!A1: missing column Outcome: the header row must name an Outcome (Won/Lost), a Stage holding Closed Won and Closed Lost, or IsClosed with IsWon",
      'Deals!C1: duplicate column for Amount, got "Value"',
    ]);
  });

  it("warns about unknown sheets, unknown columns and empty sheets without failing", () => {
    const { data, problems } = assemble({
      Notes: [["anything"]],
      Deals: [
        ["Outcome", "Colour"],
        ["Won", "red"],
      ],
      Reps: [],
    });
    expect(problems).toEqual([]);
    expect(data.warnings).toEqual([
      "Notes: unknown sheet is not used (Goalsheet reads Goals, Deals, Reps, Transactions and Settings)",
      'Deals!B1: unknown column "Colour" is not used',
      "Reps: the sheet is empty",
    ]);
  });

  it("sums up many unknown sheets in one warning", () => {
    const notes = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`Notes ${i}`, [["x"]]]));
    const { data } = assemble({ ...notes, Deals: [["Outcome"], ["Won"]] });
    expect(data.warnings).toEqual([
      "7 unknown sheets are not used: Notes 0, Notes 1, Notes 2, … (Goalsheet reads Goals, Deals, Reps, Transactions and Settings)",
    ]);
  });

  it("needs Goals, Deals or Transactions", () => {
    const { problems } = assemble({ Reps: [["Rep"], ["Ana"]] });
    expect(problems.map(formatProblem)).toEqual([
      "workbook: needs a Goals, a Deals or a Transactions sheet (or an Excel table of that name), got none of them",
    ]);
  });

  it("reads an Excel table by name from inside its region only", () => {
    const { data, problems } = assemble(
      {
        Sheet1: [
          ["My pipeline", null, null, null],
          [null, null, null, null],
          ["note", "Outcome", "Amount", "stray"],
          [null, "Won", 5, "x"],
          [null, "Lost", 7, null],
          ["total", null, 12, null],
        ],
      },
      { Sheet1: [{ name: "tblDeals", region: { top: 3, left: 2, bottom: 5, right: 3 } }] },
    );
    expect(problems).toEqual([]);
    expect(plainRecords(data.deals ?? [])).toEqual([
      { outcome: "Won", amount: 5, row: 4 },
      { outcome: "Lost", amount: 7, row: 5 },
    ]);
    expect(data.sources.deals).toEqual({ sheet: "Sheet1", table: "tblDeals", columns: { outcome: 2, amount: 3 } });
  });

  it("reads Settings: known keys, stage probabilities, unknown keys as warnings, bad values as problems", () => {
    const { data, problems } = assemble({
      Goals: [["Goal"], ["Grow revenue"]],
      Settings: [
        ["Setting", "Value"],
        ["Currency", "eur"],
        ["Locale", "nl-nl"],
        ["Fiscal year start", "April"],
        ["As of", JUNE_30],
        ["Probability: Proposal", 0.5],
        ["Kans: Negotiation", "75%"],
        ["Probability: Discovery", 1.5],
        ["Colour", "blue"],
      ],
    });
    expect(data.settings).toEqual({
      currency: "EUR",
      locale: "nl-NL",
      fiscalYearStart: 4,
      asOf: JUNE_30,
      stageProbabilities: { Proposal: 0.5, Negotiation: 0.75 },
      rows: {
        currency: 2,
        locale: 3,
        fiscalYearStart: 4,
        asOf: 5,
        "probability:Proposal": 6,
        "probability:Negotiation": 7,
      },
    });
    expect(problems.map(formatProblem)).toEqual([
      "Settings!B8: Probability: Discovery must be a probability from 0% to 100%, got 1.5",
    ]);
    expect(data.warnings).toEqual(['Settings!A9: unknown setting "Colour" is not used']);
  });

  it.each<[CellValue, string]>([
    ["Euro", 'Settings!B1: Currency must be a three-letter ISO 4217 code such as EUR, got "Euro"'],
  ])("rejects the setting value %j", (value, message) => {
    const { problems } = assemble({ Goals: [["Goal"], ["x"]], Settings: [["Currency", value]] });
    expect(problems.map((p) => `${p.sheet}!${p.cell}: ${p.message}`)).toEqual([message]);
  });

  it("rejects a fiscal year start that is not a month and an as-of that is not a date", () => {
    const { problems } = assemble({
      Goals: [["Goal"], ["x"]],
      Settings: [
        ["Fiscal year start", 13],
        ["As of", "soon"],
      ],
    });
    expect(problems.map((p) => p.message)).toEqual([
      "Fiscal year start must be a month (1 to 12, a month name such as April, or a date), got 13",
      'As of must be a date (an Excel date or ISO text such as 2026-06-30), got "soon"',
    ]);
  });
});

describe("headerKey and table names", () => {
  it("folds case, width, spaces, underscores, hyphens and dots", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Start date", "start_date", "StartDate", "START-DATE", "ｓｔａｒｔ　ｄａｔｅ", "start.date"),
        (h) => {
          expect(headerKey(h)).toBe("startdate");
        },
      ),
    );
  });

  it("ignores tbl/Table prefixes of table names", () => {
    const deals = { sheet: "Deals", sheetAliases: [] };
    expect(["Deals", "tblDeals", "Table_Deals", "deals"].map((n) => matchesTable(n, deals))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(matchesTable("Table1", deals)).toBe(false);
  });
});

describe("readWorkbook(bytes)", () => {
  it("reads Excel tables from an .xlsx and throws every problem at once", async () => {
    const good = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("Data");
      ws.addTable({
        name: "Goals",
        ref: "A1",
        columns: [{ name: "Goal" }, { name: "Target" }],
        rows: [["Win more deals", 30]],
      });
      ws.addTable({
        name: "Deals",
        ref: "D1",
        columns: [{ name: "Outcome" }, { name: "Amount" }],
        rows: [["Won", 100]],
      });
    });
    const data = await readWorkbook(good);
    expect(data.goals).toEqual([{ goal: "Win more deals", target: 30, row: 2 }]);
    expect(plainRecords(data.deals ?? [])).toEqual([{ outcome: "Won", amount: 100, row: 2 }]);

    const bad = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("Deals");
      ws.addRows([
        ["Outcome", "Amount"],
        ["Won", "x"],
        ["Lost", "y"],
      ]);
    });
    await expect(readWorkbook(bad)).rejects.toThrowErrorMatchingInlineSnapshot(`
      [WorkbookInputError: Deals!B2: Amount must be a number of at least 0, got "x"
      Deals!B3: Amount must be a number of at least 0, got "y"]
    `);
  });

  it("refuses bytes that are not a workbook", async () => {
    await expect(readWorkbook(new TextEncoder().encode("a,b\n1,2"))).rejects.toThrow(/not a readable \.xlsx workbook/);
  });
});

describe("SheetParser fast path", () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.constant(""),
    fc.integer({ min: -5, max: 3_000_000 }),
    fc.double({ noNaN: true }),
    fc.boolean(),
    fc.constantFrom("Won", "abc", "2026-06-30", "1,234.5", " 12% ", "2026-02-30"),
    fc.constant({ error: "#N/A" as const, message: "" }),
  );

  it("gives the same records and messages as the contract's fields checking each cell on its own", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 10, maxLength: 10 }), (cells) => {
        const { data, problems } = assemble({ Deals: [DEALS.columns.map((c) => c.header), cells as CellValue[]] });
        // Each field's check on its cell, in contract order, the columns the sheet lacks blank; the sheet's own
        // rules (an Outcome against its Stage) come after the cells' checks and are tested on their own.
        const input: Record<string, CellValue> = Object.fromEntries(DEALS.exportColumns.map((c) => [c.key, null]));
        for (const [i, c] of DEALS.columns.entries()) input[c.key] = cells[i] as CellValue;
        const checked = Object.entries(DEALS.fields).map(([key, field]) => [key, field.check(input[key] ?? null)]);
        const issues = checked.flatMap(([, result]) => (result instanceof Issue ? [result.message] : []));
        // (And a Closed column of TRUE/FALSE or 1/0 is Salesforce's IsClosed, a column rule of its own.)
        // (A blank Outcome is taken from the Stage, another sheet rule; so is an Outcome of 0, which is how Excel
        // desktop passes a blank cell.)
        if (
          problems.some((p) => p.code === "outcome") ||
          typeof cells[7] === "boolean" ||
          cells[7] === 0 ||
          cells[7] === 1 ||
          isBlank(cells[8]) ||
          cells[8] === 0
        )
          return;
        if (issues.length === 0) {
          const expected = Object.fromEntries(checked.filter(([, v]) => v !== undefined));
          expect(problems).toEqual([]);
          expect(plainRecords(data.deals ?? [])).toEqual([{ ...expected, row: 2 }]);
        } else {
          expect(problems.map((p) => p.message)).toEqual(issues);
        }
      }),
    );
  });
});
