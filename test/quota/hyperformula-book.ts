import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { CellValue as CoreCell, Matrix } from "../../shared/excel/values.js";
import { excel } from "../../shared/functions.js";
import { columnLetters } from "../../shared/quota/plan/a1.js";
import type { DealsSource, RepsSource, SourceTable } from "../../shared/quota/plan/plan-input.js";
import { repsLayout } from "../../shared/quota/plan/reps-columns.js";
import type { NameSpec, PlanWorkbookSpec, Scalar } from "../../shared/quota/plan/sheet-spec.js";

/**
 * The planner's workbook recalculated by another engine: HyperFormula (MIT-compatible dev dependency) evaluates
 * every formula the description holds, with GOALS.QUOTASPLIT registered as the one core function the add-in
 * registers in Excel. What it computes must be what the description caches (the core's numbers).
 *
 * HyperFormula spills arrays but has no spill operator (B19#), no structured references (Reps[Weight]) and no
 * INDEX(range, 0, k), and cannot size a spill through a name; those are rewritten to the plain ranges Excel
 * resolves them to, knowing each spill's size from the description. Nothing else in a formula is changed.
 */

type HfValue = number | string | boolean | null | CellError | typeof EmptyValue;

function toCore(value: unknown): CoreCell {
  if (value === EmptyValue || value === null || value === undefined) return null;
  if (value instanceof CellError) return { error: "#VALUE!", message: value.message ?? "" } as unknown as CoreCell;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  // HyperFormula keeps dates and other typed numbers as objects with a `val`.
  const val = (value as { val?: unknown }).val;
  return typeof val === "number" ? val : null;
}

const matrixOf = (range: SimpleRangeValue): Matrix => range.data.map((row) => row.map(toCore));

/** HyperFormula hands a plugin method the call's syntax tree; its types are not exported, and only args is read. */
interface Call {
  readonly args: readonly unknown[];
}

/** GOALS.QUOTASPLIT in HyperFormula: the core function, as the add-in registers it in Excel. */
class GoalsPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    "GOALS.QUOTASPLIT": {
      method: "quotasplit",
      sizeOfResultArrayMethod: "quotasplitSize",
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER },
      ],
      vectorizationForbidden: true,
    },
  };

  quotasplit(ast: Call, state: unknown) {
    return this.runFunction(
      ast.args as never,
      state as never,
      this.metadata("GOALS.QUOTASPLIT"),
      (
        total: number,
        weights: SimpleRangeValue,
        seasonality: SimpleRangeValue,
        ramp: SimpleRangeValue,
        unit: number,
        cushion: number,
      ) => {
        const result = excel.QUOTASPLIT(total, matrixOf(weights), matrixOf(seasonality), matrixOf(ramp), unit, cushion);
        // Excel shows the error in the anchor. HyperFormula cannot read a range over a spill that failed as a
        // whole ("Unknown array"), so the error fills the spill's cells instead.
        if (!Array.isArray(result)) {
          const message = typeof result === "object" && result !== null && "message" in result ? result.message : "";
          const error = new CellError(ErrorType.VALUE, String(message));
          return SimpleRangeValue.onlyValues(
            Array.from({ length: weights.height() }, () => new Array(seasonality.width()).fill(error)),
          );
        }
        return SimpleRangeValue.onlyValues(result as number[][]);
      },
    );
  }

  quotasplitSize(ast: Call, state: unknown) {
    const [, weightsArg, seasonalityArg] = ast.args;
    if (!weightsArg || !seasonalityArg) return ArraySize.error();
    const weights = this.arraySizeForAst(weightsArg as never, state as never);
    const seasonality = this.arraySizeForAst(seasonalityArg as never, state as never);
    return new ArraySize(seasonality.width, weights.height);
  }
}
HyperFormula.registerFunctionPlugin(GoalsPlugin, {
  enGB: { "GOALS.QUOTASPLIT": "GOALS.QUOTASPLIT" },
});

interface Placed {
  readonly source: SourceTable;
  /** Headers after the plan's added columns. */
  readonly headers: readonly string[];
}

