/**
 * Problems with the input, as data: what rule failed (a code and the rule's words), where (sheet, and cell or
 * whole column) and the value received. Browser-safe, so the task pane and the CLI print the same lines; only
 * the CLI turns them into an exit code (generator/cli/errors.ts). The English words are chosen in
 * workbook/messages.ts; this file only places and summarises them.
 */

/** What went wrong, as a stable code a face can choose its own words for. */
export type ProblemCode =
  | "required"
  | "invalid"
  | "errorCell"
  | "missingColumn"
  | "duplicateColumn"
  | "noSections"
  | "setting"
  | "dateOrder"
  | "numberStyle"
  | "currency"
  | "outcome"
  | "goalDates"
  | "input";

/** A problem at a place in the workbook, printed as `Sheet!Cell: rule, got value`. */
export interface InputProblem {
  readonly code: ProblemCode;
  readonly sheet: string;
  /** A1-style cell address, when the problem has one. */
  readonly cell?: string;
  /** Column letters, when the problem is about a whole column. */
  readonly column?: string;
  /** The rule, in words ("Amount must be a number of at least 0"). */
  readonly rule: string;
  /** The value received, described (`"abc"`, `-5`, `blank`), when there is one. */
  readonly value?: string;
  /** What to do about it, when there is a fix to suggest. */
  readonly hint?: string;
  /** The whole line after the place: rule, value and hint (what most callers print). */
  readonly message: string;
}

export type ProblemInit = Omit<InputProblem, "message">;

export function problem(init: ProblemInit): InputProblem {
  const got = init.value === undefined ? "" : `, got ${init.value}`;
  const hint = init.hint === undefined ? "" : ` — ${init.hint}`;
  return { ...init, message: `${init.rule}${got}${hint}` };
}

export function formatProblem(p: InputProblem): string {
  return safeText(`${placeOf(p)}: ${p.message}`);
}

function placeOf(p: Pick<InputProblem, "sheet" | "cell" | "column">): string {
  const at = p.cell ?? p.column;
  return at ? `${quoteSheet(p.sheet)}!${at}` : quoteSheet(p.sheet);
}

/** The same rule failing in more cells of one column than this is summarised in one line. */
const SUMMARISE_OVER = 3;
const EXAMPLES = 3;

/**
 * Every problem as lines a person can read: a rule that fails in many cells of one column (8,300 text dates)
 * becomes one line naming the column, the count and the first few cells, instead of 8,300 lines. Lines keep
 * the order in which their first problem was found.
 */
export function formatProblems(problems: readonly InputProblem[]): string[] {
  const keyOf = (p: InputProblem) =>
    p.cell
      ? `${p.sheet}\u0000${p.cell.replace(/\d+$/, "")}\u0000${p.code}\u0000${p.rule}\u0000${p.hint ?? ""}`
      : undefined;
  const groups = new Map<string, InputProblem[]>();
  for (const p of problems) {
    const key = keyOf(p);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  const lines: string[] = [];
  const summarised = new Set<string>();
  for (const p of problems) {
    const key = keyOf(p);
    const group = key === undefined ? undefined : groups.get(key);
    if (!group || group.length <= SUMMARISE_OVER) {
      lines.push(formatProblem(p));
      continue;
    }
    if (summarised.has(key as string)) continue;
    summarised.add(key as string);
    lines.push(summary(group));
  }
  return lines;
}

/** One line for one rule failing in many cells of a column: the count, the first few values and cells. */
function summary(group: readonly InputProblem[]): string {
  const first = group[0] as InputProblem;
  const column = (first.cell as string).replace(/\d+$/, "");
  const shown = group.slice(0, EXAMPLES);
  // The same value everywhere ("blank") is said once; different values each with their cell.
  const same = shown.every((p) => p.value === first.value);
  const cells = shown.map((p) => p.cell as string).join(", ");
  const examples = same
    ? cells
    : shown.map((p) => (p.value === undefined ? (p.cell as string) : `${p.value} (${p.cell})`)).join(", ");
  const hint = first.hint === undefined ? "" : ` — ${first.hint}`;
  const got =
    first.value === undefined ? ` at ${examples}` : same ? `, got ${first.value} at ${examples}` : `, got ${examples}`;
  return safeText(
    `${placeOf({ sheet: first.sheet, column })}: ${count(group.length)} cells: ${first.rule}${got} and ${count(group.length - EXAMPLES)} more${hint}`,
  );
}

const count = (n: number): string => n.toLocaleString("en-US");

/**
 * Control and bidirectional characters from a workbook are shown as escapes (`\n`, `\u202E`), so a cell value
 * cannot start a line that looks like one of ours, rewrite the terminal line or reorder the text around it (a
 * right-to-left override in a customer name would make "Deals!B7" read backwards). The same characters and
 * escapes as the CLI's terminal-text.ts, so text escaped here passes there unchanged; this copy is for the
 * browser-safe faces (the task pane), which cannot import the CLI.
 */
const CONTROLS = /[\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

export function safeText(text: string): string {
  return text.replace(CONTROLS, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

/** Excel quotes sheet names with spaces or punctuation in references: 'Q3 Deals'!B2. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A1 address of a 1-based row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** Column letters of a 1-based column: 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
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
