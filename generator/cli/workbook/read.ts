import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { CellValue } from "../../../shared/excel/values.js";
import { cellAddress } from "../../report/problems.js";
import {
  DAYS_1900_TO_1904,
  isDateFormat,
  isFormula,
  needsRecovery,
  normaliseCell,
} from "../../report/workbook/cells.js";
import { WorkbookAssembler, type WorkbookData } from "../../report/workbook/data.js";
import type { RawRow, RowSink } from "../../report/workbook/raw.js";
import { CliError, WorkbookInputError } from "../errors.js";
import { guardWorkbook } from "./guard.js";
import { readLayout } from "./layout.js";
import { cachedFormulaValues } from "./recover.js";

export interface ReadOptions {
  /** Called now and then with the share of the file read so far (0 to 1), for a progress bar. */
  readonly onProgress?: (fraction: number) => void;
}

/**
 * The single entry from .xlsx bytes to validated records. Reads the layout (date system, sheets, tables),
 * then streams only the sheets a section reads with exceljs's streaming reader, so rows become records one
 * at a time and never sit in memory as exceljs objects. Every problem of the workbook is collected and thrown
 * at once as a WorkbookInputError (exit code 2); a file that is not an .xlsx is a CliError (exit code 2).
 */
export async function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): Promise<WorkbookData> {
  // The zip guard (issue 8) refuses non-workbooks, encrypted files and zip bombs before anything inflates.
  await guardWorkbook(bytes);
  const layout = await readLayout(bytes).catch((cause: unknown) => {
    throw notAWorkbook(cause);
  });
  const assembler = new WorkbookAssembler(layout.sheets, layout.date1904);
  const parts = new Map(layout.sheets.map((s) => [s.name, s.part]));
  await streamRows(bytes, layout.date1904, (name) => assembler.sinkFor(name), parts, options, layout.sheets);
  const { data, problems } = assembler.finish();
  if (problems.length > 0) throw new WorkbookInputError(problems);
  return data;
}

/**
 * Stream every wanted sheet's rows, normalised, into its sink. Exported for tests of the normalising layer.
 * `parts` maps sheet names to their XML parts, for the cached-formula-result scan.
 */
export async function streamRows(
  bytes: Uint8Array,
  date1904: boolean,
  sinkFor: (sheet: string) => RowSink | undefined,
  parts: ReadonlyMap<string, string>,
  options: ReadOptions = {},
  sheets: readonly { readonly name: string; readonly rId: string }[] = [],
): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(chunked(bytes, options.onProgress), {
    sharedStrings: "cache",
    // Styles are needed for dates: without them exceljs cannot tell a date from a number.
    styles: "cache",
    // Hyperlink cells keep their text as the value; the target is not needed.
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  // exceljs names a worksheet from workbook.xml, which it has not parsed yet when that part comes after the
  // worksheets in the zip (exceljs itself writes files that way): it then fails on its missing model. The
  // layout pass has already read the sheet names, so hand them over; exceljs replaces them with the same
  // names when it reaches workbook.xml.
  (reader as unknown as { model?: unknown }).model = {
    sheets: sheets.map((s, i) => ({ name: s.name, rId: s.rId, id: i + 1, state: "visible" })),
  };
  try {
    let first = true;
    for await (const worksheet of reader) {
      const ws = worksheet as unknown as { name: string } & AsyncIterable<ExcelRow>;
      const sink = sinkFor(ws.name);
      if (!sink) {
        // The sheet's XML must still be consumed for the stream to move on; rows are dropped as they come.
        for await (const _row of ws);
        continue;
      }
      const part = parts.get(ws.name);
      const recovered = part ? await cachedFormulaValues(bytes, part) : new Map<string, CellValue>();
      for await (const row of ws) {
        // exceljs hands out {sharedString: n} placeholders when its stream never reached sharedStrings.xml
        // (seen with files whose many worksheets precede it in the zip). Nothing has reached a sink yet at the
        // first row, so the whole workbook can still be read the other way.
        if (first && hasPlaceholder(row)) {
          await readInMemory(bytes, date1904, sinkFor, parts);
          options.onProgress?.(1);
          return;
        }
        first = false;
        sink.push(normaliseRow(row, date1904, recovered));
      }
    }
  } catch (cause) {
    throw notAWorkbook(cause);
  }
  options.onProgress?.(1);
}

function hasPlaceholder(row: ExcelRow): boolean {
  return row.values.some((v) => typeof v === "object" && v !== null && "sharedString" in v);
}

/**
 * The fallback for part orders the streaming reader cannot follow: exceljs's in-memory reader, which reads the
 * parts in any order. It holds the workbook in memory, which the zip guard has already bounded in size.
 */
async function readInMemory(
  bytes: Uint8Array,
  date1904: boolean,
  sinkFor: (sheet: string) => RowSink | undefined,
  parts: ReadonlyMap<string, string>,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  for (const worksheet of workbook.worksheets) {
    const sink = sinkFor(worksheet.name);
    if (!sink) continue;
    const part = parts.get(worksheet.name);
    const recovered = part ? await cachedFormulaValues(bytes, part) : new Map<string, CellValue>();
    worksheet.eachRow((row) => sink.push(normaliseRow(row as unknown as ExcelRow, date1904, recovered)));
  }
}

interface ExcelRow {
  readonly number: number;
  readonly values: unknown[];
  getCell(col: number): { numFmt?: string };
}

function normaliseRow(row: ExcelRow, date1904: boolean, recovered: ReadonlyMap<string, CellValue>): RawRow {
  const values = row.values;
  const cells: CellValue[] = new Array(Math.max(0, values.length - 1)).fill(null);
  for (let c = 1; c < values.length; c++) {
    const value = values[c];
    if (!isFormula(value)) {
      cells[c - 1] = normaliseCell(value);
      continue;
    }
    let cell = normaliseCell(value);
    if (needsRecovery(value)) {
      const address = cellAddress(row.number, c);
      if (recovered.has(address)) cell = recovered.get(address) as CellValue;
    }
    // A formula's cached date stays a serial in the workbook's own date system; bring it to 1900.
    if (typeof cell === "number" && date1904 && isDateFormat(row.getCell(c).numFmt)) cell += DAYS_1900_TO_1904;
    cells[c - 1] = cell;
  }
  return { number: row.number, cells };
}

/** The bytes as a stream of 1 MiB chunks, reporting how far the reader has pulled. */
function chunked(bytes: Uint8Array, onProgress?: (fraction: number) => void): Readable {
  const size = 1 << 20;
  return Readable.from(
    (function* () {
      for (let at = 0; at < bytes.byteLength; at += size) {
        onProgress?.(at / bytes.byteLength);
        yield Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(size, bytes.byteLength - at));
      }
    })(),
  );
}

function notAWorkbook(cause: unknown): CliError {
  if (cause instanceof CliError) return cause;
  return new CliError(
    `the file is not a readable .xlsx workbook (${cause instanceof Error ? cause.message : String(cause)})`,
  );
}
