import { formatProblems, type InputProblem } from "../report/problems.js";

/**
 * Expected failures of the CLI. Each carries its exit code: 2 for bad input (the user can fix the workbook or
 * the arguments), 1 for anything else. The top-level handler in goalsheet.ts prints the message without a stack.
 */
export class CliError extends Error {
  /** The message as the lines the handler prints; each is escaped on its own (terminal-text.ts). */
  readonly lines: readonly string[];
  constructor(
    message: string | readonly string[],
    readonly exitCode: 1 | 2 = 2,
  ) {
    const lines = typeof message === "string" ? [message] : message;
    super(lines.join("\n"));
    this.lines = lines;
    this.name = "CliError";
  }
}

/** Every problem of a workbook at once (repeated ones summed up per column), so the user can fix them in one pass. */
export class WorkbookInputError extends CliError {
  constructor(readonly problems: readonly InputProblem[]) {
    super(formatProblems(problems), 2);
    this.name = "WorkbookInputError";
  }
}
