import type { ExcelFunction } from "./excel/define.js";
import { WINRATE, WINRATEBY } from "./winrate/winrate.js";

/**
 * Every Excel function by its Excel name: `excel.WINRATE(...)` in Node is exactly what `=GOALS.WINRATE(...)`
 * computes in a cell (same arguments, same results, errors as `{ error, message }` values).
 * Add a function here and a one-line JSDoc wrapper in addin/functions.ts; a test checks the two agree.
 */
export const excel = {
  WINRATE,
  WINRATEBY,
} satisfies Record<string, ExcelFunction>;

export type ExcelFunctionName = keyof typeof excel;

export const FUNCTIONS: readonly ExcelFunction[] = Object.values(excel);
