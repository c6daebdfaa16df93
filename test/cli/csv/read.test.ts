import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeCsv } from "../../../generator/cli/csv/decode.js";
import { inputFiles, readInputs } from "../../../generator/cli/csv/inputs.js";
import { readCsvFiles } from "../../../generator/cli/csv/read.js";
import { nodeEffects } from "../../../generator/cli/effects.js";
import type { WorkbookInputError } from "../../../generator/cli/errors.js";
import { plainRecords } from "../../../generator/report/workbook/record-table.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, bigEndian: boolean) => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + i * 2 + (bigEndian ? 1 : 0)] = code & 0xff;
    out[2 + i * 2 + (bigEndian ? 0 : 1)] = code >> 8;
  }
  return out;
};

describe("decodeCsv(bytes)", () => {
  it.each([
    ["UTF-8", utf8("Klant;Bedrag\nJosé;€ 5\n"), "utf-8"],
    [
      "UTF-8 with a BOM (Excel's CSV UTF-8)",
      Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("Klant;Bedrag\nJosé;€ 5\n")]),
      "utf-8",
    ],
    ["UTF-16 LE with a BOM (Excel's Unicode text)", utf16("Klant;Bedrag\nJosé;€ 5\n", false), "utf-16le"],
    ["UTF-16 BE with a BOM", utf16("Klant;Bedrag\nJosé;€ 5\n", true), "utf-16be"],
    // Windows-1252: é is 0xE9 and € is 0x80 (which plain Latin-1 would turn into a control character).
    [
      "Windows-1252 (Excel's plain CSV)",
      Uint8Array.from([...utf8("Klant;Bedrag\nJos"), 0xe9, 0x3b, 0x80, 0x20, 0x35, 0x0a]),
      "windows-1252",
    ],
  ])("reads %s", (_what, bytes, encoding) => {
    expect(decodeCsv(bytes)).toEqual({ text: "Klant;Bedrag\nJosé;€ 5\n", encoding });
  });
});

describe("readCsvFiles(files)", () => {
  const read = (name: string, text: string | Uint8Array) =>
    readCsvFiles([{ name, bytes: typeof text === "string" ? utf8(text) : text }]);

  it.each([
    ["commas", "Outcome,Amount,Rep\nWon,5,Ana\n"],
    ["semicolons", "Outcome;Amount;Rep\nWon;5;Ana\n"],
    ["tabs", "Outcome\tAmount\tRep\nWon\t5\tAna\n"],
    ["pipes", "Outcome|Amount|Rep\nWon|5|Ana\n"],
    ["Excel's sep= line", "sep=;\nOutcome;Amount;Rep\nWon;5;Ana\n"],
    ["CRLF line ends", "Outcome,Amount,Rep\r\nWon,5,Ana\r\n"],
  ])("finds the delimiter: %s", (_what, text) => {
    expect(plainRecords(read("deals.csv", text).deals ?? [])).toEqual([
      { outcome: "Won", amount: 5, rep: "Ana", row: 2 },
    ]);
  });

  it("reads quoted fields with delimiters, doubled quotes and line breaks, numbering rows as a spreadsheet does", () => {
    const data = read("deals.csv", 'Outcome,Rep,Amount\nWon,"Lima, Ana",5\nLost,"say ""hi""\nthere",7\nWon,Bram,9\n');
    expect(data.deals?.map((d) => [d.rep, d.row])).toEqual([
      ["Lima, Ana", 2],
      ['say "hi"\nthere', 3],
      ["Bram", 4],
    ]);
  });

  it("drops a report's footer lines (Salesforce's copyright notice)", () => {
    const data = read(
      "report.csv",
      'Stage,Amount\nClosed Won,5\n\n"Confidential Information - Do Not Distribute"\n"Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved."\n',
    );
    expect(plainRecords(data.deals ?? [])).toEqual([{ stage: "Closed Won", amount: 5, outcome: "won", row: 2 }]);
  });

  it("names problems after the file, and reads a lone file of unknown name as Deals", () => {
    try {
      read("export-2025.csv", "Owner,Amount\nAna,lots\n");
      expect.unreachable();
    } catch (error) {
      expect((error as WorkbookInputError).message).toMatchInlineSnapshot(
        `"'export-2025.csv'!A1: missing column Outcome: the header row must name an Outcome (Won/Lost), a Stage holding Closed Won and Closed Lost, or IsClosed with IsWon"`,
      );
    }
  });

  it("places several files by name, then by header", () => {
    const data = readCsvFiles([
      { name: "sales_pipeline.csv", bytes: utf8("opportunity_id,sales_agent,deal_stage,close_value\nA,Ana,Won,100\n") },
      { name: "sales_teams.csv", bytes: utf8("sales_agent,manager,regional_office\nAna,Bo,West\n") },
      { name: "orders.csv", bytes: utf8("CustomerID,InvoiceDate,Quantity,UnitPrice\n7,2025-01-02,2,5\n") },
      { name: "settings.csv", bytes: utf8("Setting,Value\nCurrency,EUR\n") },
      { name: "products.csv", bytes: utf8("product,series,sales_price\nGTX,GT,5\n") },
    ]);
    expect(data.deals?.map((d) => [d.rep, d.amount])).toEqual([["Ana", 100]]);
    expect(data.reps?.map((r) => [r.rep, r.region])).toEqual([["Ana", "West"]]);
    expect(data.transactions?.map((t) => [t.customer, t.amount])).toEqual([["7", 10]]);
    expect(data.settings?.currency).toBe("EUR");
    expect(data.warnings).toContain(
      "products.csv: unknown sheet is not used (Goalsheet reads Goals, Deals, Reps, Transactions and Settings)",
    );
  });
});

/** Find then read, as `goalsheet report` does. */
const inputs = async (paths: string[]) => readInputs(await inputFiles(paths, nodeEffects), nodeEffects);

describe("inputFiles(paths) and readInputs(files)", () => {
  const dir = mkdtempSync(join(tmpdir(), "goalsheet-inputs-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("takes a folder's CSV files in name order, and refuses a folder without any", async () => {
    const folder = join(dir, "exports");
    mkdirSync(folder);
    writeFileSync(join(folder, "deals.csv"), "Outcome\nWon\n");
    writeFileSync(join(folder, "Reps.CSV"), "Rep\nAna\n");
    writeFileSync(join(folder, "notes.md"), "#");
    const input = await inputs([folder]);
    expect(input.kind === "csv" && input.files.map((f) => f.name)).toEqual(["Reps.CSV", "deals.csv"]);
    const empty = join(dir, "empty");
    mkdirSync(empty);
    await expect(inputs([empty])).rejects.toThrow(
      `${empty} holds no .csv files (one CSV per sheet: deals.csv, goals.csv, …)`,
    );
  });

  it("tells an .xlsx from a CSV by its bytes, and refuses a workbook among CSV files", async () => {
    writeFileSync(join(dir, "book.xlsx"), Uint8Array.from([0x50, 0x4b, 3, 4]));
    writeFileSync(join(dir, "deals.csv"), "Outcome\nWon\n");
    expect((await inputs([join(dir, "book.xlsx")])).kind).toBe("workbook");
    expect((await inputs([join(dir, "deals.csv")])).kind).toBe("csv");
    await expect(inputs([join(dir, "deals.csv"), join(dir, "book.xlsx")])).rejects.toThrow(
      /give one \.xlsx workbook, or CSV files/,
    );
  });
});
