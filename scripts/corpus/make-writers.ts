/**
 * Writer corpus, JavaScript side (issue 11, item 1): the table of make-writers.py written by SheetJS and
 * exceljs (in-memory and streaming), and hand-built files for what writers do differently: the OpenXML SDK's
 * `x:` prefixed namespaces, Google Sheets' export shape, inline strings, shared formulas, cached formula
 * results of 0/FALSE/""/errors, 1904 dates by style. Each file gets an expected-values JSON computed here
 * from the data (dates as 1900-system serials worked out with Date.UTC), never from a reader.
 * Run: npx tsx scripts/corpus/make-writers.ts (outputs committed under test/corpus/writers/).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import XLSX from "xlsx";
import { buildZip, workbookEntries } from "../../test/cli/workbook/zip-builder.js";

const OUT = "test/corpus/writers";
const HEADER = ["ID", "Rep", "Amount", "Created", "Won", "Note"];
const utc = (y: number, m: number, d: number, h = 0) => new Date(Date.UTC(y, m - 1, d, h));
const ROWS: unknown[][] = [
  ["D1", "Ana Lima", 1200.5, utc(2026, 1, 5), true, "plain"],
  ["D2", "Zoë & Co <x>", 0, utc(2026, 2, 28), false, null],
  ["D3", "東京 本社", -7, utc(2026, 3, 1), null, "two\nlines"],
  ["D4", "  spaced  ", 1e-9, utc(2026, 3, 1, 12), true, "end"],
];
const SETTINGS = [
  ["Setting", "Value"],
  ["Currency", "EUR"],
  ["Locale", "nl"],
];

/** Days since 1899-12-30 (the 1900 system from 1900-03-01 on). */
const serial = (d: Date) => (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;

type Expected = Record<string, { number: number; cells: unknown[] }[]>;

function expectedRows(rows: unknown[][]): { number: number; cells: unknown[] }[] {
  const out: { number: number; cells: unknown[] }[] = [];
  rows.forEach((row, i) => {
    const cells = row.map((v) => (v instanceof Date ? serial(v) : (v ?? null)));
    while (cells.length > 0 && cells.at(-1) === null) cells.pop();
    if (cells.length > 0) out.push({ number: i + 1, cells });
  });
  return out;
}

const TABLE: Expected = { Deals: expectedRows([HEADER, ...ROWS]), Settings: expectedRows(SETTINGS) };

function save(name: string, bytes: Uint8Array, writer: string, sheets: Expected = TABLE, notes = ""): void {
  writeFileSync(join(OUT, `${name}.xlsx`), bytes);
  writeFileSync(join(OUT, `${name}.json`), `${JSON.stringify({ writer, notes, sheets }, null, 1)}\n`);
}

function sheetjs(): void {
  const wb = XLSX.utils.book_new();
  const deals = XLSX.utils.aoa_to_sheet([HEADER, ...ROWS], { cellDates: true });
  XLSX.utils.book_append_sheet(wb, deals, "Deals");
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(SETTINGS), "Settings");
  const bytes = XLSX.write(wb, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer;
  save("sheetjs", bytes, `SheetJS ${XLSX.version}`, TABLE, "strings inline, no shared strings part");
}

async function exceljs(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.created = utc(2026, 1, 1);
  wb.modified = wb.created;
  const deals = wb.addWorksheet("Deals");
  deals.addRow(HEADER);
  for (const row of ROWS) deals.addRow(row);
  deals.getColumn(4).numFmt = "yyyy-mm-dd hh:mm";
  wb.addWorksheet("Settings").addRows(SETTINGS);
  save("exceljs", new Uint8Array(await wb.xlsx.writeBuffer()), "exceljs 4 in-memory writer");

  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (c: Buffer) => chunks.push(c));
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: true, useStyles: true });
  writer.created = utc(2026, 1, 1);
  writer.modified = writer.created;
  const streamed = writer.addWorksheet("Deals");
  streamed.addRow(HEADER).commit();
  for (const row of ROWS) streamed.addRow(row).commit();
  await streamed.commit();
  const settings = writer.addWorksheet("Settings");
  for (const row of SETTINGS) settings.addRow(row).commit();
  await settings.commit();
  await writer.commit();
  save(
    "exceljs-stream",
    Buffer.concat(chunks),
    "exceljs 4 streaming writer",
    TABLE,
    "shared strings after the sheets, workbook.xml last in the zip",
  );
}

const inline = (ref: string, text: string, prefix = "") =>
  `<${prefix}c r="${ref}" t="inlineStr"><${prefix}is><${prefix}t>${text}</${prefix}t></${prefix}is></${prefix}c>`;

