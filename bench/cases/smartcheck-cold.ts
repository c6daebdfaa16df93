/**
 * SMARTCHECK's cold start (issue 12: a 10,000-row report, Node start-up included, in at most 0.5 s): the first
 * checks in a fresh process pay for compiling the checker's code and each language's patterns, which a short
 * CLI run never earns back. Each figure is the median of fresh processes (bench/smartcheck-cold.mjs, the built
 * library) timing the first check of every goal in order; the baseline is the same goals checked again in the
 * same process, so the difference is what starting cold costs: for the 10,000-row bench workbook's two English
 * goals and the bundled example workbook's 14 goals (English, Chinese, Dutch, Arabic), then each language
 * alone (its first three labelled goals). No budget of their own: the report's budget covers them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { KNOWN_LANGUAGES } from "../../shared/smart/types.js";
import { measureNode } from "../child.js";
import type { BenchCase, BenchMeasure } from "../types.js";
import { dealsWorkbookPath } from "../workbooks.js";

interface Goal {
  readonly text: string;
  readonly baseline?: number;
}

interface ColdRun {
  readonly cold: readonly { readonly language: string; readonly ms: number }[];
  readonly warm: readonly number[];
}

const RUNS = 7;
let files = 0;
const CHILD = "bench/smartcheck-cold.mjs";

/** The Goals sheet's goal texts and baselines, as the report reads them. */
async function workbookGoals(path: string): Promise<Goal[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet("Goals");
  if (sheet === undefined) throw new Error(`${path} has no Goals sheet`);
  const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
  const goalColumn = header.indexOf("Goal");
  const baselineColumn = header.indexOf("Baseline");
  const goals: Goal[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const text = row.getCell(goalColumn).value;
    const baseline = row.getCell(baselineColumn).value;
    if (typeof text === "string" && text.trim() !== "") {
      goals.push(typeof baseline === "number" ? { text, baseline } : { text });
    }
  });
  return goals;
}

function labelledGoals(language: string, count: number): Goal[] {
  return readFileSync(`test/smart/goals-${language}.jsonl`, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .slice(0, count)
    .map((line) => {
      const { text, baseline } = JSON.parse(line) as Goal;
      return baseline === undefined ? { text } : { text, baseline };
    });
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const round = (x: number): number => Math.round(x * 10) / 10;
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** Median first-check and warm totals over RUNS fresh processes, and the median per language of the cold checks. */
async function coldRuns(
  goals: readonly Goal[],
  dir: string,
): Promise<{ cold: number; warm: number; byLanguage: string }> {
  const file = join(dir, `goals-${files++}.json`);
  writeFileSync(file, JSON.stringify(goals));
  const runs: ColdRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    const child = await measureNode(CHILD, [file]);
    if (child.code !== 0) throw new Error(`bench/smartcheck-cold.mjs failed: ${child.stderr.trim()}`);
    runs.push(JSON.parse(child.stdout) as ColdRun);
  }
  const languages = [...new Set(runs[0]?.cold.map((c) => c.language))];
  const byLanguage = languages
    .map((language) => {
      const ms = median(runs.map((r) => sum(r.cold.filter((c) => c.language === language).map((c) => c.ms))));
      return `${language} ${round(ms)} ms`;
    })
    .join(", ");
  return {
    cold: median(runs.map((r) => sum(r.cold.map((c) => c.ms)))),
    warm: median(runs.map((r) => sum(r.warm))),
    byLanguage,
  };
}

export const cases: BenchCase[] = [
  {
    name: "SMARTCHECK cold start",
    async run(): Promise<BenchMeasure[]> {
      const dir = mkdtempSync(join(tmpdir(), "goalsheet-bench-smartcold-"));
      try {
        const report = await workbookGoals(
          await dealsWorkbookPath(10_000, (line) => process.stderr.write(`${line}\n`)),
        );
        const example = await workbookGoals(resolve("examples/goalsheet-example.xlsx"));
        const measures: BenchMeasure[] = [];
        // No budget of its own: issue 12 budgets the whole 10,000-row report, of which this is a part.
        for (const [label, goals] of [
          [`first check of the 10,000-row bench workbook's ${report.length} goals`, report],
          [`first check of the example workbook's ${example.length} goals`, example],
        ] as const) {
          const r = await coldRuns(goals, dir);
          measures.push({
            label: `${label} (fresh process)`,
            value: round(r.cold),
            unit: "ms",
            baseline: { label: "the same goals checked again", value: round(r.warm) },
            notes: `by language: ${r.byLanguage}; median of ${RUNS} processes`,
          });
        }
        for (const language of KNOWN_LANGUAGES) {
          const r = await coldRuns(labelledGoals(language, 3), dir);
          measures.push({
            label: `first check of the first 3 labelled ${language} goals (fresh process)`,
            value: round(r.cold),
            unit: "ms",
            baseline: { label: "the same goals checked again", value: round(r.warm) },
          });
        }
        return measures;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
