import type ExcelJS from "exceljs";
import { cell, columnLetters } from "../../../shared/quota/plan/a1.js";
import type { CellStyle, PlanWorkbookSpec, RepsSpec, Scalar } from "../../../shared/quota/plan/sheet-spec.js";
import { fileFormula } from "./file-formula.js";

/**
 * The plan description through exceljs: the Quota sheet (constants, formulas with their cached results, spills
 * as array formulas over their current size, formats, widths) and a new Reps table. ooxml.ts then adds what
 * exceljs cannot write (names of spills, the dynamic-array flag, calculated columns, the chart).
 */
type Cell = ExcelJS.CellValue;

function parseArea(range: string): { top: number; left: number; bottom: number; right: number } {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range);
  if (!m) throw new Error(`not a range: ${range}`);
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const left = col(m[1] as string);
  const top = Number(m[2]);
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? col(m[3]) : left };
}

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

function applyStyle(target: ExcelJS.Cell, style: CellStyle): void {
  const font: Partial<ExcelJS.Font> = { ...target.font };
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.size !== undefined) font.size = style.size;
  if (style.color !== undefined) font.color = { argb: argb(style.color) };
  target.font = font;
  if (style.fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.align) target.alignment = { ...target.alignment, horizontal: style.align };
}

/** A formula cell with its cached result; an empty-text result is cached as no value. */
function formulaCell(formula: string, result: Scalar, spillRef?: string): Cell {
  const value = { formula: fileFormula(formula), ...(result === "" || result === null ? {} : { result }) };
  return (spillRef ? { ...value, shareType: "array", ref: spillRef } : value) as Cell;
}

export function addQuotaSheet(wb: ExcelJS.Workbook, spec: PlanWorkbookSpec): ExcelJS.Worksheet {
  const sheet = spec.sheet;
  const ws = wb.addWorksheet(sheet.name);
  for (const c of sheet.cells) {
    if (c.spill) {
      const { top, left } = parseArea(c.address);
      const rows = c.spill.length;
      const cols = c.spill[0]?.length ?? 1;
      const ref = `${c.address}:${cell(top + rows - 1, left + cols - 1)}`;
      c.spill.forEach((row, r) => {
        row.forEach((v, k) => {
          if ((r > 0 || k > 0) && v !== "" && v !== null) ws.getCell(top + r, left + k).value = v;
        });
      });
      ws.getCell(c.address).value = formulaCell(c.formula ?? "", c.value, ref);
    } else {
      ws.getCell(c.address).value = c.formula ? formulaCell(c.formula, c.value) : (c.value as Cell);
    }
  }
  for (const format of sheet.formats) {
    const { top, left, bottom, right } = parseArea(format.range);
    for (let r = top; r <= bottom; r++)
      for (let k = left; k <= right; k++) {
        const target = ws.getCell(r, k);
        if (format.numberFormat) target.numFmt = format.numberFormat;
        if (format.style) applyStyle(target, format.style);
      }
  }
  for (const { column, width } of sheet.columnWidths) ws.getColumn(column).width = width;
  return ws;
}

/** Create the Reps table the plan describes (`create`), with the plan's columns appended as formulas. */
export function addRepsTable(wb: ExcelJS.Workbook, reps: RepsSpec): ExcelJS.Worksheet {
  if (!reps.create || !reps.table) throw new Error("the CLI writes only a new Reps table");
  const headers = [...reps.create.headers];
  const rows: Cell[][] = reps.create.rows.map((row) => row.map((v) => v as Cell));
  const formats: (string | undefined)[] = reps.create.numberFormats.map((f) => f ?? undefined);
  const firstColumn = 1;
  for (const column of reps.columns) {
    const index = column.column - firstColumn;
    headers[index] = column.header;
    formats[index] = column.numberFormat;
    rows.forEach((row, i) => {
      const value = column.values[i] ?? null;
      row[index] = column.formula ? formulaCell(column.formula, value) : (value as Cell);
    });
  }
  const ws = wb.addWorksheet(reps.sheet);
  ws.addTable({
    name: reps.table,
    ref: `${columnLetters(firstColumn)}${reps.headerRow}`,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows,
  });
  formats.forEach((numFmt, i) => {
    if (numFmt) for (let r = 1; r <= rows.length; r++) ws.getCell(reps.headerRow + r, firstColumn + i).numFmt = numFmt;
  });
  return ws;
}
