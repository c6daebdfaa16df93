import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { starterPlan } from "../../generator/cli/commands/init.js";
import type { Scalar } from "../../shared/quota/plan/sheet-spec.js";
import { type FormulaCell, formulaCells } from "./formula-cells.js";

/**
 * What LibreOffice showed of `goalsheet init`'s workbook (scripts/planner-libreoffice.ts wrote the JSON; re-run it
 * when the Quota sheet changes, which the first test detects). LibreOffice has no GOALS functions and, in 7.x, no
 * dynamic arrays (A1#, ANCHORARRAY): what it can compute must be the cached value, and what it cannot must be
 * only what depends on those.
 */
interface Seen {
  readonly libreoffice: string;
  readonly saved: Record<string, Scalar>;
  readonly recalculated: Record<string, Scalar>;
}
const seen = JSON.parse(readFileSync(join(import.meta.dirname, "libreoffice", "starter.json"), "utf8")) as Seen;
const cells = formulaCells(starterPlan());
const key = (c: FormulaCell) => `${c.sheet}!${c.address}`;
const same = (a: Scalar, b: Scalar) =>
  typeof a === "number" && typeof b === "number" ? Number(a.toPrecision(15)) === Number(b.toPrecision(15)) : a === b;
const isError = (v: Scalar) => typeof v === "string" && /^#[A-Z/0]+[?!]?$/.test(v);
/** Formulas LibreOffice 7 cannot evaluate: a GOALS function, a spill reference, or a name on a spill. */
const needsExcel = (formula: string) => /GOALS\.|#|Quota_Plan|Quota_RepTotals/.test(formula);

describe(`goalsheet init's Quota sheet in ${seen.libreoffice}`, () => {
  it("covers every cell the planner's formulas fill today", () => {
    expect(Object.keys(seen.saved).sort()).toEqual(cells.map(key).sort());
    expect(Object.keys(seen.recalculated).sort()).toEqual(cells.map(key).sort());
  });

  it("as saved: the cached values, except the spills of GOALS.QUOTASPLIT and of the subtotals over it", () => {
    const wrong = cells.filter(
      (c) => !isError(seen.saved[key(c)] ?? null) && !same(seen.saved[key(c)] ?? null, c.cached),
    );
    expect(wrong.map(key)).toEqual([]);
    // LibreOffice recalculates an array formula it cannot parse even when told to keep cached values.
    const refused = cells.filter((c) => isError(seen.saved[key(c)] ?? null));
    expect(new Set(refused.map((c) => c.formula))).toEqual(
      new Set([
        "=GOALS.QUOTASPLIT(Quota_Target,B19#,Quota_Seasonality,V19#,Quota_Unit,Quota_Cushion)",
        "=INDEX(D19#,0,1)+INDEX(D19#,0,2)+INDEX(D19#,0,3)",
        "=INDEX(D19#,0,4)+INDEX(D19#,0,5)+INDEX(D19#,0,6)",
        "=INDEX(D19#,0,7)+INDEX(D19#,0,8)+INDEX(D19#,0,9)",
        "=INDEX(D19#,0,10)+INDEX(D19#,0,11)+INDEX(D19#,0,12)",
        "=P19#+Q19#+R19#+S19#",
      ]),
    );
    expect(refused).toHaveLength(4 * 12 + 4 * 5);
  });

  it("recalculated: every formula it can evaluate gives the cached value; the rest need Excel", () => {
    const values = seen.recalculated;
    const computed = cells.filter((c) => !isError(values[key(c)] ?? null));
    expect(computed.filter((c) => !same(values[key(c)] ?? null, c.cached)).map(key)).toEqual([]);
    // The ramp grid, month headers, shares, weights, start dates, names and target × cushion.
    expect(computed.length).toBeGreaterThanOrEqual(4 * 12 + 24 + 12 + 3 * 4 + 1);
    const failed = new Set(cells.filter((c) => isError(values[key(c)] ?? null)).map((c) => c.address));
    const unexplained = cells.filter(
      (c) =>
        isError(values[key(c)] ?? null) &&
        !needsExcel(c.formula) &&
        !(c.formula.match(/\b[A-Z]{1,2}\d+\b/g) ?? []).some((ref) => failed.has(ref)),
    );
    expect(unexplained.map((c) => `${key(c)} ${c.formula}`)).toEqual([]);
  });
});
