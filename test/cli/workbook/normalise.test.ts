import { describe, expect, it } from "vitest";
import { readLayout } from "../../../generator/cli/workbook/layout.js";
import { CellProblems } from "../../../generator/cli/workbook/problems.js";
import { readSheets } from "../../../generator/cli/workbook/read.js";
import { isDateFormat, normaliseCell } from "../../../generator/report/workbook/cells.js";
import type { RawRow } from "../../../generator/report/workbook/raw.js";
import type { CellValue } from "../../../shared/excel/values.js";
import { appendRowsXml, patchSheetXml, workbookBytes } from "./fixtures.js";

/** Every row of every sheet as the normalising layer hands it on. */
async function rowsOf(bytes: Uint8Array): Promise<Record<string, RawRow[]>> {
  const out: Record<string, RawRow[]> = {};
  const problems = new CellProblems();
  await readSheets(
    bytes,
    () => ({
      sinkFor: (name) => {
        out[name] = [];
        return { push: (row) => out[name]?.push(row) };
      },
    }),
    problems,
  );
  if (problems.size > 0) throw new Error(JSON.stringify(problems.list()));
  return out;
}

const cellsOf = async (bytes: Uint8Array, sheet = "Data") => (await rowsOf(bytes))[sheet]?.map((r) => r.cells);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("normaliseCell(value)", () => {
  it.each<[string, unknown, CellValue]>([
    ["a number", 42, 42],
    ["text", "abc", "abc"],
    ["a boolean", false, false],
    ["null", null, null],
    ["NaN as blank", Number.NaN, null],
    // 2026-01-15 is serial 46037 in the 1900 system (Excel: =DATE(2026,1,15) formatted as a number).
    ["a Date as a 1900 serial", utc(2026, 1, 15), 46037],
    ["rich text joined", { richText: [{ text: "Ri" }, { text: "ch" }] }, "Rich"],
    ["a hyperlink's text", { text: "Acme", hyperlink: "https://acme.test" }, "Acme"],
    ["a formula's result", { formula: "A1+1", result: 7 }, 7],
    ["a shared-formula child's result", { formula: "", result: 8 }, 8],
    ["a shared formula's result", { sharedFormula: "E2", result: "x" }, "x"],
  ])("keeps %s", (_what, input, expected) => {
    expect(normaliseCell(input)).toEqual(expected);
  });

  it("turns error cells into error values, unknown codes into #VALUE!", () => {
    expect(normaliseCell({ error: "#N/A" })).toEqual({ error: "#N/A", message: "the cell holds the error #N/A" });
    expect(normaliseCell({ error: "#SPILL!" })).toEqual({
      error: "#VALUE!",
      message: "the cell holds the error #SPILL!",
    });
  });
});

