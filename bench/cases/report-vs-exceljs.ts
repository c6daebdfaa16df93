import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type ChildMeasure, medianChild, onPath } from "../child.js";
import type { BenchCase, BenchMeasure } from "../types.js";
import { dealsWorkbookPath } from "../workbooks.js";

/**
 * Report generation against what it cannot beat: one bare exceljs WorkbookReader pass over the same file
 * (issue 5's budget at 1M rows: <= 1.3x that pass, peak RSS <= 512 MiB, report <= 300 KB; the same budgets are
 * applied at 10k and 200k). Both run as fresh Node processes, so startup counts on both sides. LibreOffice's
 * HTML export is the peer users would reach for; it is measured when `soffice`/`libreoffice` is on PATH.
 * The 1M-row run belongs to bench/cases/report-large.ts when that file exists, so it is not run twice.
 */
const CLI = resolve("dist/cli/goalsheet.js");
const BARE = "bench/bare-reader.mjs";
const FIXED = ["--as-of", "2026-06-30", "--generated-at", "2026-07-01"];

function sizes(): number[] {
  const large = existsSync(resolve("bench/cases/report-large.ts")) ? [] : [1_000_000];
  return [10_000, 200_000, ...large];
}

const n = (rows: number) => rows.toLocaleString("en");

async function measureSize(rows: number): Promise<BenchMeasure[]> {
  const workbook = await dealsWorkbookPath(rows, (line) => process.stderr.write(`${line}\n`));
  const dir = mkdtempSync(join(tmpdir(), "goalsheet-bench-report-"));
  try {
    const out = join(dir, "report.html");
    const repeats = rows <= 10_000 ? 3 : 1;
    const bare = await medianChild(BARE, [workbook], repeats);
    const report = await medianChild(CLI, ["report", workbook, "-o", out, ...FIXED], repeats);
    if (report.code !== 0) throw new Error(`the report failed on ${n(rows)} rows: ${report.stderr.trim()}`);
    if (bare.code !== 0) throw new Error(`the bare reader failed: ${bare.stderr.trim()}`);
    const ratio = report.ms / bare.ms;
    const kb = statSync(out).size / 1024;
    const note = repeats > 1 ? `median of ${repeats} runs each` : "one run each";
    const measures: BenchMeasure[] = [
      {
        label: `report from ${n(rows)} deal rows (wall time)`,
        value: report.ms,
        unit: "ms",
        baseline: { label: "bare exceljs WorkbookReader pass", value: bare.ms },
        // Issue 5 sets the 1.3x budget for 1,000,000 rows (bench/cases/report-large.ts). On small files the
        // ratio is dominated by fixed start-up (loading the CLI's modules, compiling templates: about 0.4 s),
        // so it is recorded here without a budget.
        ...(rows >= 1_000_000 ? { budget: { text: "<= 1.3x baseline", met: ratio <= 1.3 } } : {}),
        notes: `${note}; ratio ${ratio.toFixed(2)}x; both fresh Node processes${rows < 1_000_000 ? "; the 1.3x budget applies at 1,000,000 rows" : ""}`,
      },
      {
        label: `report from ${n(rows)} deal rows (peak RSS)`,
        value: report.peakRssMiB,
        unit: "MiB",
        baseline: { label: "bare exceljs WorkbookReader pass", value: bare.peakRssMiB },
        budget: { text: "<= 512 MiB", met: report.peakRssMiB <= 512 },
      },
      {
        label: `report from ${n(rows)} deal rows (HTML size)`,
        value: kb,
        unit: "KB",
        baseline: { label: "workbook size", value: statSync(workbook).size / 1024 },
        budget: { text: "<= 300 KB", met: kb <= 300 },
      },
    ];
    measures.push(...(await libreOffice(rows, workbook, dir, report)));
    return measures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** LibreOffice's own HTML export of the same workbook, when it is installed (never installed by the bench). */
async function libreOffice(rows: number, workbook: string, dir: string, report: ChildMeasure): Promise<BenchMeasure[]> {
  const office = onPath("soffice") ?? onPath("libreoffice");
  if (!office) {
    return [
      {
        label: `LibreOffice --convert-to html, ${n(rows)} deal rows`,
        value: Number.NaN,
        unit: "ms",
        notes: "skipped: LibreOffice is not on PATH on this machine (install the libreoffice-calc package to compare)",
      },
    ];
  }
  const time = existsSync("/usr/bin/time") ? ["/usr/bin/time", "-f", "%M"] : [];
  const outDir = join(dir, "office");
  const start = performance.now();
  const result = spawnSync(
    time[0] ?? office,
    [
      ...time.slice(1),
      ...(time.length ? [office] : []),
      "--headless",
      "--convert-to",
      "html",
      "--outdir",
      outDir,
      workbook,
    ],
    { encoding: "utf8", env: { ...process.env, HOME: join(dir, "home") } },
  );
  const ms = performance.now() - start;
  const html = existsSync(outDir) ? readdirSync(outDir).find((f) => f.endsWith(".html")) : undefined;
  if (!html)
    return [
      {
        label: `LibreOffice --convert-to html, ${n(rows)} deal rows`,
        value: Number.NaN,
        unit: "ms",
        notes: `failed: ${result.stderr.trim().slice(-200)}`,
      },
    ];
  const rssKiB = Number(/(\d+)\s*$/.exec(result.stderr.trim())?.[1]);
  const kb = statSync(join(outDir, html)).size / 1024;
  return [
    {
      label: `LibreOffice --convert-to html, ${n(rows)} deal rows (wall time)`,
      value: ms,
      unit: "ms",
      baseline: { label: "Goalsheet report", value: report.ms },
      notes: `peak RSS ${Number.isFinite(rssKiB) ? `${(rssKiB / 1024).toFixed(0)} MiB` : "not measured (no /usr/bin/time)"}; HTML ${kb.toFixed(0)} KB`,
    },
    {
      label: `LibreOffice HTML size, ${n(rows)} deal rows`,
      value: kb,
      unit: "KB",
      baseline: { label: "Goalsheet report", value: statSync(join(dir, "report.html")).size / 1024 },
    },
  ];
}

export const cases: BenchCase[] = sizes().map((rows) => ({
  name: `report vs exceljs reader, ${n(rows)} rows`,
  run: () => measureSize(rows),
}));
