import { columnLetters } from "../../shared/quota/plan/a1.js";
import type { PlanWorkbookSpec, Scalar } from "../../shared/quota/plan/sheet-spec.js";

/** A cell a formula of the planner fills (an anchor, a spilled cell or a Reps column cell), with its cached value. */
export interface FormulaCell {
  readonly sheet: string;
  readonly address: string;
  /** The formula that fills it: its own, or its spill anchor's. */
  readonly formula: string;
  readonly cached: Scalar;
}

/** Every cell the description's formulas fill, spills cell by cell, in sheet order. */
export function formulaCells(spec: PlanWorkbookSpec): FormulaCell[] {
  const out: FormulaCell[] = [];
  for (const c of spec.sheet.cells) {
    if (!c.formula) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(c.address) as RegExpExecArray;
    const column = [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const rows = c.spill ?? [[c.value]];
    rows.forEach((row, i) => {
      row.forEach((cached, j) => {
        out.push({
          sheet: spec.sheet.name,
          address: `${columnLetters(column + j)}${Number(m[2]) + i}`,
          formula: c.formula as string,
          cached,
        });
      });
    });
  }
  for (const column of spec.reps.columns) {
    if (!column.formula) continue;
    column.values.forEach((cached, r) => {
      out.push({
        sheet: spec.reps.sheet,
        address: `${columnLetters(column.column)}${spec.reps.headerRow + 1 + r}`,
        formula: column.formula as string,
        cached,
      });
    });
  }
  return out;
}
