import type { ListedFunction } from "./listed-function.js";

/** The namespace the manifest registers; the pane writes formulas with it. */
export const NAMESPACE = "GOALS";

/**
 * The formula the pane inserts for a function and the arguments typed into its form. Empty optional arguments
 * at the end are left out, empty ones in the middle stay as empty slots (Excel passes them as omitted), and a
 * missing required argument is a message instead of a formula Excel would refuse.
 */
export function formulaFor(fn: ListedFunction, args: readonly string[]): { formula: string } | { problem: string } {
  const values = fn.params.map((_, i) => (args[i] ?? "").trim());
  for (let i = 0; i < fn.params.length; i++) {
    const param = fn.params[i];
    if (param && !param.optional && values[i] === "") {
      return { problem: `${NAMESPACE}.${fn.name}: ${param.name} is required, got nothing` };
    }
  }
  let last = values.length;
  while (last > 0 && values[last - 1] === "") last--;
  return { formula: `=${NAMESPACE}.${fn.name}(${values.slice(0, last).join(", ")})` };
}

const CELL_REFERENCE = /^(('[^']+'|[\p{L}\w.]+)!)?\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/u;

/**
 * A text argument typed without quotes (broad) is quoted for the formula, so users need not know Excel's
 * quoting; something already quoted, a number or a cell reference (B2, Sheet1!B2:B9) is the user's intent
 * and stays as typed.
 */
export function argumentFor(typed: string, excelType: string): string {
  const text = typed.trim();
  if (text === "" || excelType !== "string") return text;
  if (/^".*"$/.test(text) || CELL_REFERENCE.test(text) || Number.isFinite(Number(text))) return text;
  return `"${text.replace(/"/g, '""')}"`;
}
