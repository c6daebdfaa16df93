import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../../generator/cli/workbook/guard.js";
import { CellProblems } from "../../../generator/cli/workbook/problems.js";
import { readSheets, readWorkbook } from "../../../generator/cli/workbook/read.js";
import { ZipView } from "../../../generator/cli/workbook/zip.js";
import type { RawRow } from "../../../generator/report/workbook/raw.js";
import { plainRecords } from "../../../generator/report/workbook/record-table.js";
import { type BuiltEntry, buildZip, workbookEntries } from "./zip-builder.js";

/**
 * Issue 17, item 1: one zip view. Everything is read through the central directory; a local header that tells
 * another story, a second entry of the same name, or bytes that do not match what the directory declares make
 * the file unreadable, with one line saying why. Each case bends one field of an otherwise valid workbook.
 */
const DEALS =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Outcome</t></is></c><c r="B1" t="inlineStr"><is><t>Amount</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Won</t></is></c><c r="B2"><v>100</v></c></row>';

/** The sheet part's real size, from the bytes the builder zips. */
const SHEET_BYTES = Buffer.byteLength(
  workbookEntries([{ name: "Deals", rows: DEALS }]).find((e) => e.name === "xl/worksheets/sheet1.xml")?.data ?? "",
);

function bent(change: (entry: BuiltEntry) => BuiltEntry, part = "xl/worksheets/sheet1.xml"): Buffer {
  return buildZip(workbookEntries([{ name: "Deals", rows: DEALS }]).map((e) => (e.name === part ? change(e) : e)));
}

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await readWorkbook(bytes);
  } catch (cause) {
    return (cause as Error).message;
  }
  return "read without a problem";
}

describe("the zip view", () => {
  it("reads the unbent workbook (deflated, stored, and with data descriptors)", async () => {
    for (const change of [
      (e: BuiltEntry) => e,
      (e: BuiltEntry) => ({ ...e, method: 0 as const }),
      (e: BuiltEntry) => ({ ...e, descriptor: true }),
    ]) {
      const data = await readWorkbook(buildZip(workbookEntries([{ name: "Deals", rows: DEALS }]).map(change)));
      expect(plainRecords(data.deals ?? [])).toEqual([{ outcome: "Won", amount: 100, row: 2 }]);
    }
  });

  it.each<[string, (e: BuiltEntry) => BuiltEntry, string]>([
    [
      "a local header that says stored where the directory says deflated",
      (e) => ({ ...e, local: { method: 0 } }),
      "the zip entry xl/worksheets/sheet1.xml has a local header that disagrees with the zip directory (method 0, the directory says 8)",
    ],
    [
      "a local header with another size",
      (e) => ({ ...e, local: { size: 10 } }),
      `the zip entry xl/worksheets/sheet1.xml has a local header that disagrees with the zip directory (size 10, the directory says ${SHEET_BYTES})`,
    ],
    [
      "a local header with another CRC",
      (e) => ({ ...e, local: { crc: 1 } }),
      "the zip entry xl/worksheets/sheet1.xml has a local header that disagrees with the zip directory (a different CRC-32)",
    ],
    [
      "a local name other than the directory's",
      (e) => ({ ...e, local: { name: "xl/worksheets/sheet9.xml" } }),
      'the zip entry xl/worksheets/sheet1.xml has a local header that disagrees with the zip directory (its local name is "xl/worksheets/sheet9.xml")',
    ],
    [
      "a directory and local header that both understate the size",
      (e) => ({ ...e, local: { size: 100 }, directory: { size: 100 } }),
      "the zip entry xl/worksheets/sheet1.xml does not match the size its header declares (declared 100 bytes, got more; a zip bomb?)",
    ],
    [
      "a directory and local header that both overstate the size",
      (e) => ({ ...e, local: { size: 1000 }, directory: { size: 1000 } }),
      `the zip entry xl/worksheets/sheet1.xml does not match the size its header declares (declared 1000 bytes, got ${SHEET_BYTES}; a zip bomb?)`,
    ],
    [
      "data whose CRC-32 does not match",
      (e) => ({ ...e, local: { crc: 7 }, directory: { crc: 7 } }),
      "the zip entry xl/worksheets/sheet1.xml is damaged (its CRC-32 does not match)",
    ],
    [
      "a compression method other than deflate",
      (e) => ({ ...e, local: { method: 12 }, directory: { method: 12 } }),
      "the zip entry xl/worksheets/sheet1.xml uses compression method 12, not deflate",
    ],
  ])("refuses %s", async (_what, change, message) => {
    expect(await refusal(bent(change))).toBe(`not a readable .xlsx workbook: ${message}`);
  });

  it("refuses two entries of the same name, even in another case (readers disagree on which one counts)", async () => {
    const entries = workbookEntries([{ name: "Deals", rows: DEALS }]);
    const sheet = entries.find((e) => e.name === "xl/worksheets/sheet1.xml") as BuiltEntry;
    for (const name of ["xl/worksheets/sheet1.xml", "XL/Worksheets/Sheet1.xml"]) {
      expect(await refusal(buildZip([...entries, { ...sheet, name, data: "<worksheet/>" }]))).toBe(
        `not a readable .xlsx workbook: the zip holds two entries named ${name} (readers disagree on which one counts)`,
      );
    }
  });

  it("reads 9,990 small entries nobody refers to without inflating them", async () => {
    const noise = Array.from({ length: 9_990 }, (_, i) => ({ name: `xl/media/image${i}.bin`, data: "x".repeat(100) }));
    const bytes = buildZip([...workbookEntries([{ name: "Deals", rows: DEALS }]), ...noise]);
    const zip = await ZipView.open(bytes, DEFAULT_LIMITS);
    expect(zip.part("xl/media/image9989.bin")?.uncompressedSize).toBe(100);
    expect(zip.inflatedBytes()).toBe(0);
    const data = await readWorkbook(bytes);
    expect(data.deals).toHaveLength(1);
  });

  it("reads parts wherever they are in the zip, shared strings after the sheets included", async () => {
    const entries = workbookEntries([{ name: "Deals", rows: '<row r="1"><c r="A1" t="s"><v>1</v></c></row>' }], {
      strings: ["a", "b"],
    });
    const rows: RawRow[] = [];
    await readSheets(
      buildZip([...entries].reverse()),
      () => ({ sinkFor: () => ({ push: (r) => rows.push(r) }) }),
      new CellProblems(),
    );
    expect(rows).toEqual([{ number: 1, cells: ["b"] }]);
  });

  it("names the cells of a workbook whose shared strings part is missing", async () => {
    const entries = workbookEntries(
      [{ name: "Deals", rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' }],
      { strings: ["Outcome", "Amount"] },
    ).filter((e) => e.name !== "xl/sharedStrings.xml");
    expect(await refusal(buildZip(entries))).toMatchInlineSnapshot(`
      "Deals!A1: a shared-string cell must refer to the workbook's shared strings, but the workbook has none (its sharedStrings part is missing), got "0"
      Deals!B1: a shared-string cell must refer to the workbook's shared strings, but the workbook has none (its sharedStrings part is missing), got "1""
    `);
  });

  it("names a sheet whose part is missing from the zip", async () => {
    const entries = workbookEntries([{ name: "Deals", rows: DEALS }]).filter(
      (e) => !e.name.startsWith("xl/worksheets/"),
    );
    expect(await refusal(buildZip(entries))).toMatchInlineSnapshot(
      `"Deals: the workbook names this sheet, but its part xl/worksheets/sheet1.xml is missing from the file (the file is damaged)"`,
    );
  });
});
