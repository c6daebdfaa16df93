/**
 * Expected failures of the CLI. Each carries its exit code: 2 for bad input (the user can fix the workbook or
 * the arguments), 1 for anything else. The top-level handler in cli.ts prints the message without a stack.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
    this.name = "CliError";
  }
}

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

/** Every problem of a workbook at once, so the user can fix them in one pass. */
export class WorkbookInputError extends CliError {
  constructor(readonly problems: readonly InputProblem[]) {
    super(problems.map(formatProblem).join("\n"), 2);
    this.name = "WorkbookInputError";
  }
}

/** A1 address of a 1-based row and column. */
export function cellAddress(row: number, col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}
