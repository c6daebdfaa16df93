import {
  DAYS_1900_TO_1904,
  errorCell,
  type InputProblem,
  isDateFormat,
  parseRegion,
  type RawRow,
  type SheetLayout,
  WorkbookAssembler,
  type WorkbookData,
} from "../../generator/report/index.js";
import type { CellValue } from "../../shared/excel/values.js";

/** What the pane loads of a used range: Office.js gives values, their types and formats cell by cell. */
export interface RangeSnapshot {
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  /** 0-based position of the range's top-left cell on the sheet. */
  readonly rowIndex: number;
  readonly columnIndex: number;
}

/**
 * One cell from Office.js to a core cell, the counterpart of the CLI's exceljs normaliser: `values` already
 * holds dates as serial numbers in the workbook's date system, errors as their code text ("#N/A") with type
 * "Error", and empty cells as "" with type "Empty".
 */
export function officeCell(value: unknown, type: string, format: unknown, date1904: boolean): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return errorCell(String(value));
    case "Double":
    case "Integer": {
      const n = typeof value === "number" ? value : Number(value);
      if (!Number.isFinite(n)) return null;
      return date1904 && isDateFormat(typeof format === "string" ? format : undefined) ? n + DAYS_1900_TO_1904 : n;
    }
    case "Boolean":
      return Boolean(value);
    default:
      if (value === null || value === undefined || value === "") return null;
      return typeof value === "number" || typeof value === "boolean" ? value : String(value);
  }
}

/** A used range as sheet rows numbered as on the sheet, cells indexed from column A (blank before the range). */
export function rowsOfRange(range: RangeSnapshot, date1904: boolean): RawRow[] {
  const lead: CellValue[] = Array.from({ length: range.columnIndex }, () => null);
  return range.values.map((row, r) => ({
    number: range.rowIndex + r + 1,
    cells: [
      ...lead,
      ...row.map((v, c) => officeCell(v, range.valueTypes[r]?.[c] ?? "Unknown", range.numberFormat[r]?.[c], date1904)),
    ],
  }));
}

/** A table's address from Office.js ("Deals!B3:K200" or "'Q3 deals'!B3:K200") without its sheet part. */
export function addressInSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}

/**
 * Read the open workbook through Office.js into the same parsed workbook the CLI builds from an .xlsx: sheet
 * names and tables first (so the same sheet/table rules pick the sections), then only the used ranges of the
 * sheets a section reads. Dates stay serials (Office.js gives them as numbers); workbooks in the 1904 date
 * system are not detected (Office.js has no stable API for it in the typings we build against).
 */
export async function readOpenWorkbook(
  context: Excel.RequestContext,
): Promise<{ data: WorkbookData; problems: readonly InputProblem[] }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const tablesBySheet = sheets.items.map((ws) => {
    const tables = ws.tables;
    tables.load("items/name");
    return tables;
  });
  await context.sync();
  const ranges = tablesBySheet.map((tables) =>
    tables.items.map((t) => {
      const range = t.getRange();
      range.load("address");
      return { name: t.name, range };
    }),
  );
  await context.sync();
  const layouts: SheetLayout[] = sheets.items.map((ws, i) => ({
    name: ws.name,
    tables: (ranges[i] ?? []).flatMap(({ name, range }) => {
      const region = parseRegion(addressInSheet(range.address));
      return region ? [{ name, region }] : [];
    }),
  }));
  const assembler = new WorkbookAssembler(layouts, false);
  const used = sheets.items
    .filter((ws) => assembler.wants(ws.name))
    .map((ws) => {
      const range = ws.getUsedRangeOrNullObject(true);
      range.load(["values", "valueTypes", "numberFormat", "rowIndex", "columnIndex"]);
      return { name: ws.name, range };
    });
  await context.sync();
  for (const { name, range } of used) {
    if (range.isNullObject) continue;
    const sink = assembler.sinkFor(name);
    for (const row of rowsOfRange(range as unknown as RangeSnapshot, false)) sink?.push(row);
  }
  return assembler.finish();
}
