import { smartCheck } from "../../../shared/smart/engine.js";
import { summaryOf } from "../../../shared/smart/smartcheck.js";
import { CRITERIA, type SmartResult } from "../../../shared/smart/types.js";
import { CliError } from "../errors.js";
import { boundedLines } from "../line-reader.js";
import { writeStdout } from "../stdout.js";

/**
 * `goalsheet smartcheck`: one goal from the command line, or many as JSON lines on stdin (`--jsonl`), each
 * `{"text": …, "baseline"?: n, "history"?: [n, …]}` in and `{"score", "language", "metric", "S", …, "T"}` out,
 * one line per line, in order. Each line stands alone: a bad line (not JSON, not an object, longer than
 * MAX_LINE_BYTES, not UTF-8, or one the check fails on) yields `{"error": "line N: …"}` in its place and the
 * rest go on; exit code 2 at the end says some failed. Stdin is streamed a line at a time, so its size is not
 * bounded; when the reader of stdout goes away (`| head -1`) the command stops quietly with exit code 0.
 * Blank lines are skipped.
 */
export interface SmartcheckOptions {
  readonly baseline?: string;
  readonly history?: string;
  readonly json?: boolean;
  readonly jsonl?: boolean;
}

export interface SmartcheckIo {
  /** Standard input, as it arrives. */
  stdin(): AsyncIterable<Uint8Array>;
  /** Write to standard output; resolves false once its reader has gone away (then stop). */
  write(text: string): Promise<boolean>;
}

/** The longest JSON line read; a longer one is skipped to its newline with an error line, never buffered. */
export const MAX_LINE_BYTES = 1024 * 1024;
/** The most characters an Excel cell holds: a goal statement is one cell, in the add-in as here. */
export const MAX_GOAL_CHARS = 32_767;

/** Runs the command. Bad JSON lines are reported in the output and then as a CliError (exit code 2). */
export async function smartcheckCommand(
  text: string | undefined,
  options: SmartcheckOptions,
  io: SmartcheckIo,
  check: typeof smartCheck = smartCheck,
): Promise<void> {
  if (options.jsonl) {
    if (text !== undefined) throw new CliError("smartcheck --jsonl reads goals from stdin; do not also pass a goal");
    const bad = await runJsonLines(io, check);
    if (bad > 0)
      throw new CliError(`smartcheck --jsonl: ${bad} line(s) could not be checked (see "error" in the output)`);
    return;
  }
  if (text === undefined || text.trim() === "") {
    throw new CliError('smartcheck needs a goal, e.g. goalsheet smartcheck "Increase revenue by 10% by Q4"');
  }
  if (text.length > MAX_GOAL_CHARS) throw new CliError(tooLong(text));
  const result = check(text, {
    baseline: parseBaseline(options.baseline),
    history: parseHistory(options.history),
  });
  await io.write(options.json ? `${JSON.stringify(result)}\n` : formatText(result));
}

const tooLong = (text: string) =>
  `the goal must be at most ${count(MAX_GOAL_CHARS)} characters (what an Excel cell holds), got ${count(text.length)}`;
const count = (n: number) => n.toLocaleString("en-US");

function parseBaseline(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n)) throw new CliError(`--baseline must be a number, got "${raw}"`);
  return n;
}

function parseHistory(raw: string | undefined): number[] | undefined {
  if (raw === undefined) return undefined;
  return raw.split(",").map((part, i) => {
    const n = Number(part);
    if (part.trim() === "" || !Number.isFinite(n)) {
      throw new CliError(`--history must be numbers separated by commas; value ${i + 1} is "${part}"`);
    }
    return n;
  });
}

function formatText(result: SmartResult): string {
  const lines = [summaryOf(result), ...CRITERIA.map((c) => `${c}  ${result[c].verdict.padEnd(9)} ${result[c].reason}`)];
  return `${lines.join("\n")}\n`;
}

/** Writes one output line per input line; returns how many lines were bad (0 if stdout closed early). */
async function runJsonLines(io: SmartcheckIo, check: typeof smartCheck): Promise<number> {
  let bad = 0;
  for await (const line of boundedLines(io.stdin(), MAX_LINE_BYTES)) {
    if ("text" in line && line.text.trim() === "") continue;
    let out: string;
    try {
      const outcome = "text" in line ? checkLine(line.text, line.number, check) : error(line.number, line.problem);
      out = JSON.stringify(outcome);
    } catch (cause) {
      // Whatever the check throws (a stack overflow on a hostile value included) stays on its line.
      out = JSON.stringify(error(line.number, `could not be checked: ${describeError(cause)}`));
    }
    if (out.startsWith('{"error"')) bad++;
    // Breaking out of the loop closes stdin, so nothing more is read once nobody reads the output.
    if (!(await io.write(`${out}\n`))) return 0;
  }
  return bad;
}

const error = (number: number, message: string) => ({ error: `line ${number}: ${message}` });

function checkLine(line: string, number: number, check: typeof smartCheck): SmartResult | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return error(number, `must be a JSON object, got ${JSON.stringify(line.slice(0, 40))}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return error(number, 'must be a JSON object such as {"text": "…"}');
  }
  const { text, baseline, history } = value as Record<string, unknown>;
  if (typeof text !== "string" || text.trim() === "") {
    return error(number, `text must be a non-empty string, got ${preview(text ?? null)}`);
  }
  if (text.length > MAX_GOAL_CHARS) return error(number, tooLong(text));
  if (baseline !== undefined && baseline !== null && (typeof baseline !== "number" || !Number.isFinite(baseline))) {
    return error(number, `baseline must be a number, got ${preview(baseline)}`);
  }
  if (history !== undefined && history !== null) {
    if (!Array.isArray(history)) return error(number, `history must be an array of numbers, got ${preview(history)}`);
    const bad = history.findIndex((h) => typeof h !== "number" || !Number.isFinite(h));
    if (bad >= 0) return error(number, `history[${bad}] must be a number, got ${preview(history[bad])}`);
  }
  return check(text, {
    baseline: typeof baseline === "number" ? baseline : undefined,
    history: Array.isArray(history) ? (history as number[]) : undefined,
  });
}

/**
 * A value as a message quotes it: short, and never by serialising it whole (JSON.stringify of a value nested
 * 100,000 deep overflows the stack).
 */
function preview(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return `an array of ${count(value.length)} value${value.length === 1 ? "" : "s"}`;
  if (value !== null && typeof value === "object") return "an object";
  return String(value);
}

const describeError = (cause: unknown) =>
  cause instanceof RangeError
    ? "the value is too large or too deeply nested"
    : cause instanceof Error
      ? cause.message
      : String(cause);

/** The real stdin and stdout. */
export const processIo: SmartcheckIo = {
  stdin: () => process.stdin,
  write: writeStdout,
};
