import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type ChildMeasure, measureNode } from "../child.js";
import type { BenchCase, BenchMeasure } from "../types.js";
import { dealsWorkbookPath } from "../workbooks.js";

/**
 * Issue 12's large-file budgets. First its baseline, a case of its own: "limit" (bench/limit.mjs: inflate every
 * sheet part once and count `<row`/`<c `, the least any reader must do) on the 1,000,000-row workbook (62 MB,
 * 400 MB of sheet XML). Then the report from the same file in at most 3x the limit's wall time, with peak RSS
 * at most 256 MiB and an HTML report of at most 300 KB (issue 5); exceljs's streaming WorkbookReader
 * (bench/bare-reader.mjs, the reader the CLI used before) runs beside it and must be at least 4x slower. All run
 * as fresh Node processes (start-up counts on every side), one run each; peak RSS and CPU time are read inside
 * each child (bench/peak-rss.mjs). CPU time is in the notes: on a busy machine wall time counts waiting too.
 * `npm run bench -- report-large` runs both cases; the limit is measured once and shared.
 */
const ROWS = 1_000_000;
const CLI = resolve("dist/cli/goalsheet.js");
const log = (line: string) => process.stderr.write(`${line}\n`);

let limitRun: Promise<ChildMeasure> | undefined;

/** The limit baseline on the 1M-row workbook, measured once per bench run. */
function limit(): Promise<ChildMeasure> {
  limitRun ??= dealsWorkbookPath(ROWS, log).then(async (workbook) => {
    const run = await measureNode("bench/limit.mjs", [workbook]);
    if (run.code !== 0) throw new Error(`the limit baseline failed: ${run.stderr.trim()}`);
    return run;
  });
  return limitRun;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function limitCase(): Promise<BenchMeasure[]> {
  const run = await limit();
  return [
    {
      label: "limit: inflate every sheet part once + count <row/<c, 1,000,000 deal rows (wall time)",
      value: run.ms,
      unit: "ms",
      notes: `${run.stdout.trim()}; CPU ${seconds(run.cpuMs)}; peak RSS ${run.peakRssMiB.toFixed(0)} MiB; fresh Node process`,
    },
  ];
}

async function reportCase(): Promise<BenchMeasure[]> {
  const workbook = await dealsWorkbookPath(ROWS, log);
  const base = await limit();
  const dir = mkdtempSync(join(tmpdir(), "goalsheet-bench-large-"));
  try {
    const out = join(dir, "report.html");
    const args = ["report", workbook, "-o", out, "--as-of", "2026-06-30", "--generated-at", "2026-07-01"];
    const report = await measureNode(CLI, args);
    if (report.code !== 0) throw new Error(`the report failed on 1M rows: ${report.stderr.trim()}`);
    const exceljs = await measureNode("bench/bare-reader.mjs", [workbook]);
    if (exceljs.code !== 0) throw new Error(`the exceljs reader failed: ${exceljs.stderr.trim()}`);
    const ratio = report.ms / base.ms;
    const faster = exceljs.ms / report.ms;
    const kb = statSync(out).size / 1024;
    return [
      {
        label: "report from 1,000,000 deal rows (wall time)",
        value: report.ms,
        unit: "ms",
        baseline: { label: "limit (bench/limit.mjs)", value: base.ms },
        budget: { text: "<= 3x baseline", met: ratio <= 3 },
        notes: `ratio ${ratio.toFixed(2)}x; CPU ${seconds(report.cpuMs)} against the limit's ${seconds(base.cpuMs)} (${(report.cpuMs / base.cpuMs).toFixed(2)}x); one run each, fresh Node processes`,
      },
      {
        label: "report from 1,000,000 deal rows (peak RSS)",
        value: report.peakRssMiB,
        unit: "MiB",
        baseline: { label: "limit", value: base.peakRssMiB },
        budget: { text: "<= 256 MiB", met: report.peakRssMiB <= 256 },
      },
      {
        label: "exceljs WorkbookReader bare pass, 1,000,000 deal rows (wall time)",
        value: exceljs.ms,
        unit: "ms",
        baseline: { label: "Goalsheet report", value: report.ms },
        budget: { text: ">= 4x the report", met: faster >= 4 },
        notes: `the report is ${faster.toFixed(1)}x faster; exceljs CPU ${seconds(exceljs.cpuMs)}, peak RSS ${exceljs.peakRssMiB.toFixed(0)} MiB`,
      },
      {
        label: "report from 1,000,000 deal rows (HTML size)",
        value: kb,
        unit: "KB",
        baseline: { label: "workbook size", value: statSync(workbook).size / 1024 },
        budget: { text: "<= 300 KB", met: kb <= 300 },
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const cases: BenchCase[] = [
  { name: "limit baseline, 1,000,000 deal rows", run: limitCase },
  { name: "report from 1,000,000 deal rows", run: reportCase },
];