const cellRe = /(\$?)([A-Z]{1,3})(\$?)(\d+)/;
function parseCell(ref: string): { row: number; column: number } {
  const m = cellRe.exec(ref);
  if (!m) throw new Error(`not a cell: ${ref}`);
  let column = 0;
  for (const ch of m[2] as string) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[4]), column };
}

const abs = (row: number, column: number) => `$${columnLetters(column)}$${row}`;

/** Rewrite what HyperFormula lacks into the plain ranges Excel resolves it to. */
function translator(
  spills: Map<string, { rows: number; cols: number }>,
  tables: Map<string, Placed>,
  names: readonly NameSpec[],
) {
  const rangeOf = (placed: Placed, header: string): string => {
    const { source } = placed;
    const sheet = `'${source.sheet.replace(/'/g, "''")}'!`;
    const right = source.firstColumn + placed.headers.length - 1;
    if (header === "#Headers")
      return `${sheet}${abs(source.headerRow, source.firstColumn)}:${abs(source.headerRow, right)}`;
    const index = placed.headers.indexOf(header);
    if (index < 0) throw new Error(`table ${source.table} has no column ${header}`);
    const column = source.firstColumn + index;
    const bottom = source.headerRow + Math.max(1, source.rows.length);
    return `${sheet}${abs(source.headerRow + 1, column)}:${abs(bottom, column)}`;
  };
  // A formula that is one range (=Reps[Rep]) spills in Excel; HyperFormula spills it written as =+range.
  const spillRange = (formula: string) => (/^=[^(),+*/&<>=-]+$/.test(formula) ? `=+${formula.slice(1)}` : formula);
  // HyperFormula sizes a spill before evaluating it and cannot see through a name to its range's size: names
  // are inlined (each refers to one fixed range of the Quota sheet, so the formula means the same).
  const inline = (formula: string) =>
    names.reduce(
      (f, n) => f.replace(new RegExp(`(?<![\\w.])${n.name}(?![\\w.(\\[])`, "g"), n.refersTo.slice(1)),
      formula,
    );
  return (formula: string): string =>
    spillRange(inline(formula))
      .replace(/((?:'[^']*(?:''[^']*)*'|[A-Za-z_][A-Za-z0-9_]*)!)?(\$?[A-Z]{1,3}\$?\d+)#/g, (_, sheet = "", ref) => {
        const { row, column } = parseCell(ref);
        const size = spills.get(`${row}:${column}`);
        if (!size) throw new Error(`no spill at ${ref}`);
        return `${sheet}${abs(row, column)}:${abs(row + size.rows - 1, column + size.cols - 1)}`;
      })
      .replace(/([A-Za-z_][A-Za-z0-9_.]*)\[((?:[^[\]']|'.)*)\]/g, (whole, table: string, inner: string) => {
        const placed = tables.get(table);
        return placed ? rangeOf(placed, inner.replace(/'(.)/g, "$1")) : whole;
      })
      .replace(
        /INDEX\(((?:'[^']*'!|[A-Za-z_]+!)?)(\$?[A-Z]{1,3}\$?\d+):(\$?[A-Z]{1,3}\$?\d+),0,(\d+)\)/g,
        (_, sheet: string, from: string, to: string, k: string) => {
          const a = parseCell(from);
          const b = parseCell(to);
          const column = a.column + Number(k) - 1;
          return `${sheet}${abs(a.row, column)}:${abs(b.row, column)}`;
        },
      );
}

function place(grid: HfValue[][] | (Scalar | string)[][], row: number, column: number, value: Scalar | string) {
  const rows = grid as (Scalar | string)[][];
  while (rows.length < row) rows.push([]);
  const line = rows[row - 1] as (Scalar | string)[];
  while (line.length < column - 1) line.push(null);
  line[column - 1] = value;
}

function sourceGrid(source: SourceTable, headers: readonly string[]): (Scalar | string)[][] {
  const grid: (Scalar | string)[][] = [];
  headers.forEach((h, c) => {
    place(grid, source.headerRow, source.firstColumn + c, h);
  });
  source.rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v !== null && typeof v !== "object") place(grid, source.headerRow + 1 + r, source.firstColumn + c, v);
    });
  });
  return grid;
}

