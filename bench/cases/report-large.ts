import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { measureNode } from "../child.js";
import type { BenchCase, BenchMeasure } from "../types.js";
import { dealsWorkbookPath } from "../workbooks.js";

/**
 * Issue 12's large-file budgets: a report from 1,000,000 deal rows (a 62 MB workbook, 400 MB of sheet XML) in
 * at most 3x the "limit" baseline (bench/limit.mjs: inflate every sheet part once and count `<row`/`<c `, the
 * least any reader must do), with peak RSS at most 256 MiB, and an HTML report of at most 300 KB (issue 5).
 * exceljs's streaming WorkbookReader (bench/bare-reader.mjs, the reader the CLI used before) runs beside it:
 * the report should be at least 4x faster than that bare pass. All three run as fresh Node processes (start-up
 * counts on every side); peak RSS is read from inside each child (bench/peak-rss.mjs). One run each.
 */
const ROWS = 1_000_000;
const CLI = resolve("dist/cli/goalsheet.js");

async function run(): Promise<BenchMeasure[]> {
  const workbook = await dealsWorkbookPath(ROWS, (line) => process.stderr.write(`${line}\n`));
  const dir = mkdtempSync(join(tmpdir(), "goalsheet-bench-large-"));
  try {
    const out = join(dir, "report.html");
    const limit = await measureNode("bench/limit.mjs", [workbook]);
    if (limit.code !== 0) throw new Error(`the limit baseline failed: ${limit.stderr.trim()}`);
    const report = await measureNode(CLI, [
      "report",
      workbook,
      "-o",
      out,
      "--as-of",
      "2026-06-30",
      "--generated-at",
      "2026-07-01",
    ]);
    if (report.code !== 0) throw new Error(`the report failed on 1M rows: ${report.stderr.trim()}`);
    const exceljs = await measureNode("bench/bare-reader.mjs", [workbook]);
    if (exceljs.code !== 0) throw new Error(`the exceljs reader failed: ${exceljs.stderr.trim()}`);
    const ratio = report.ms / limit.ms;
    const faster = exceljs.ms / report.ms;
    const kb = statSync(out).size / 1024;
    const baseline = { label: "limit: inflate + count <row/<c (bench/limit.mjs)", value: limit.ms };
    return [
      {
        label: "limit baseline, 1,000,000 deal rows (wall time)",
        value: limit.ms,
        unit: "ms",
        notes: limit.stdout.trim(),
      },
      {
        label: "report from 1,000,000 deal rows (wall time)",
        value: report.ms,
        unit: "ms",
        baseline,
        budget: { text: "<= 3x baseline", met: ratio <= 3 },
        notes: `one run each; ratio ${ratio.toFixed(2)}x; fresh Node processes`,
      },
      {
        label: "report from 1,000,000 deal rows (peak RSS)",
        value: report.peakRssMiB,
        unit: "MiB",
        baseline: { label: "limit baseline", value: limit.peakRssMiB },
        budget: { text: "<= 256 MiB", met: report.peakRssMiB <= 256 },
      },
      {
        label: "exceljs WorkbookReader bare pass, 1,000,000 deal rows (wall time)",
        value: exceljs.ms,
        unit: "ms",
        baseline: { label: "Goalsheet report", value: report.ms },
        budget: { text: ">= 4x the report", met: faster >= 4 },
        notes: `the report is ${faster.toFixed(1)}x faster; exceljs peak RSS ${exceljs.peakRssMiB.toFixed(0)} MiB`,
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

export const cases: BenchCase[] = [{ name: "report from 1,000,000 deal rows", run }];
