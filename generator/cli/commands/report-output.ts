import type { ReportModel } from "../../report/index.js";
import { type Effects, notAFile } from "../effects.js";
import { CliError } from "../errors.js";

/**
 * The output side of `goalsheet report`: which paths may be written, writing them, and the line that says
 * what was written. Paths are compared by the file they reach (device and inode, after links), never by their
 * text: `report current.xlsx -o q3.xlsx`, with current.xlsx a link to q3.xlsx, must not replace the workbook.
 */
export const STDOUT = "-";

export interface Outputs {
  readonly input: string;
  readonly html: string;
  /** The report model as JSON, when asked for. */
  readonly json?: string;
}

/**
 * Refuse, before anything is read, an input that is not a regular file, an output that is not one (or
 * missing), an output that reaches the input, and two outputs that reach the same file.
 */
export async function checkPaths(paths: Outputs, effects: Effects): Promise<void> {
  if (paths.html === STDOUT && paths.json === STDOUT)
    throw new CliError("--output and --json cannot both be - (standard output); give one of them a file name");
  const input = await effects.locate(paths.input, "read");
  if (input.kind !== "file") throw new CliError(`cannot read ${paths.input}: ${notAFile(input.kind)}`);
  const written: [flag: string, path: string, key: string][] = [];
  for (const [flag, path] of [
    ["--output", paths.html],
    ["--json", paths.json],
  ] as const) {
    if (path === undefined || path === STDOUT) continue;
    if (path === "") throw new CliError(`${flag} must name a file, got ""`);
    const out = await effects.locate(path, "write");
    if (out.kind !== "file" && out.kind !== "missing")
      throw new CliError(`cannot write ${path}: ${notAFile(out.kind)}`);
    if (out.key === input.key) {
      const same = path === paths.input ? "" : ` (the same file as ${paths.input})`;
      throw new CliError(`${flag} must not be the input workbook, got ${path}${same}`);
    }
    const same = written.find(([, , key]) => key === out.key);
    if (same) throw new CliError(`${flag} must not be the same file as ${same[0]}, got ${path}`);
    written.push([flag, path, out.key]);
  }
}

export interface Written {
  readonly path: string;
  readonly bytes: number;
  /** What it holds, for the summary when it went to standard output. */
  readonly what: "report" | "model";
}

/** Write one output (a file, or standard output for "-"); returns what was written, or undefined if stdout closed. */
export async function writeOutput(
  output: Omit<Written, "bytes">,
  text: string,
  effects: Effects,
): Promise<Written | undefined> {
  const written = { ...output, bytes: Buffer.byteLength(text) };
  if (output.path !== STDOUT) {
    await effects.writeFile(output.path, text);
    return written;
  }
  return (await effects.writeStdout(text)) ? written : undefined;
}

/**
 * One line after writing: what was written and the report's headline, so the user sees at once that the
 * report holds what they expected, e.g.
 * `wrote report.html (142 KB): 24 goals, 3 behind; 1,204 deals; as of 2026-06-30`.
 */
export function summaryLine(written: readonly Written[], model: ReportModel, deals: number | undefined): string {
  const files = written.map(
    (w) => `${w.path === STDOUT ? `the ${w.what} to standard output` : w.path} (${size(w.bytes)})`,
  );
  const facts: string[] = [];
  const goals = model.goals;
  if (goals) {
    const extra = (["behind", "atRisk", "missed"] as const)
      .filter((s) => goals.counts[s] > 0)
      .map((s) => `${count(goals.counts[s])} ${s === "atRisk" ? "at risk" : s}`);
    facts.push([plural(goals.rows.length, "goal"), ...extra].join(", "));
  }
  if (deals !== undefined) facts.push(plural(deals, "deal"));
  facts.push(`as of ${model.asOf}`);
  return `wrote ${files.join(" and ")}: ${facts.join("; ")}`;
}

const count = (n: number) => n.toLocaleString("en-US");
const plural = (n: number, noun: string) => `${count(n)} ${noun}${n === 1 ? "" : "s"}`;

/** Sizes as people read them: 812 B, 142 KB, 3.4 MB (powers of 1024). */
export function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}
