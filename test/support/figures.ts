import type { ReportModel } from "../../generator/report/model/report-model.js";
import { buildReportModel } from "../../generator/report/pipeline.js";
import type { WorkbookData } from "../../generator/report/workbook/data.js";
import { evaluateAll, sheetsOf } from "./spreadsheet.js";

/**
 * The cell-versus-report check (issue 14), shared by the agreement tests: every figure in a report model carries
 * the formula a finance user would type to check it (`formulas: { field: "=GOALS.WINRATE(FILTER(Deals!…))" }`);
 * each is evaluated by a spreadsheet engine (HyperFormula with the GOALS functions registered from the core, as
 * the add-in does) on the workbook's own cells and must give the figure.
 */

/** Numbers in the model that are not figures a reader checks: layout, positions, labels of bands. */
const NOT_FIGURES: readonly RegExp[] = [
  /\.chart\./, // chart geometry (its values repeat figures that have formulas)
  /\.bar\.(x|width|markerX)$/, // a goal's progress bar geometry
  /\.row$/, // a goal's sheet row
  /^modelVersion$/,
  /\.horizonWeeks$/, // the report's fixed 52-week horizon
  /\.pAliveBands\.\d+\.(from|to)$/, // band edges, labels
  /\.smart\.score$/, // SMARTCHECK's score is not shown; its verdicts are
  /^clv\.acquisition\.spend$/, // the Settings value itself
  /^goals\.counts\./, // how many of the goal rows above have each status
  /^verdict\.(goalsCount|repsCount)$/, // how many goal and rep rows the sections below list
  /^reps\.more$/, // how many reps the per-rep view leaves out
  /^actions\.limit$/, // Settings → Action list length
  /^clv\.predictiveNote\.values\./, // why no CLV fit was tried: the core's minimum and the counts it checked
];

export interface Figure {
  readonly path: string;
  readonly value: number | null;
  readonly formula: string;
}

function walk(
  value: unknown,
  path: string,
  visit: (path: string, owner: Record<string, unknown>, key: string) => void,
) {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) walk(value[i], `${path}.${i}`, visit);
  } else if (value !== null && typeof value === "object") {
    const owner = value as Record<string, unknown>;
    for (const [key, v] of Object.entries(owner)) {
      const here = path === "" ? key : `${path}.${key}`;
      if (typeof v === "number") visit(here, owner, key);
      else walk(v, here, visit);
    }
  }
}

export function figuresOf(model: ReportModel): { figures: Figure[]; bare: string[] } {
  const figures: Figure[] = [];
  const bare: string[] = [];
  walk(model, "", (path, owner, key) => {
    // A note's count is checked by the note's own formula.
    const note = /\.notes\.\d+\.values\.count$/.test(path) ? noteAt(model, path) : undefined;
    const formula = note?.formula ?? (owner.formulas as Record<string, string> | undefined)?.[key];
    if (formula !== undefined) figures.push({ path, value: owner[key] as number, formula });
    else if (!NOT_FIGURES.some((r) => r.test(path))) bare.push(path);
  });
  // Figures the model holds as null (not computable) must be errors in the cell too.
  const nulls = (value: unknown, path: string) => {
    if (value === null || typeof value !== "object") return;
    const owner = value as Record<string, unknown>;
    const formulas = owner.formulas as Record<string, string> | undefined;
    for (const [key, formula] of Object.entries(formulas ?? {}))
      if (owner[key] === null) figures.push({ path: `${path}.${key}`, value: null, formula });
    for (const [key, v] of Object.entries(owner)) if (key !== "formulas") nulls(v, `${path}.${key}`);
  };
  for (const [key, v] of Object.entries(model)) nulls(v, key);
  return { figures, bare };
}

function noteAt(model: ReportModel, path: string): { formula?: string } | undefined {
  let at: unknown = model;
  for (const part of path.split(".").slice(0, -2)) at = (at as Record<string, unknown>)?.[part];
  return at as { formula?: string } | undefined;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function modelOf(data: WorkbookData, asOf: Date): ReportModel {
  return buildReportModel(data, {
    locale: "en",
    asOf,
    generatedAt: asOf,
    source: { name: "agreement.xlsx", sha256: "0" },
  });
}

/** The figures whose formula gives another value on the workbook's cells (empty when all agree). */
export function disagreements(data: WorkbookData, figures: readonly Figure[]): string[] {
  const values = evaluateAll(
    sheetsOf(data),
    figures.map((f) => f.formula),
  );
  const wrong: string[] = [];
  figures.forEach((f, i) => {
    const got = values[i];
    const agrees =
      f.value === null
        ? typeof got === "object" && got !== null && "error" in got
        : typeof got === "number" && close(got, f.value);
    if (!agrees) wrong.push(`${f.path}: report ${f.value}, cell ${JSON.stringify(got)}\n  ${f.formula}`);
  });
  return wrong;
}
