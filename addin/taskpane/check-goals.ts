import type { ExcelFunction } from "../../shared/excel/define.js";
import { isExcelError } from "../../shared/excel/errors.js";
import type { CellValue, ExcelResult } from "../../shared/excel/values.js";

/** A goal and the SMARTCHECK result for it, one row of the pane's verdict table. */
export interface GoalVerdict {
  readonly goal: string;
  readonly cells: readonly string[];
}

export type CheckOutcome =
  | { kind: "unavailable"; message: string }
  | { kind: "error"; message: string }
  | { kind: "verdicts"; rows: readonly GoalVerdict[] };

function show(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (isExcelError(cell)) return `${cell.error} ${cell.message}`;
  if (typeof cell === "number") return Number.isInteger(cell) ? String(cell) : cell.toFixed(2);
  return String(cell);
}

/**
 * Run SMARTCHECK over the selected cells, one goal statement per non-blank cell. SMARTCHECK comes from the
 * `excel` object like every other function, so the pane checks exactly what =GOALS.SMARTCHECK computes in a
 * cell; when a build does not have it yet the pane says so instead of failing.
 */
export function checkGoals(
  smartcheck: ExcelFunction | undefined,
  selection: readonly (readonly unknown[])[],
): CheckOutcome {
  if (!smartcheck) {
    return { kind: "unavailable", message: "SMART checks are not in this build of Goalsheet yet." };
  }
  const goals = selection
    .flat()
    .filter((v): v is string | number => (typeof v === "string" ? v.trim() !== "" : typeof v === "number"));
  if (goals.length === 0) {
    return { kind: "error", message: "Select the cells that hold goal statements, then choose Check goals." };
  }
  // Ask for the per-criterion table when SMARTCHECK offers one (its "output" parameter), else take its default.
  const outputAt = smartcheck.params.findIndex((p) => p.name === "output");
  const rows: GoalVerdict[] = [];
  for (const goal of goals) {
    const args: unknown[] = [[[String(goal)]]];
    if (outputAt > 0) args[outputAt] = "table";
    const result: ExcelResult = smartcheck(...args);
    if (isExcelError(result)) {
      rows.push({ goal: String(goal), cells: [`${result.error} ${result.message}`] });
    } else if (Array.isArray(result)) {
      rows.push({
        goal: String(goal),
        cells: result.map((row) =>
          row
            .map(show)
            .filter((c) => c !== "")
            .join(" · "),
        ),
      });
    } else {
      rows.push({ goal: String(goal), cells: [show(result)] });
    }
  }
  return { kind: "verdicts", rows };
}

/** The verdicts as a table: the goal, then what SMARTCHECK returned for it, cell by cell. */
export function renderVerdicts(doc: Document, container: HTMLElement, outcome: CheckOutcome): void {
  container.replaceChildren();
  if (outcome.kind !== "verdicts") return;
  const table = doc.createElement("table");
  table.className = "verdicts";
  const head = table.createTHead().insertRow();
  for (const title of ["Goal", "SMART check"]) {
    const th = doc.createElement("th");
    th.scope = "col";
    th.textContent = title;
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of outcome.rows) {
    const tr = body.insertRow();
    const goal = doc.createElement("th");
    goal.scope = "row";
    goal.textContent = row.goal;
    tr.append(goal);
    const verdict = tr.insertCell();
    const list = doc.createElement("ul");
    for (const cell of row.cells.filter((c) => c !== "")) {
      const li = doc.createElement("li");
      li.textContent = cell;
      const words = cell.toLowerCase().split(" · ");
      if (words.includes("fail") || cell.startsWith("#")) li.className = "fail";
      else if (words.includes("pass")) li.className = "pass";
      list.append(li);
    }
    verdict.append(list);
  }
  container.append(table);
}
