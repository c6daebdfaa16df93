import { type InputProblem, problem } from "../../report/problems.js";

/**
 * Problems the reader finds in cells (a number cell holding "abc", a shared string that does not exist), kept
 * per sheet up to a few, then counted: a damaged sheet of a million cells gives a short list and one line
 * with the rest, not a million lines. The cells are remembered so a parser's second opinion on the same cell
 * (the blank left in its place) is not printed too.
 */
const SHOWN_PER_SHEET = 20;
/** Bad cells remembered for that (a bound on memory for a sheet that is all bad cells). */
const REMEMBERED = 100_000;

export class CellProblems {
  private readonly shown: InputProblem[] = [];
  private readonly hidden = new Map<string, number>();
  private readonly perSheet = new Map<string, number>();
  readonly cells = new Set<string>();

  /** Whether the reader refused anything: then "no rows to report on" would only blame its consequence. */
  get any(): boolean {
    return this.perSheet.size > 0;
  }

  add(sheet: string, cell: string | undefined, message: string): void {
    const count = (this.perSheet.get(sheet) ?? 0) + 1;
    this.perSheet.set(sheet, count);
    if (cell && this.cells.size < REMEMBERED) this.cells.add(`${sheet}!${cell}`);
    if (count <= SHOWN_PER_SHEET) {
      // The rule and the value apart, so one rule failing down a column is summarised in one line whatever
      // each cell held (the reader's messages are "<rule>, got <value>").
      const at = message.indexOf(", got ");
      const said = at < 0 ? { rule: message } : { rule: message.slice(0, at), value: message.slice(at + 6) };
      this.shown.push(problem({ code: "input", sheet, ...(cell ? { cell } : {}), ...said }));
    } else this.hidden.set(sheet, (this.hidden.get(sheet) ?? 0) + 1);
  }

  get size(): number {
    return this.shown.length;
  }

  list(): InputProblem[] {
    const out = [...this.shown];
    for (const [sheet, more] of this.hidden) {
      out.push(
        problem({
          code: "input",
          sheet,
          rule: `${more.toLocaleString("en")} more cells hold values their cell type does not allow (the file is damaged or was written by a faulty tool)`,
        }),
      );
    }
    return out;
  }
}
