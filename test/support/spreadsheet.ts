import {
  ArraySize,
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { WorkbookData } from "../../generator/report/workbook/data.js";
import type { ExcelFunction } from "../../shared/excel/define.js";
import { isExcelError } from "../../shared/excel/errors.js";
import type { CellValue, ExcelResult } from "../../shared/excel/values.js";
import { FUNCTIONS } from "../../shared/functions.js";

/**
 * A spreadsheet engine to check formulas in tests: HyperFormula (GPL-3.0, a devDependency used only by tests
 * and the bench) with every GOALS function registered through the core's `excel` namespace, exactly as the
 * add-in registers them. Formulas the report writes are evaluated here on the workbook's own cells, so a test
 * compares the report's figures with what Excel would compute from the formula text, independently of the
 * report's code. The engine's FILTER, SUMPRODUCT, COUNTIFS, MINIFS, PERCENTILE.INC and array arithmetic follow
 * Excel 365.
 */

type Ast = { args: unknown[] };
type State = unknown;

/** Results are cached by their arguments: the CLV fit behind several formulas runs once. */
const cache = new Map<string, ExcelResult>();

function toCore(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map((v) => toCore(v)));
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof CellError) return { error: `#${value.type === ErrorType.DIV_BY_ZERO ? "DIV/0!" : value.type}` };
  if (value instanceof DetailedCellError) return { error: value.value, message: value.message };
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: unknown }).val;
  return value;
}

function toEngine(cell: unknown): unknown {
  if (isExcelError(cell)) {
    const type =
      cell.error === "#DIV/0!"
        ? ErrorType.DIV_BY_ZERO
        : cell.error === "#N/A"
          ? ErrorType.NA
          : cell.error === "#NUM!"
            ? ErrorType.NUM
            : ErrorType.VALUE;
    return new CellError(type, cell.message);
  }
  return cell === null || cell === undefined ? EmptyValue : cell;
}

