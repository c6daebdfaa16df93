import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { measureNode } from "../child.js";
import type { BenchCase, BenchMeasure } from "../types.js";
import { dealsWorkbookPath } from "../workbooks.js";

/**
 * Issue 5's large-file budget: a report from 1,000,000 deal rows in at most 1.3x the time of one bare exceljs
 * WorkbookReader pass over the same file (bench/bare-reader.mjs), with peak RSS at most 512 MiB and an HTML
 * report of at most 300 KB. Both sides run as fresh Node processes (startup counts on both), peak RSS is
 * read from inside the child (bench/peak-rss.mjs). One run each: a pass takes about a minute on 2 cores.
 * The workbook (about 60 MB) is generated once into .bench-cache/ by bench/workbooks.ts.
 */
const ROWS = 1_000_000;
const CLI = resolve("dist/cli/goalsheet.js");
const BARE = "bench/bare-reader.mjs";

async function run(): Promise<BenchMeasure[]> {
  const workbook = await dealsWorkbookPath(ROWS, (line) => process.stderr.write(`${line}\n`));
  const dir = mkdtempSync(join(tmpdir(), "goalsheet-bench-large-"));
  try {
    const out = join(dir, "report.html");
    const bare = await measureNode(BARE, [workbook]);
    if (bare.code !== 0) throw new Error(`the bare reader failed: ${bare.stderr.trim()}`);
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
    const ratio = report.ms / bare.ms;
    const kb = statSync(out).size / 1024;
    const baseline = { label: "bare exceljs WorkbookReader pass", value: bare.ms };
    return [
      {
        label: "report from 1,000,000 deal rows (wall time)",
        value: report.ms,
        unit: "ms",
        baseline,
        budget: { text: "<= 1.3x baseline", met: ratio <= 1.3 },
        notes: `one run each; ratio ${ratio.toFixed(2)}x; both fresh Node processes`,
      },
      {
        label: "report from 1,000,000 deal rows (peak RSS)",
        value: report.peakRssMiB,
        unit: "MiB",
        baseline: { label: "bare exceljs WorkbookReader pass", value: bare.peakRssMiB },
        budget: { text: "<= 512 MiB", met: report.peakRssMiB <= 512 },
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