export interface Recalculated {
  /** The value HyperFormula computed at a cell of a sheet (A1), null when empty. */
  value(sheet: string, address: string): CoreCell;
  /** The error a cell shows ("#VALUE! message"), or undefined when it holds a value. */
  error(sheet: string, address: string): string | undefined;
  /** Formulas as HyperFormula was given them (after the rewrites), by sheet!address. */
  readonly formulas: ReadonlyMap<string, string>;
  /** Recalculate after changing a constant (the way a manager edits an input cell). */
  set(sheet: string, address: string, value: Scalar): void;
  destroy(): void;
}

/** Build the workbook the description makes (Reps, Deals, Quota) in HyperFormula and recalculate it. */
export function recalculate(spec: PlanWorkbookSpec, reps: RepsSource, deals?: DealsSource): Recalculated {
  const layout = repsLayout(reps);
  const tables = new Map<string, Placed>();
  if (reps.table) tables.set(reps.table, { source: reps, headers: layout.source.headers });
  if (deals?.table) tables.set(deals.table, { source: deals, headers: deals.headers });
  const spills = new Map<string, { rows: number; cols: number }>();
  for (const c of spec.sheet.cells) {
    if (!c.spill) continue;
    const { row, column } = parseCell(c.address);
    spills.set(`${row}:${column}`, { rows: c.spill.length, cols: c.spill[0]?.length ?? 1 });
  }
  const translate = translator(spills, tables, spec.names);
  const formulas = new Map<string, string>();

  const sheets: Record<string, (Scalar | string)[][]> = {};
  const repsGrid = sourceGrid(reps, layout.source.headers);
  for (const column of spec.reps.columns)
    for (let r = 0; r < spec.reps.rows; r++) {
      const address = `${columnLetters(column.column)}${reps.headerRow + 1 + r}`;
      const formula = column.formula ? translate(column.formula) : undefined;
      if (formula) formulas.set(`${reps.sheet}!${address}`, formula);
      place(repsGrid, reps.headerRow + 1 + r, column.column, formula ?? (column.values[r] as Scalar));
    }
  sheets[reps.sheet] = repsGrid;
  if (deals) sheets[deals.sheet] = sourceGrid(deals, deals.headers);
  const quota: (Scalar | string)[][] = [];
  for (const c of spec.sheet.cells) {
    const { row, column } = parseCell(c.address);
    const formula = c.formula ? translate(c.formula) : undefined;
    if (formula) formulas.set(`${spec.sheet.name}!${c.address}`, formula);
    place(quota, row, column, formula ?? c.value);
  }
  sheets[spec.sheet.name] = quota;

  const hf = HyperFormula.buildEmpty({
    licenseKey: "gpl-v3",
    useArrayArithmetic: true,
    // Compare the engine's raw doubles, not numbers rounded for display.
    smartRounding: false,
    // SUMIFS compares text without case and reads * ? ~ as wildcards, as Excel does.
    caseSensitive: false,
    useWildcards: true,
    useRegularExpressions: false,
  });
  for (const name of Object.keys(sheets)) hf.addSheet(name);
  for (const n of spec.names) hf.addNamedExpression(n.name, translate(n.refersTo));
  for (const [name, grid] of Object.entries(sheets))
    hf.setSheetContent(hf.getSheetId(name) as number, grid as (string | number | boolean | null)[][]);

  const addressOf = (sheet: string, address: string) => {
    const { row, column } = parseCell(address);
    return { sheet: hf.getSheetId(sheet) as number, row: row - 1, col: column - 1 };
  };
  return {
    value: (sheet, address) => {
      const v = hf.getCellValue(addressOf(sheet, address));
      if (v !== null && typeof v === "object") throw new Error(`${sheet}!${address}: ${v.value} ${v.message}`);
      return v;
    },
    error: (sheet, address) => {
      const v = hf.getCellValue(addressOf(sheet, address));
      return v !== null && typeof v === "object" ? `${v.value} ${v.message}` : undefined;
    },
    formulas,
    set: (sheet, address, value) => {
      hf.setCellContents(addressOf(sheet, address), [[value]]);
    },
    destroy: () => hf.destroy(),
  };
}