function call(f: ExcelFunction, args: unknown[]): ExcelResult {
  const core = args.map(toCore);
  const key = `${f.name}:${JSON.stringify(core)}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const result = f(...core);
  if (cache.size > 500) cache.clear();
  cache.set(key, result);
  return result;
}

class GoalsPlugin extends FunctionPlugin {}
const implemented: Record<string, unknown> = {};
const names: Record<string, string> = Object.fromEntries(FUNCTIONS.map((f) => [`GOALS.${f.name}`, `GOALS.${f.name}`]));
const plugin = GoalsPlugin.prototype as unknown as Record<string, unknown>;
for (const f of FUNCTIONS) {
  const id = `GOALS.${f.name}`;
  plugin[`call${f.name}`] = function (this: FunctionPlugin, ast: Ast, state: State) {
    const self = this as unknown as {
      runFunction: (...a: unknown[]) => unknown;
      metadata: (n: string) => unknown;
    };
    return self.runFunction(ast.args, state, self.metadata(id), (...args: unknown[]) => {
      const result = call(f, args);
      if (!Array.isArray(result)) return toEngine(result);
      if (result.length === 1 && result[0]?.length === 1) return toEngine(result[0][0]);
      return SimpleRangeValue.onlyValues(result.map((row) => row.map(toEngine)) as never);
    });
  };
  // The engine sizes a spill before computing it: compute it (cached) and measure.
  plugin[`size${f.name}`] = function (this: FunctionPlugin, ast: Ast, state: State) {
    const self = this as unknown as { evaluateAst: (a: unknown, s: State) => unknown };
    const result = call(
      f,
      ast.args.map((a) => self.evaluateAst(a, state)),
    );
    if (!Array.isArray(result) || (result.length === 1 && result[0]?.length === 1)) return ArraySize.scalar();
    return new ArraySize(result[0]?.length ?? 1, result.length);
  };
  implemented[id] = {
    method: `call${f.name}`,
    ...(f.result === "spill" ? { sizeOfResultArrayMethod: `size${f.name}` } : {}),
    parameters: f.params.map((p) => ({
      argumentType: FunctionArgumentType.ANY,
      ...(p.optional ? { optionalArg: true } : {}),
    })),
  };
}
/**
 * Excel 365's CHOOSECOLS(array, col…), which the engine lacks: the report's formulas take a column of a GOALS
 * spill with it (the CLV of every customer, their P(alive)).
 */
plugin.chooseCols = function (this: FunctionPlugin, ast: Ast, state: State) {
  const self = this as unknown as { runFunction: (...a: unknown[]) => unknown; metadata: (n: string) => unknown };
  return self.runFunction(ast.args, state, self.metadata("CHOOSECOLS"), (array: unknown, ...cols: number[]) => {
    const rows = array instanceof SimpleRangeValue ? array.rawData() : [[array]];
    return SimpleRangeValue.onlyValues(rows.map((row) => cols.map((c) => row[c - 1])) as never);
  });
};
plugin.chooseColsSize = function (this: FunctionPlugin, ast: Ast, state: State) {
  const self = this as unknown as { arraySizeForAst: (a: unknown, s: State) => ArraySize };
  return new ArraySize(ast.args.length - 1, self.arraySizeForAst(ast.args[0], state).height);
};
implemented.CHOOSECOLS = {
  method: "chooseCols",
  sizeOfResultArrayMethod: "chooseColsSize",
  parameters: [{ argumentType: FunctionArgumentType.ANY }, { argumentType: FunctionArgumentType.NUMBER }],
  repeatLastArgs: 1,
};
names.CHOOSECOLS = "CHOOSECOLS";
(GoalsPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = implemented;
HyperFormula.registerFunctionPlugin(GoalsPlugin as never, { enGB: names, enUS: names } as never);

export type SheetCells = Record<string, CellValue[][]>;

/**
 * The workbook's sheets rebuilt from the parsed rows: each record at its row, each field at the column the
 * assembler found it in (dates as 1900 serials, outcomes as written), so formulas over `Deals!$I$2:$I$121`
 * read the same cells the report read.
 */
export function sheetsOf(data: WorkbookData): SheetCells {
  const sheets: SheetCells = {};
  for (const section of ["deals", "goals", "reps", "transactions"] as const) {
    const source = data.sources[section];
    const records = data[section] as readonly (Record<string, unknown> & { row: number })[] | undefined;
    if (!source || !records) continue;
    const rows: CellValue[][] = sheets[source.sheet] ?? [];
    sheets[source.sheet] = rows;
    for (const record of records) {
      const row: CellValue[] = rows[record.row - 1] ?? [];
      rows[record.row - 1] = row;
      for (const [field, col] of Object.entries(source.columns)) row[col - 1] = (record[field] ?? null) as CellValue;
    }
  }
  for (const rows of Object.values(sheets)) {
    const width = rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
    for (let i = 0; i < rows.length; i++) rows[i] = Array.from({ length: width }, (_, c) => rows[i]?.[c] ?? null);
  }
  return sheets;
}

/**
 * The values of formulas ("=…") on these sheets, each in its own cell of an added sheet, computed in one
 * pass: a number, text, boolean, or `{ error }`.
 */
export function evaluateAll(sheets: SheetCells, formulas: readonly string[]): unknown[] {
  const distinct = [...new Set(formulas)];
  const hf = HyperFormula.buildFromSheets(
    { ...sheets, Check: distinct.map((f) => [f]) } as never,
    { licenseKey: "gpl-v3", useArrayArithmetic: true, precisionRounding: 15, smartRounding: false } as never,
  );
  try {
    const check = hf.getSheetId("Check") as number;
    const values = new Map(distinct.map((f, row) => [f, toCore(hf.getCellValue({ sheet: check, row, col: 0 }))]));
    return formulas.map((f) => values.get(f));
  } finally {
    hf.destroy();
  }
}
