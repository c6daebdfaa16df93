import { Command, CommanderError } from "commander";
import pkg from "../../package.json" with { type: "json" };
import { ReportInputError } from "../report/problems.js";
import { nodeEffects } from "./effects.js";
import { CliError } from "./errors.js";
import { writeStdout } from "./stdout.js";
import { escapeControls, escapeLines } from "./terminal-text.js";

/**
 * The `goalsheet` command. Each subcommand loads its module lazily so `--help` stays instant. One handler at
 * the bottom turns expected errors into their message and exit code (2 bad input, 1 internal) and anything
 * unexpected into a one-line message pointing at --debug. Everything printed to stderr is escaped
 * (terminal-text.ts): a file name or a header cell cannot forge a line or reorder one.
 */
const VERSION: string = pkg.version;

export function buildProgram(): Command {
  const program = new Command("goalsheet")
    .description("Sales goals, quotas and KPIs from an Excel workbook to a shareable HTML report.")
    .version(VERSION, "-V, --version")
    .option("--debug", "print stack traces of internal errors")
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(escapeCommanderError(text)) })
    .exitOverride();

  program
    .command("report")
    .description("write one self-contained HTML goal report from a workbook (default: the bundled example)")
    .argument(
      "[inputs...]",
      "the .xlsx workbook to read, or CSV files (one per sheet: deals.csv …), or a folder of them",
    )
    .option("-o, --output <file>", "the HTML file to write (missing folders are created; - for stdout)", "report.html")
    .option("--locale <locale>", "report language: en, zh, nl or ar")
    .option("--as-of <date>", "the date the figures are as of (ISO, e.g. 2026-06-30)")
    .option("--generated-at <date>", "fix the generation time, for byte-identical reports")
    .option(
      "--template <dir>",
      "a template folder that extends the default templates, or a bundled set: summary (one page), default",
    )
    .option("--json <file>", "also write the report model (what templates see) as JSON; - for stdout")
    .option("--strict", "fail on warnings too (unknown sheets, unused columns)")
    .action(async (inputs: string[], opts: Record<string, string | undefined> & { strict?: boolean }) => {
      const { reportCommand } = await import("./commands/report.js");
      const { summary, usedStdout } = await reportCommand({ inputs, ...opts }, nodeEffects);
      // The summary is for the user: on stdout, unless stdout carries the report or the model.
      if (summary === "") return;
      if (usedStdout) nodeEffects.warn(summary);
      else await writeStdout(`${escapeControls(summary)}\n`);
    });

  program
    .command("init")
    .description("write a starter quota workbook: Goals, Deals, Reps and Settings as Excel tables")
    .argument("[file]", "the .xlsx file to create (never overwritten)", "goals.xlsx")
    .action(async (file: string) => {
      const { initCommand } = await import("./commands/init.js");
      await writeStdout(`${escapeControls(await initCommand(file, nodeEffects))}\n`);
    });

  program
    .command("smartcheck")
    .description(
      "check a goal against SMART in its own language (en, zh, nl, ar, de, es, fr, pt, ja); --jsonl checks stdin line by line",
    )
    .argument("[goal]", "the goal statement, in quotes")
    .option("--baseline <n>", "the metric's current value, for the achievability check")
    .option("--history <a,b,c>", "past period values, oldest first, separated by commas")
    .option("--json", "print the result as one JSON object")
    .option("--jsonl", 'read {"text", "baseline"?, "history"?} per line from stdin, write one result per line')
    .action(async (goal: string | undefined, opts: Record<string, string | boolean | undefined>) => {
      const { smartcheckCommand, processIo } = await import("./commands/smartcheck.js");
      await smartcheckCommand(goal, opts, processIo);
    });

  program
    .command("schema")
    .description("print the workbook contract (sheets, headers, aliases, rules) as JSON Schema")
    .action(async () => {
      const { schemaCommand } = await import("./commands/schema.js");
      await writeStdout(schemaCommand(VERSION));
    });

  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[], { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof CliError || error instanceof ReportInputError) {
      const lines = error instanceof CliError ? error.lines : [error.message];
      process.stderr.write(`goalsheet: ${escapeLines(lines)}\n`);
      return error.exitCode;
    }
    const debug = argv.includes("--debug");
    process.stderr.write(
      debug && error instanceof Error
        ? `${escapeLines((error.stack ?? error.message).split("\n"))}\n`
        : `goalsheet: internal error: ${escapeControls(error instanceof Error ? error.message : String(error))} (run with --debug for details)\n`,
    );
    return 1;
  }
}

/**
 * Commander's one-line errors quote the argument as given ("unknown option '…'"); its only line break of its
 * own is before a suggestion ("(Did you mean …?)"). Everything else is escaped.
 */
function escapeCommanderError(text: string): string {
  return `${escapeLines(text.replace(/\n$/, "").split(/\n(?=\(Did you mean )/))}\n`;
}