describe("isDateFormat(numFmt)", () => {
  it.each<[string | undefined, boolean]>([
    ["yyyy-mm-dd", true],
    ["d-mmm-yy", true],
    ["[$-409]mmmm d, yyyy;@", true],
    ["h:mm", true],
    ["#,##0", false],
    ["0.00%", false],
    ['"Days" 0', false],
    ["[Red]#,##0", false],
    ["General", false],
    [undefined, false],
  ])("%s → %s", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

describe("readSheets: the cells exceljs got wrong", () => {
  it("reads plain values, rich text, hyperlinks and error cells", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("Data");
      ws.getCell("A1").value = { richText: [{ text: "Bold", font: { bold: true } }, { text: " rest" }] };
      ws.getCell("B1").value = { text: "Acme", hyperlink: "https://acme.test" };
      ws.getCell("C1").value = { error: "#DIV/0!" };
      ws.getCell("D1").value = 12.5;
      ws.getCell("E1").value = true;
    });
    const [row] = (await cellsOf(bytes)) ?? [];
    expect(row).toEqual([
      "Bold rest",
      "Acme",
      { error: "#DIV/0!", message: "the cell holds the error #DIV/0!" },
      12.5,
      true,
    ]);
  });

  it("gives dates as 1900 serials in a 1900 workbook and in a 1904 workbook", async () => {
    for (const date1904 of [false, true]) {
      const bytes = await workbookBytes((wb) => {
        wb.properties.date1904 = date1904;
        const ws = wb.addWorksheet("Data");
        ws.getCell("A1").value = utc(2026, 1, 15);
        ws.getCell("A1").numFmt = "yyyy-mm-dd";
      });
      expect((await cellsOf(bytes))?.[0]?.[0], `date1904 = ${date1904}`).toBe(46037);
    }
  });

  it("moves a date-formatted formula's cached serial from the 1904 system to 1900", async () => {
    // In a 1904 workbook Excel stores 2026-01-16 as 46038 − 1462 = 44576.
    const bytes = await workbookBytes((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("Data");
      ws.getCell("A1").value = utc(2026, 1, 15);
      ws.getCell("A1").numFmt = "yyyy-mm-dd";
      ws.getCell("B1").value = { formula: "A1+1", result: 44576 };
      ws.getCell("B1").numFmt = "yyyy-mm-dd";
      ws.getCell("C1").value = { formula: "A1*0+5", result: 5 };
    });
    expect((await cellsOf(bytes))?.[0]).toEqual([46037, 46038, 5]);
  });

  it("recovers cached formula results of 0, FALSE, TRUE, empty text and errors", async () => {
    const base = await workbookBytes((wb) => {
      wb.addWorksheet("Data").getCell("A1").value = "head";
    });
    // As Excel writes them: exceljs drops the first four from cell.value and reads TRUE as 1.
    const bytes = patchSheetXml(
      base,
      "xl/worksheets/sheet1.xml",
      appendRowsXml(
        '<row r="2"><c r="A2"><f>1-1</f><v>0</v></c><c r="B2" t="b"><f>1=2</f><v>0</v></c>' +
          '<c r="C2" t="b"><f>1=1</f><v>1</v></c><c r="D2" t="str"><f>""</f><v></v></c>' +
          '<c r="E2" t="e"><f>NA()</f><v>#N/A</v></c><c r="F2"><f>0+1</f><v>1</v></c></row>',
      ),
    );
    expect((await cellsOf(bytes))?.[1]).toEqual([
      0,
      false,
      true,
      "",
      { error: "#N/A", message: "the cell holds the error #N/A" },
      1,
    ]);
  });

  it("keeps the cached results of shared formulas, master and children", async () => {
    const base = await workbookBytes((wb) => {
      wb.addWorksheet("Data").getCell("A1").value = "head";
    });
    const bytes = patchSheetXml(
      base,
      "xl/worksheets/sheet1.xml",
      appendRowsXml(
        '<row r="2"><c r="A2"><f t="shared" ref="A2:A4" si="0">ROW()-2</f><v>0</v></c></row>' +
          '<row r="3"><c r="A3"><f t="shared" si="0"/><v>1</v></c></row>' +
          '<row r="4"><c r="A4"><f t="shared" si="0"/><v>2</v></c></row>',
      ),
    );
    expect((await cellsOf(bytes))?.slice(1).map((r) => r[0])).toEqual([0, 1, 2]);
  });

  it("leaves a formula that was never calculated blank (a row of blanks is not passed on)", async () => {
    const base = await workbookBytes((wb) => {
      wb.addWorksheet("Data").getCell("A1").value = "head";
    });
    const bytes = patchSheetXml(
      base,
      "xl/worksheets/sheet1.xml",
      appendRowsXml('<row r="2"><c r="A2"><f>1-1</f></c></row>'),
    );
    expect(await cellsOf(bytes)).toEqual([["head"]]);
  });
});

describe("readLayout(bytes)", () => {
  it("finds sheets, their XML parts, Excel tables and the date system", async () => {
    const bytes = await workbookBytes((wb) => {
      wb.properties.date1904 = true;
      wb.addWorksheet("Notes").getCell("A1").value = "hello";
      const ws = wb.addWorksheet("Sheet2");
      ws.addTable({
        name: "tblDeals",
        ref: "B3",
        columns: [{ name: "Outcome" }, { name: "Amount" }],
        rows: [
          ["Won", 10],
          ["Lost", 20],
        ],
      });
    });
    expect(await readLayout(bytes)).toMatchObject({
      date1904: true,
      sheets: [
        { name: "Notes", part: "xl/worksheets/sheet1.xml", rId: "rId4", tables: [] },
        {
          name: "Sheet2",
          part: "xl/worksheets/sheet2.xml",
          rId: "rId5",
          tables: [{ name: "tblDeals", region: { top: 3, left: 2, bottom: 5, right: 3 } }],
        },
      ],
    });
  });
});
