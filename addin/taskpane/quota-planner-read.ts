import type { WorkbookData } from "../../generator/report/index.js";
import type { CellValue } from "../../shared/excel/values.js";
import { MONTH_HEADERS } from "../../shared/quota/plan/months.js";
import type { DealsSource, RepsSource } from "../../shared/quota/plan/plan-input.js";
import { officeCell, type RangeSnapshot, readOpenWorkbook } from "./excel-workbook.js";

/**
 * What the quota planner needs from the open workbook: the Reps and Deals tables the report would read (same
 * contract, same choice of sheet or table), their raw rows, the team goal to offer as the target, and the sheets
 * and names a plan could overwrite.
 */
export interface PlannerWorkbook {
  readonly reps?: RepsSource;
  readonly deals?: DealsSource;
  /** The target of the first team revenue goal on the Goals sheet, offered as the team target. */
  readonly teamTarget?: number;
  readonly sheetNames: readonly string[];
  readonly names: readonly string[];
}

/** A region (table or used range) as a source table: header row, cells from its first column, rows below. */
export function sourceOfRange(
  range: RangeSnapshot,
  sheet: string,
  table: string | undefined,
): Omit<RepsSource, "columns"> | undefined {
  const cells = range.values.map((row, r) =>
    row.map(
      (v, c): CellValue => officeCell(v, range.valueTypes[r]?.[c] ?? "Unknown", range.numberFormat[r]?.[c], false),
    ),
  );
  const blank = (row: readonly CellValue[]) => row.every((c) => c === null);
  // A plain range starts at its first non-blank row (as the report reads it) and ends at its last one; a table
  // is taken whole, since its formulas (Reps[Rep]) cover every row.
  const top = table ? 0 : cells.findIndex((row) => !blank(row));
  if (top < 0 || top >= cells.length) return undefined;
  let bottom = cells.length;
  if (!table) while (bottom > top + 1 && blank(cells[bottom - 1] as CellValue[])) bottom--;
  const header = cells[top] as CellValue[];
  return {
    sheet,
    ...(table ? { table } : {}),
    headerRow: range.rowIndex + top + 1,
    firstColumn: range.columnIndex + 1,
    headers: header.map((h) => (h === null ? "" : String(h))),
    rows: cells.slice(top + 1, bottom),
  };
}

/** Contract keys → 0-based columns of the region, from the report's own column resolution (1-based on the sheet). */
function columnsOf(columns: Readonly<Record<string, number>>, firstColumn: number) {
  const at = (key: string) => (columns[key] === undefined ? undefined : (columns[key] as number) - firstColumn);
  return at;
}

async function region(context: Excel.RequestContext, sheet: string, table: string | undefined): Promise<RangeSnapshot> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const range = table ? ws.tables.getItem(table).getRange() : ws.getUsedRange(true);
  range.load(["values", "valueTypes", "numberFormat", "rowIndex", "columnIndex"]);
  await context.sync();
  return range as unknown as RangeSnapshot;
}

function teamTarget(data: WorkbookData): number | undefined {
  const goal = data.goals?.find(
    (g) => g.metric === "revenue" && (g.owner === undefined || /^team$/i.test(g.owner)) && g.target !== undefined,
  );
  return goal?.target;
}

export async function readPlannerWorkbook(context: Excel.RequestContext): Promise<PlannerWorkbook> {
  const { data } = await readOpenWorkbook(context);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();
  const out: { -readonly [K in keyof PlannerWorkbook]: PlannerWorkbook[K] } = {
    sheetNames: sheets.items.map((s) => s.name),
    names: names.items.map((n) => n.name),
  };
  const target = teamTarget(data);
  if (target !== undefined) out.teamTarget = target;
  const repsFrom = data.sources.reps;
  if (repsFrom) {
    const base = sourceOfRange(await region(context, repsFrom.sheet, repsFrom.table), repsFrom.sheet, repsFrom.table);
    const at = base && columnsOf(repsFrom.columns, base.firstColumn);
    if (base && at && at("rep") !== undefined) {
      const optional = (key: string) => (at(key) === undefined ? {} : { [key]: at(key) });
      out.reps = {
        ...base,
        columns: {
          rep: at("rep") as number,
          ...optional("region"),
          ...optional("startDate"),
          ...optional("weight"),
          ...optional("quota"),
          // The contract's month keys are the month headers in lower case (jan … dec).
          months: MONTH_HEADERS.map((h) => at(h.toLowerCase())),
        },
      };
    }
  }
  const dealsFrom = data.sources.deals;
  if (dealsFrom) {
    const base = sourceOfRange(
      await region(context, dealsFrom.sheet, dealsFrom.table),
      dealsFrom.sheet,
      dealsFrom.table,
    );
    const at = base && columnsOf(dealsFrom.columns, base.firstColumn);
    const [rep, amount, closed, outcome] = ["rep", "amount", "closed", "outcome"].map((k) => at?.(k));
    if (base && rep !== undefined && amount !== undefined && closed !== undefined && outcome !== undefined)
      out.deals = { ...base, columns: { rep, amount, closed, outcome } };
  }
  return out;
}
