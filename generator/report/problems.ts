/**
 * Problems with the input, as data: where (sheet and cell) and what rule failed. Browser-safe, so the task pane
 * and the CLI print the same lines; only the CLI turns them into an exit code (generator/cli/errors.ts).
 */

/** A problem at a place in the workbook, printed as `Sheet!Cell: rule, got value`. */
export interface InputProblem {
  readonly sheet: string;
  /** A1-style cell address, when the problem has one. */
  readonly cell?: string;
  readonly message: string;
}

export function formatProblem(p: InputProblem): string {
  return `${p.cell ? `${quoteSheet(p.sheet)}!${p.cell}` : quoteSheet(p.sheet)}: ${p.message}`;
}

/** Excel quotes sheet names with spaces or punctuation in references: 'Q3 Deals'!B2. */
function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A1 address of a 1-based row and column. */
export function cellAddress(row: number, col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/**
 * Input the user can fix (a locale we do not speak, a date that is not one), raised by the report engine. The
 * CLI prints the message and exits 2; the task pane shows it.
 */
export class ReportInputError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = "ReportInputError";
  }
}
