import ExcelJS from "exceljs";
import { DEALS } from "../../generator/report/workbook/contract.js";
import { mulberry32 } from "../prng.js";

/**
 * Workbook builders for the hostile cases: a small, valid Deals sheet that each case bends one way. Dates are
 * UTC midnights so their serials are exact (exceljs writes Date cells as UTC-based serials).
 */
/** The Deals headers of the workbook contract, in its order. */
export const DEAL_HEADERS = DEALS.columns.map((c) => c.header);

export const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Three won and two lost over two reps: 60% overall, Ana 2/3, Bram 1/2. */
export function sampleDeals(): unknown[][] {
  return [
    ["D1", "Ana Lima", "EMEA", "SMB", "Closed won", 1000, utc("2026-01-05"), utc("2026-02-04"), "Won", "Acme"],
    ["D2", "Ana Lima", "EMEA", "SMB", "Closed won", 2000, utc("2026-01-12"), utc("2026-03-01"), "Won", "Globex"],
    ["D3", "Ana Lima", "EMEA", "SMB", "Closed lost", 1500, utc("2026-02-01"), utc("2026-03-15"), "Lost", "Acme"],
    ["D4", "Bram de Vries", "APAC", "Enterprise", "Closed won", 9000, utc("2026-02-10"), utc("2026-04-01"), "Won", ""],
    [
      "D5",
      "Bram de Vries",
      "APAC",
      "Enterprise",
      "Closed lost",
      7000,
      utc("2026-03-01"),
      utc("2026-04-20"),
      "Lost",
      "",
    ],
  ];
}

export interface DealsOptions {
  readonly sheetName?: string;
  readonly headers?: readonly unknown[];
  readonly rows?: readonly unknown[][];
  readonly date1904?: boolean;
  /** Blank rows above the header. */
  readonly headerRow?: number;
  /** Extra changes (merges, formulas, other sheets) before writing. */
  readonly edit?: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void;
}

export async function dealsWorkbook(options: DealsOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = utc("2026-01-01");
  workbook.modified = utc("2026-01-01");
  if (options.date1904) (workbook.properties as { date1904?: boolean }).date1904 = true;
  const sheet = workbook.addWorksheet(options.sheetName ?? "Deals");
  const first = options.headerRow ?? 1;
  sheet.getRow(first).values = [...(options.headers ?? DEAL_HEADERS)] as ExcelJS.CellValue[];
  (options.rows ?? sampleDeals()).forEach((values, i) => {
    const row = sheet.getRow(first + 1 + i);
    values.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      cell.value = value as ExcelJS.CellValue;
      if (value instanceof Date) cell.numFmt = "yyyy-mm-dd";
    });
  });
  options.edit?.(sheet, workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A workbook with just the named sheets, each holding one cell. */
export async function sheetsWorkbook(names: readonly string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const name of names) workbook.addWorksheet(name).getCell("A1").value = `${name} notes`;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The head of an OLE compound file (the container of legacy .xls and of encrypted .xlsx), with one directory
 * entry name. Not a complete compound file: enough for the signature and stream-name checks a reader makes first.
 */
export function compoundFile(streamName: string): Buffer {
  const file = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  file.writeUInt16LE(0x003e, 24); // minor version
  file.writeUInt16LE(0x0003, 26); // major version 3 (512-byte sectors)
  file.writeUInt16LE(0xfffe, 28); // little-endian byte order mark
  file.writeUInt16LE(9, 30); // sector shift
  Buffer.from("Root Entry", "utf16le").copy(file, 1024);
  Buffer.from(streamName, "utf16le").copy(file, 1024 + 128);
  return file;
}

/** Deterministic pseudo-random bytes (mulberry32), so "random garbage" is the same on every run. */
export function noise(length: number, seed = 8): Buffer {
  const random = mulberry32(seed);
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) out[i] = Math.floor(random() * 4294967296) & 0xff;
  return out;
}
