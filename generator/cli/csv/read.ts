import Papa from "papaparse";
import type { CellValue } from "../../../shared/excel/values.js";
import { type InputProblem, problem } from "../../report/problems.js";
import { SECTIONS, WorkbookAssembler, type WorkbookData } from "../../report/workbook/data.js";
import { sectionOfHeader } from "../../report/workbook/detect.js";
import type { SheetLayout } from "../../report/workbook/raw.js";
import { SETTINGS_SHEET } from "../../report/workbook/settings.js";
import { matchesSheet } from "../../report/workbook/table.js";
import { CliError, WorkbookInputError } from "../errors.js";
import { decodeCsv } from "./decode.js";

/**
 * CSV files in, the same parsed workbook out as from an .xlsx: each file is a sheet named after the file
 * ("deals.csv"), its rows pushed into the same row sinks (WorkbookAssembler), so every rule of the contract
 * applies. Cells are text; typing happens in the contract's field checks (fields.ts).
 *
 * Parsing is papaparse's: the most used CSV parser in JavaScript, MIT, no dependencies, with the delimiter
 * guessing that exports need (comma, semicolon from European Excel, tab, pipe) and RFC 4180 quoting with
 * quotes doubled and line breaks inside quotes. Decoding (BOMs, UTF-16, Windows-1252) is decode.ts.
 *
 * Which section a file feeds: its name when the name is a sheet name ("deals.csv", "Opportunities.csv",
 * "settings.csv"), else its header (detect.ts); a lone file that neither decides is read as Deals, so its
 * problems say which Deals columns it lacks.
 */
export interface CsvFile {
  /** The file's name as the user gave it (problems name it: deals.csv!F14). */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Larger files cannot become one JavaScript string; a CSV this big belongs in a database. */
export const MAX_CSV_BYTES = 512 * 1024 * 1024;

const DELIMITERS = [",", ";", "\t", "|"];

export function readCsvFiles(files: readonly CsvFile[]): WorkbookData {
  const texts = files.map((file) => {
    if (file.bytes.byteLength > MAX_CSV_BYTES)
      throw new CliError(
        `${file.name}: the file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MiB, got ${file.bytes.byteLength} bytes`,
      );
    return { name: sheetName(file.name), ...splitSeparatorLine(decodeCsv(file.bytes).text) };
  });
  const layouts: SheetLayout[] = texts.map(({ name, text, delimiter }) => {
    const base = name.replace(/\.[^.]*$/, "");
    if (matchesSheet(base, SETTINGS_SHEET)) return { name, tables: [], section: "settings" };
    const named = Object.entries(SECTIONS).find(([, contract]) => matchesSheet(base, contract));
    if (named) return { name, tables: [], section: named[0] as SheetLayout["section"] };
    const section = sectionOfHeader(firstRow(text, delimiter)) ?? (files.length === 1 ? "deals" : undefined);
    return { name, tables: [], ...(section ? { section } : {}) };
  });
  const assembler = new WorkbookAssembler(layouts);
  const problems: InputProblem[] = [];
  for (const { name, text, delimiter } of texts) {
    const sink = assembler.sinkFor(name);
    if (!sink) continue;
    let row = 0;
    Papa.parse<string[]>(text, {
      ...(delimiter ? { delimiter } : { delimitersToGuess: DELIMITERS }),
      skipEmptyLines: false,
      step: (result) => {
        row++;
        if (isFooter(result.data)) return;
        sink.push({ number: row, cells: result.data as CellValue[] });
        for (const error of result.errors)
          if (error.type === "Quotes")
            problems.push(problem({ code: "input", sheet: name, rule: `row ${row} has a quote that is never closed` }));
      },
    });
  }
  const { data, problems: found } = assembler.finish();
  const all = [...problems, ...found];
  if (all.length > 0) throw new WorkbookInputError(all);
  return data;
}

/**
 * Report exports end with a line or two of boilerplate under the data (Salesforce: "Confidential Information -
 * Do Not Distribute", "Copyright (c) 2000-2024 salesforce.com, inc."): one text cell, no data. Dropped.
 */
function isFooter(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== "");
  return (
    filled.length === 1 &&
    /^(confidential information|copyright \(c\)|©|generated (by|on)\b)/i.test((filled[0] as string).trim())
  );
}

/** A file name as a sheet name: its last path part (problems name the file the user can open). */
function sheetName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** Excel writes "sep=;" as a first line to say which delimiter follows; it is no row of the data. */
function splitSeparatorLine(text: string): { text: string; delimiter?: string } {
  const m = /^sep=(.)\r?\n/i.exec(text);
  return m ? { text: text.slice(m[0].length), delimiter: m[1] as string } : { text };
}

function firstRow(text: string, delimiter: string | undefined): CellValue[] {
  const parsed = Papa.parse<string[]>(text, {
    ...(delimiter ? { delimiter } : { delimitersToGuess: DELIMITERS }),
    preview: 1,
  });
  return (parsed.data[0] ?? []) as CellValue[];
}
