import { describe, expect, it } from "vitest";
import { readLayout } from "../../../generator/cli/workbook/layout.js";
import { CellProblems } from "../../../generator/cli/workbook/problems.js";
import { readSheets, readWorkbook } from "../../../generator/cli/workbook/read.js";
import type { RawRow } from "../../../generator/report/workbook/raw.js";
import { type BuiltEntry, buildZip, workbookEntries } from "./zip-builder.js";

/**
 * How the reader finds parts (OPC, ECMA-376 Part 2 §9.3): the package relationships name the workbook, its
 * relationships name the sheets, shared strings and styles, a sheet's relationships its tables. Targets are
 * URIs relative to the source part's folder, or absolute from the package root (openpyxl and pandas write
 * `/xl/worksheets/sheet1.xml`; exceljs's streaming reader read those as missing and dropped every row).
 */
const ROWS = '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2"><v>7</v></c></row>';

async function rowsOf(bytes: Uint8Array): Promise<Record<string, RawRow[]>> {
  const out: Record<string, RawRow[]> = {};
  const problems = new CellProblems();
  await readSheets(
    bytes,
    () => ({
      sinkFor: (name) => {
        const rows: RawRow[] = [];
        out[name] = rows;
        return { push: (row) => rows.push(row) };
      },
    }),
    problems,
  );
  expect(problems.list()).toEqual([]);
  return out;
}

const renamed = (entries: BuiltEntry[], from: string, to: string, rels: (xml: string) => string) =>
  entries.map((e) =>
    e.name === from
      ? { ...e, name: to }
      : e.name === "xl/_rels/workbook.xml.rels"
        ? { ...e, data: rels(String(e.data)) }
        : e,
  );

describe("relationship targets", () => {
  it.each(["relative", "absolute", "parent"] as const)("reads %s targets", async (targets) => {
    const bytes = buildZip(workbookEntries([{ name: "Deals", rows: ROWS }], { strings: ["Amount"], targets }));
    expect(await rowsOf(bytes)).toEqual({
      Deals: [
        { number: 1, cells: ["Amount"] },
        { number: 2, cells: [7] },
      ],
    });
  });

  it("reads targets with backslashes, %-escapes and another letter case than the zip entry", async () => {
    const base = workbookEntries([{ name: "Deals", rows: ROWS }], { strings: ["Amount"] });
    for (const [entry, target] of [
      ["xl/worksheets/sheet1.xml", "worksheets\\sheet1.xml"],
      ["xl/worksheets/deals sheet.xml", "worksheets/deals%20sheet.xml"],
      ["xl/worksheets/sheet1.xml", "Worksheets/SHEET1.xml"],
    ] as const) {
      const bytes = buildZip(
        renamed(base, "xl/worksheets/sheet1.xml", entry, (xml) => xml.replace("worksheets/sheet1.xml", target)),
      );
      expect((await rowsOf(bytes)).Deals, target).toHaveLength(2);
    }
  });

  it("finds the workbook part where the package relationships say, not only at xl/workbook.xml", async () => {
    const entries = workbookEntries([{ name: "Deals", rows: ROWS }], { strings: ["Amount"] }).map((e) =>
      e.name === "xl/workbook.xml"
        ? { ...e, name: "xl/book.xml" }
        : e.name === "xl/_rels/workbook.xml.rels"
          ? { ...e, name: "xl/_rels/book.xml.rels" }
          : e.name === "_rels/.rels"
            ? { ...e, data: String(e.data).replace("xl/workbook.xml", "/xl/book.xml") }
            : e,
    );
    expect((await rowsOf(buildZip(entries))).Deals).toHaveLength(2);
  });

  it("keeps the workbook's sheet order, whatever the order of the zip entries", async () => {
    const sheets = ["Settings", "Deals", "Notes"].map((name) => ({ name, rows: ROWS }));
    const entries = workbookEntries(sheets, { strings: ["Amount"] });
    const layout = await readLayout(buildZip([...entries].reverse()));
    expect(layout.sheets.map((s) => [s.name, s.part])).toEqual([
      ["Settings", "xl/worksheets/sheet1.xml"],
      ["Deals", "xl/worksheets/sheet2.xml"],
      ["Notes", "xl/worksheets/sheet3.xml"],
    ]);
  });
});

describe("part encodings", () => {
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const sheet = `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${ROWS}</sheetData></worksheet>`;
  const withSheet = (data: Buffer | string) =>
    buildZip(
      workbookEntries([{ name: "Deals", rows: ROWS }], { strings: ["Amount"] }).map((e) =>
        e.name === "xl/worksheets/sheet1.xml" ? { ...e, data } : e,
      ),
    );

  it("reads UTF-8 with a byte-order mark and UTF-16 (little and big endian), which OPC allows", async () => {
    const utf16be = Buffer.from(`\ufeff${sheet}`, "utf16le").swap16();
    for (const data of [
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sheet)]),
      Buffer.from(`\ufeff${sheet}`, "utf16le"),
      utf16be,
    ]) {
      expect((await rowsOf(withSheet(data))).Deals).toHaveLength(2);
    }
  });

  it("refuses a part that declares another encoding", async () => {
    await expect(
      readWorkbook(withSheet(sheet.replace('version="1.0"', 'version="1.0" encoding="ISO-8859-1"'))),
    ).rejects.toThrow(
      'not a readable .xlsx workbook: the part xl/worksheets/sheet1.xml is encoded as "ISO-8859-1", not UTF-8 (save the workbook again in Excel)',
    );
  });
});

describe("sheets and sections", () => {
  it("reads Deals and a later small Settings sheet whole (issue 11: the Settings rows never arrived)", async () => {
    const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const deals = `<row r="1">${inline("A1", "Outcome")}${inline("B1", "Amount")}</row>${Array.from(
      { length: 500 },
      (_, i) =>
        `<row r="${i + 2}">${inline(`A${i + 2}`, i % 2 ? "Won" : "Lost")}<c r="B${i + 2}"><v>${i}</v></c></row>`,
    ).join("")}`;
    const settings = `<row r="1">${inline("A1", "Currency")}${inline("B1", "EUR")}</row><row r="2">${inline("A2", "Locale")}${inline("B2", "nl")}</row>`;
    const data = await readWorkbook(
      buildZip(
        workbookEntries([
          { name: "Deals", rows: deals },
          { name: "Settings", rows: settings },
        ]),
      ),
    );
    expect({ deals: data.deals?.length, currency: data.settings?.currency, locale: data.settings?.locale }).toEqual({
      deals: 500,
      currency: "EUR",
      locale: "nl",
    });
  });

  it("reads only the sheets a section reads, and still knows the others by name", async () => {
    const entries = workbookEntries([
      { name: "Notes", rows: "<row><c><v>abc</v></c></row>" },
      {
        name: "Deals",
        rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>Outcome</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Won</t></is></c></row>',
      },
    ]);
    const data = await readWorkbook(buildZip(entries));
    // Notes holds a bad number cell, but no section reads Notes: it is never inflated, so never reported.
    expect({ deals: data.deals?.length, warnings: data.warnings }).toEqual({
      deals: 1,
      warnings: ["Notes: unknown sheet is not used (Goalsheet reads Goals, Deals, Reps, Transactions and Settings)"],
    });
  });
});
