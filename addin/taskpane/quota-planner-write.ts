import { area, cell, columnLetters, sheetPrefix } from "../../shared/quota/plan/a1.js";
import type { CellStyle, PlanWorkbookSpec, RangeFormat, Scalar } from "../../shared/quota/plan/sheet-spec.js";
import type { PlannerWorkbook } from "./quota-planner-read.js";

/**
 * The plan description through Office.js, and what it would replace. Nothing is deleted or overwritten unless
 * `replacements` listed it and the manager confirmed.
 */

/** The workbook's sheet of that name, compared as Excel compares sheet names (without case). */
function sheetNamed(book: PlannerWorkbook, name: string): string | undefined {
  return book.sheetNames.find((s) => s.toLowerCase() === name.toLowerCase());
}

/** What writing the plan would replace, one line each; empty when it only adds. */
export function replacements(spec: PlanWorkbookSpec, book: PlannerWorkbook): string[] {
  const out: string[] = [];
  const quota = sheetNamed(book, spec.sheet.name);
  if (quota) out.push(`the sheet ${quota}`);
  const repsSheet = spec.reps.create ? sheetNamed(book, spec.reps.sheet) : undefined;
  if (repsSheet) out.push(`the sheet ${repsSheet}`);
  const names = spec.names.filter((n) => book.names.some((m) => m.toLowerCase() === n.name.toLowerCase()));
  if (names.length > 0) out.push(`the names ${names.map((n) => n.name).join(", ")}`);
  const table = book.reps;
  if (table && !spec.reps.create) {
    for (const column of spec.reps.columns.filter((c) => c.existing)) {
      const index = column.column - table.firstColumn;
      const filled = table.rows.filter((row) => row[index] !== null && row[index] !== undefined).length;
      if (filled > 0)
        out.push(
          `${filled} value(s) in the ${table.table ? `${table.table}[${column.header}]` : column.header} column`,
        );
    }
  }
  return out;
}

/** Excel's column width in characters → points (7 px a character plus 5 px padding, at 96 dpi). */
const points = (characters: number) => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

function grid<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(columns).fill(value));
}

function size(range: string): { rows: number; columns: number } {
  const [first, last = first] = range.split(":");
  const at = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a as string) as RegExpExecArray;
    return { row: Number(m[2]), column: [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) };
  };
  const a = at(first as string);
  const b = at(last as string);
  return { rows: b.row - a.row + 1, columns: b.column - a.column + 1 };
}

function style(range: Excel.Range, s: CellStyle): void {
  const font = range.format.font;
  if (s.bold !== undefined) font.bold = s.bold;
  if (s.italic !== undefined) font.italic = s.italic;
  if (s.size !== undefined) font.size = s.size;
  if (s.color !== undefined) font.color = s.color;
  if (s.fill !== undefined) range.format.fill.color = s.fill;
  if (s.align !== undefined)
    range.format.horizontalAlignment = s.align === "center" ? "Center" : s.align === "left" ? "Left" : "Right";
}

function format(sheet: Excel.Worksheet, f: RangeFormat): void {
  const range = sheet.getRange(f.range);
  if (f.numberFormat) {
    const { rows, columns } = size(f.range);
    range.numberFormat = grid(rows, columns, f.numberFormat);
  }
  if (f.style) style(range, f.style);
}

async function writeReps(context: Excel.RequestContext, spec: PlanWorkbookSpec): Promise<void> {
  const reps = spec.reps;
  const rows = reps.rows;
  let sheet = context.workbook.worksheets.getItem(reps.sheet);
  if (reps.create) {
    sheet = context.workbook.worksheets.add(reps.sheet);
    const headers = reps.create.headers;
    const top = area(reps.headerRow, 1, reps.headerRow + rows, headers.length);
    sheet.getRange(top).values = [[...headers], ...reps.create.rows.map((r) => r.map((v) => v ?? ""))];
    reps.create.numberFormats.forEach((f, i) => {
      if (f && rows > 0)
        sheet.getRange(area(reps.headerRow + 1, i + 1, reps.headerRow + rows, i + 1)).numberFormat = grid(rows, 1, f);
    });
    const table = sheet.tables.add(`${sheetPrefix(reps.sheet)}${top}`, true);
    table.name = reps.table ?? "Reps";
  }
  const table = reps.table ? sheet.tables.getItem(reps.table) : undefined;
  for (const column of reps.columns) {
    let body: Excel.Range;
    if (table) {
      const target = column.existing
        ? table.columns.getItem(column.header)
        : table.columns.add(undefined, undefined, column.header);
      body = target.getDataBodyRange();
    } else {
      if (!column.existing) sheet.getRange(cell(reps.headerRow, column.column)).values = [[column.header]];
      const letters = columnLetters(column.column);
      body = sheet.getRange(`${letters}${reps.headerRow + 1}:${letters}${reps.headerRow + rows}`);
    }
    if (column.formula) body.formulas = grid(rows, 1, column.formula);
    else body.values = column.values.map((v) => [v ?? ""]);
    if (column.numberFormat) body.numberFormat = grid(rows, 1, column.numberFormat);
  }
  await context.sync();
}

/**
 * Write the plan: clear what `replacements` listed (only when `replace`), then the Quota sheet's values and
 * formats and the names its formulas use, the Reps columns (a Start date column the formulas refer to may be
 * new), the Quota formulas and the chart, in batches Excel checks in order.
 */
export async function writePlan(
  context: Excel.RequestContext,
  spec: PlanWorkbookSpec,
  book: PlannerWorkbook,
  replace: boolean,
): Promise<void> {
  if (!replace && replacements(spec, book).length > 0)
    throw new Error("the plan would replace parts of the workbook: confirm first");
  const workbook = context.workbook;
  const quota = sheetNamed(book, spec.sheet.name);
  if (quota) workbook.worksheets.getItem(quota).delete();
  const reps = spec.reps.create ? sheetNamed(book, spec.reps.sheet) : undefined;
  if (reps) workbook.worksheets.getItem(reps).delete();
  for (const n of spec.names)
    if (book.names.some((m) => m.toLowerCase() === n.name.toLowerCase())) workbook.names.getItem(n.name).delete();
  await context.sync();

  const sheet = workbook.worksheets.add(spec.sheet.name);
  for (const c of spec.sheet.cells) if (!c.formula) sheet.getRange(c.address).values = [[c.value ?? ""]] as Scalar[][];
  for (const f of spec.sheet.formats) format(sheet, f);
  for (const w of spec.sheet.columnWidths)
    sheet.getRange(`${columnLetters(w.column)}:${columnLetters(w.column)}`).format.columnWidth = points(w.width);
  for (const n of spec.names) workbook.names.add(n.name, n.refersTo, n.comment);
  await context.sync();
  await writeReps(context, spec);
  for (const c of spec.sheet.cells) if (c.formula) sheet.getRange(c.address).formulas = [[c.formula]];
  await context.sync();

  const chartSpec = spec.sheet.chart;
  const local = (ref: string) => ref.slice(ref.lastIndexOf("!") + 1);
  const chart = sheet.charts.add("ColumnClustered", sheet.getRange(local(chartSpec.values)), "Rows");
  chart.title.text = chartSpec.title;
  chart.legend.visible = false;
  const series = chart.series.getItemAt(0);
  series.name = chartSpec.seriesName;
  series.setXAxisValues(sheet.getRange(local(chartSpec.categories)));
  chart.setPosition(cell(chartSpec.from.row, chartSpec.from.column), cell(chartSpec.to.row, chartSpec.to.column));
  sheet.activate();
  await context.sync();
}