/** The OpenXML SDK's habit: every element in the `x:` prefix, inline strings, no `r` on cells. */
function openXmlSdk(): void {
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const rows = [
    `<x:row r="1">${HEADER.slice(0, 3)
      .map((h, i) => inline(`${"ABC"[i]}1`, h, "x:"))
      .join("")}</x:row>`,
    `<x:row r="2"><x:c t="inlineStr"><x:is><x:t>D1</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Ana Lima</x:t></x:is></x:c><x:c><x:v>1200.5</x:v></x:c></x:row>`,
    `<x:row r="3"><x:c t="inlineStr"><x:is><x:t>D2</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Zoë &amp; Co &lt;x&gt;</x:t></x:is></x:c><x:c><x:v>0</x:v></x:c></x:row>`,
  ].join("");
  const entries = workbookEntries([{ name: "Deals", rows: "" }]).map((e) => {
    if (e.name === "xl/workbook.xml")
      return {
        ...e,
        data: `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:r="${rel}" xmlns:x="${main}"><x:sheets><x:sheet name="Deals" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
      };
    if (e.name === "xl/worksheets/sheet1.xml")
      return {
        ...e,
        data: `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${main}"><x:sheetData>${rows}</x:sheetData></x:worksheet>`,
      };
    return e;
  });
  save(
    "openxml-sdk",
    buildZip(entries),
    "hand-built in the OpenXML SDK's shape",
    {
      Deals: [
        { number: 1, cells: ["ID", "Rep", "Amount"] },
        { number: 2, cells: ["D1", "Ana Lima", 1200.5] },
        { number: 3, cells: ["D2", "Zoë & Co <x>", 0] },
      ],
    },
    "x: prefixed elements, inline strings, cells without r",
  );
}

/**
 * Google Sheets' export shape: shared strings, styles with a custom date format on a style index, rows
 * without `spans`, cached formula values with `<f>` text, and a dialog-free plain package.
 */
function googleSheets(): void {
  const styles =
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>' +
    '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>';
  const strings = ["ID", "Created", "Amount", "Double", "D1", "D2"];
  const rows =
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
    '<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" s="1"><v>46027</v></c><c r="C2"><v>10.25</v></c><c r="D2"><f>C2*2</f><v>20.5</v></c></row>' +
    '<row r="3"><c r="A3" t="s"><v>5</v></c><c r="B3" s="1"><v>46034</v></c><c r="C3"><v>3</v></c><c r="D3"><f>C3*2</f><v>6</v></c></row>';
  const bytes = buildZip(workbookEntries([{ name: "Deals", rows }], { strings, styles }));
  save(
    "google-sheets",
    bytes,
    "hand-built in Google Sheets' export shape",
    {
      Deals: [
        { number: 1, cells: ["ID", "Created", "Amount", "Double"] },
        { number: 2, cells: ["D1", serial(utc(2026, 1, 5)), 10.25, 20.5] },
        { number: 3, cells: ["D2", serial(utc(2026, 1, 12)), 3, 6] },
      ],
    },
    "shared strings, a custom date style, formulas with cached values",
  );
}

/** Formulas as Excel saves them: shared formulas, and cached results exceljs loses (0, FALSE, "", errors). */
function formulas(): void {
  const rows =
    '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*0</f><v>0</v></c><c r="C1" t="b"><f>A1&gt;5</f><v>0</v></c>' +
    '<c r="D1" t="str"><f>""</f><v></v></c><c r="E1" t="e"><f>NA()</f><v>#N/A</v></c><c r="F1" t="b"><f>TRUE()</f><v>1</v></c></row>' +
    '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>0</v></c><c r="E2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>' +
    '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>0</v></c></row>';
  const na = { error: "#N/A", message: "the cell holds the error #N/A" };
  const div0 = { error: "#DIV/0!", message: "the cell holds the error #DIV/0!" };
  save(
    "formulas",
    buildZip(workbookEntries([{ name: "Calc", rows }])),
    "hand-built as Excel saves formulas",
    {
      Calc: [
        { number: 1, cells: [1, 0, false, "", na, true] },
        { number: 2, cells: [2, 0, null, null, div0] },
        { number: 3, cells: [3, 0] },
      ],
    },
    "shared formulas; cached 0, FALSE, empty text, errors and TRUE",
  );
}

/** A 1904 workbook whose dates are known only by their styles (a built-in date format id and a custom one). */
function dates1904(): void {
  const styles =
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="170" formatCode="d-mmm-yy"/></numFmts>' +
    '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="170"/></cellXfs></styleSheet>';
  // 2026-01-05 is 46027 in the 1900 system and 46027 − 1462 = 44565 in the 1904 system.
  const rows =
    '<row r="1"><c r="A1" s="1"><v>44565</v></c><c r="B1" s="2"><v>44565.5</v></c><c r="C1"><v>44565</v></c></row>';
  save(
    "dates-1904",
    buildZip(workbookEntries([{ name: "Dates", rows }], { date1904: true, styles })),
    "hand-built 1904 workbook",
    { Dates: [{ number: 1, cells: [serial(utc(2026, 1, 5)), serial(utc(2026, 1, 5, 12)), 44565] }] },
    "dates by built-in format 14 and custom format d-mmm-yy; an unformatted number stays as it is",
  );
}

async function main(): Promise<void> {
  sheetjs();
  await exceljs();
  openXmlSdk();
  googleSheets();
  formulas();
  dates1904();
  process.stderr.write(`javascript writers: files in ${OUT}\n`);
}

await main();
