import { readdirSync, readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { CellProblems } from "../../../generator/cli/workbook/problems.js";
import { readSheets } from "../../../generator/cli/workbook/read.js";
import { normaliseCell } from "../../../generator/report/workbook/cells.js";

/**
 * Issue 11, item 1 (every writer) and issue 12 (exceljs as the reference reader): each file of the writer
 * corpus (test/corpus/writers/, made by scripts/corpus/make-writers.{py,ts}; see its README) read by the
 * reader must equal the values its generator wrote (the .json beside it, computed from the generator's own
 * data), and, cell for cell, what exceljs's in-memory reader reads, once exceljs's known differences are
 * normalised (listed in `fromExceljs`). The real files from public sources are checked against their
 * project's own assertions (real/checks.json).
 */
const DIR = new URL("../../corpus/writers/", import.meta.url);
type Rows = { number: number; cells: readonly unknown[] }[];

async function readAll(bytes: Uint8Array): Promise<Record<string, Rows>> {
  const out: Record<string, Rows> = {};
  const problems = new CellProblems();
  await readSheets(
    bytes,
    () => ({
      sinkFor: (name) => {
        const rows: Rows = [];
        out[name] = rows;
        return { push: (row) => rows.push(row) };
      },
    }),
    problems,
  );
  expect(problems.list()).toEqual([]);
  return out;
}

/**
 * exceljs's cells as the reader's, with its known differences normalised:
 * - a formula's cached 0, FALSE, "" or error is missing from exceljs's value and a cached TRUE reads as 1
 *   (exceljs copies only truthy model fields): where exceljs has no result, the reader's value must be one of
 *   those, and a 1 stands for TRUE where the reader has TRUE;
 * - exceljs makes Dates of date-formatted numbers: they are taken back to 1900-system serials (normaliseCell);
 * - exceljs returns empty rows it has no cells for: rows without values are left out, as the reader does.
 */
function fromExceljs(worksheet: ExcelJS.Worksheet, mine: Rows): Rows {
  const byNumber = new Map(mine.map((r) => [r.number, r.cells]));
  const rows: Rows = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as unknown[];
    const cells: unknown[] = [];
    for (let c = 1; c < values.length; c++) {
      const value = values[c];
      let cell = normaliseCell(value);
      const formula = typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);
      const reader = byNumber.get(number)?.[c - 1];
      if (formula) {
        const result = (value as { result?: unknown }).result;
        const lost =
          reader === 0 || reader === false || reader === "" || (typeof reader === "object" && reader !== null);
        if (result === undefined && lost) cell = reader as never;
        if (result === 1 && reader === true) cell = true;
      }
      cells[c - 1] = cell;
    }
    for (let c = 0; c < cells.length; c++) cells[c] ??= null;
    while (cells.length > 0 && cells.at(-1) === null) cells.pop();
    if (cells.length > 0) rows.push({ number, cells });
  });
  return rows;
}

const generated = readdirSync(DIR)
  .filter((f) => f.endsWith(".xlsx"))
  .sort();

describe("the writer corpus", () => {
  it("has a file from every writer issue 11 names", () => {
    expect(generated).toEqual([
      "dates-1904.xlsx",
      "exceljs-stream.xlsx",
      "exceljs.xlsx",
      "formulas.xlsx",
      "google-sheets.xlsx",
      "libreoffice.xlsx",
      "openpyxl-1904.xlsx",
      "openpyxl.xlsx",
      "openxml-sdk.xlsx",
      "pandas-openpyxl.xlsx",
      "pandas-xlsxwriter.xlsx",
      "sheetjs.xlsx",
      "xlsxwriter-1904.xlsx",
      "xlsxwriter-constant-memory.xlsx",
    ]);
  });

  it.each(generated)("reads %s as its generator wrote it, and as exceljs reads it", async (file) => {
    const bytes = readFileSync(new URL(file, DIR));
    const expected = JSON.parse(readFileSync(new URL(file.replace(/\.xlsx$/, ".json"), DIR), "utf8")) as {
      sheets: Record<string, Rows>;
    };
    const mine = await readAll(bytes);
    expect(mine).toEqual(expected.sheets);

    const workbook = new ExcelJS.Workbook();
    const gap = KNOWN_EXCELJS_GAPS[file];
    if (gap) {
      await expect(workbook.xlsx.load(bytes as never)).rejects.toThrow(gap);
      return;
    }
    await workbook.xlsx.load(bytes as never);
    const theirs: Record<string, Rows> = {};
    for (const worksheet of workbook.worksheets)
      theirs[worksheet.name] = fromExceljs(worksheet, mine[worksheet.name] ?? []);
    expect(theirs).toEqual(mine);
  });
});

/**
 * Files exceljs cannot read, with how it fails (so the test notices if that changes): it does not know
 * namespace prefixes, so it finds no `sheets` in the OpenXML SDK's `x:workbook` and throws.
 */
const KNOWN_EXCELJS_GAPS: Record<string, string> = {
  "openxml-sdk.xlsx": "Cannot read properties of undefined (reading 'sheets')",
};

describe("real files from public sources", () => {
  const checks = JSON.parse(readFileSync(new URL("real/checks.json", DIR), "utf8")) as {
    files: Record<string, { checks: [string, number, number, unknown][] }>;
  };
  it.each(Object.keys(checks.files))("reads %s as its project's own tests say", async (file) => {
    const mine = await readAll(readFileSync(new URL(`real/${file}`, DIR)));
    for (const [sheet, row, col, value] of checks.files[file]?.checks ?? []) {
      const cell = mine[sheet]?.find((r) => r.number === row)?.cells[col - 1];
      const want =
        typeof value === "object" && value !== null && "error" in value
          ? {
              error: (value as { error: string }).error,
              message: `the cell holds the error ${(value as { error: string }).error}`,
            }
          : value;
      expect(cell, `${file} ${sheet} row ${row} column ${col}`).toEqual(want);
    }
  });
});
