import { formatProblem, type InputProblem } from "../report/problems.js";

/**
 * Expected failures of the CLI. Each carries its exit code: 2 for bad input (the user can fix the workbook or
 * the arguments), 1 for anything else. The top-level handler in goalsheet.ts prints the message without a stack.
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

/** Every problem of a workbook at once, so the user can fix them in one pass. */
export class WorkbookInputError extends CliError {
  constructor(readonly problems: readonly InputProblem[]) {
    super(problems.map(formatProblem).join("\n"), 2);
    this.name = "WorkbookInputError";
  }
}
