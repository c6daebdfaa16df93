import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { CellValue } from "../../shared/excel/values.js";
import { CliError } from "../errors.js";
import { normaliseCell } from "./cells.js";

/** A row as read: its 1-based row number and its cells by 0-based column index. */
export interface RawRow {
  readonly number: number;
  readonly cells: readonly CellValue[];
}

export interface RawSheet {
  readonly name: string;
  readonly rows: readonly RawRow[];
}

export interface RawWorkbook {
  readonly sheets: readonly RawSheet[];
}

export interface ReadOptions {
  /** Sheets to keep (matched by the caller's rule); other sheets are skipped without holding their rows. */
  readonly keepSheet?: (name: string) => boolean;
  /** Called with the rows read so far, for a progress bar. */
  readonly onRows?: (rows: number) => void;
}

/**
 * Read a workbook with exceljs's streaming reader, so large sheets never sit in memory as exceljs objects.
 * `styles: "cache"` is needed for dates: without styles exceljs cannot tell a date from a number.
 */
export async function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): Promise<RawWorkbook> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "emit",
  });
  const sheets: RawSheet[] = [];
  let total = 0;
  try {
    for await (const worksheet of reader) {
      const ws = worksheet as unknown as { name: string } & AsyncIterable<{ number: number; values: unknown[] }>;
      const name = ws.name;
      const keep = options.keepSheet?.(name) ?? true;
      const rows: RawRow[] = [];
      for await (const row of ws) {
        total++;
        if (total % 10_000 === 0) options.onRows?.(total);
        if (!keep) continue;
        const values = row.values;
        const cells: CellValue[] = [];
        for (let c = 1; c < values.length; c++) cells.push(normaliseCell(values[c]));
        rows.push({ number: row.number, cells });
      }
      if (keep) sheets.push({ name, rows });
    }
  } catch (cause) {
    throw new CliError(
      `the file is not a readable .xlsx workbook (${cause instanceof Error ? cause.message : String(cause)})`,
    );
  }
  options.onRows?.(total);
  return { sheets };
}
