import { smartCheck } from "../../../shared/smart/engine.js";
import { summaryOf } from "../../../shared/smart/smartcheck.js";
import { CRITERIA, type SmartResult } from "../../../shared/smart/types.js";
import { CliError } from "../errors.js";

/**
 * `goalsheet smartcheck`: one goal from the command line, or many as JSON lines on stdin (`--jsonl`), each
 * `{"text": …, "baseline"?: n, "history"?: [n, …]}` in and `{"score", "language", "metric", "S", …, "T"}` out,
 * one line per line, in order. A bad line yields `{"error": "line N: …"}` in its place and exit code 2 at the
 * end, so one typo does not hide the other results. Blank lines are skipped.
 */
export interface SmartcheckOptions {
  readonly baseline?: string;
  readonly history?: string;
  readonly json?: boolean;
  readonly jsonl?: boolean;
}

export interface SmartcheckIo {
  readStdin(): Promise<string>;
  write(text: string): void;
}

/** Runs the command. Bad JSON lines are reported in the output and then as a CliError (exit code 2). */
export async function smartcheckCommand(
  text: string | undefined,
  options: SmartcheckOptions,
  io: SmartcheckIo,
): Promise<void> {
  if (options.jsonl) {
    if (text !== undefined) throw new CliError("smartcheck --jsonl reads goals from stdin; do not also pass a goal");
    const bad = runJsonLines(await io.readStdin(), io);
    if (bad > 0)
      throw new CliError(`smartcheck --jsonl: ${bad} line(s) could not be checked (see "error" in the output)`);
    return;
  }
  if (text === undefined || text.trim() === "") {
    throw new CliError('smartcheck needs a goal, e.g. goalsheet smartcheck "Increase revenue by 10% by Q4"');
  }
  const result = smartCheck(text, {
    baseline: parseBaseline(options.baseline),
    history: parseHistory(options.history),
  });
  io.write(options.json ? `${JSON.stringify(result)}\n` : formatText(result));
}

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

/** Writes one output line per input line; returns how many lines were bad. */
function runJsonLines(input: string, io: SmartcheckIo): number {
  let bad = 0;
  const lines = input.split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    const outcome = checkLine(line, i + 1);
    if ("error" in outcome) bad++;
    io.write(`${JSON.stringify(outcome)}\n`);
  });
  return bad;
}

function checkLine(line: string, number: number): SmartResult | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: `line ${number}: must be a JSON object, got ${JSON.stringify(line.slice(0, 40))}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { error: `line ${number}: must be a JSON object such as {"text": "…"}` };
  }
  const { text, baseline, history } = value as Record<string, unknown>;
  if (typeof text !== "string" || text.trim() === "") {
    return { error: `line ${number}: text must be a non-empty string, got ${JSON.stringify(text ?? null)}` };
  }
  if (baseline !== undefined && baseline !== null && (typeof baseline !== "number" || !Number.isFinite(baseline))) {
    return { error: `line ${number}: baseline must be a number, got ${JSON.stringify(baseline)}` };
  }
  if (history !== undefined && history !== null) {
    if (!Array.isArray(history)) return { error: `line ${number}: history must be an array of numbers` };
    const bad = history.findIndex((h) => typeof h !== "number" || !Number.isFinite(h));
    if (bad >= 0) {
      return { error: `line ${number}: history[${bad}] must be a number, got ${JSON.stringify(history[bad])}` };
    }
  }
  return smartCheck(text, {
    baseline: typeof baseline === "number" ? baseline : undefined,
    history: Array.isArray(history) ? (history as number[]) : undefined,
  });
}

/** The real stdin and stdout. */
export const processIo: SmartcheckIo = {
  async readStdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
  write: (text) => {
    process.stdout.write(text);
  },
};
