import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type ChildMeasure, machineOnlySettingsSet, medianChild, onPath } from "../child.js";
import type { BenchCase, BenchMeasure } from "../types.js";
import { dealsWorkbookPath } from "../workbooks.js";

/**
 * Report generation on 10,000 and 200,000 rows. Issue 12's budget at 10,000 rows: the whole report, Node
 * start-up included, in at most 0.5 s on a quiet machine, with the limit baseline for the same file
 * (bench/limit.mjs: inflate the sheets and count `<row`/`<c `) run as its own process beside it. exceljs's bare
 * WorkbookReader pass (the reader the CLI used before) is recorded beside both. Everything runs as fresh Node
 * processes, without this machine's own Node settings (bench/child.ts: cleanEnvironment); the 10,000-row report
 * is also recorded with them. LibreOffice's HTML export is the peer users would reach for; it is measured when
 * `soffice`/`libreoffice` is on PATH. The 1M-row run belongs to bench/cases/report-large.ts.
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
    const limit = await medianChild("bench/limit.mjs", [workbook], repeats);
    const report = await medianChild(CLI, ["report", workbook, "-o", out, ...FIXED], repeats);
    if (report.code !== 0) throw new Error(`the report failed on ${n(rows)} rows: ${report.stderr.trim()}`);
    if (bare.code !== 0) throw new Error(`the bare reader failed: ${bare.stderr.trim()}`);
    if (limit.code !== 0) throw new Error(`the limit baseline failed: ${limit.stderr.trim()}`);
    const ratio = report.ms / bare.ms;
    const kb = statSync(out).size / 1024;
    const note = repeats > 1 ? `median of ${repeats} runs each` : "one run each";
    const measures: BenchMeasure[] = [
      {
        label: `limit baseline, ${n(rows)} deal rows (wall time, its own process)`,
        value: limit.ms,
        unit: "ms",
        notes: `${note}; ${limit.stdout.trim()}`,
      },
      {
        label: `report from ${n(rows)} deal rows (wall time, Node start-up included)`,
        value: report.ms,
        unit: "ms",
        baseline: { label: "limit baseline (its own process)", value: limit.ms },
        // Issue 12 sets 0.5 s at 10,000 rows; larger files are held to 3x the limit at 1,000,000 rows.
        ...(rows <= 10_000 ? { budget: { text: "<= 500 ms", met: report.ms <= 500 } } : {}),
        notes: `${note}; ${(report.ms / limit.ms).toFixed(2)}x the limit; CPU ${report.cpuMs.toFixed(0)} ms against the limit's ${limit.cpuMs.toFixed(0)} ms; exceljs bare pass ${bare.ms.toFixed(0)} ms (the report is ${ratio > 0 ? (1 / ratio).toFixed(1) : "?"}x faster)`,
      },
      ...(await machineEnvironment(rows, workbook, out, report)),
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

/**
 * The same 10,000-row report with this machine's environment as it is (bench/child.ts: MACHINE_ONLY_SETTINGS),
 * recorded beside the budget so what those settings cost is in view; only when some is set.
 */
async function machineEnvironment(
  rows: number,
  workbook: string,
  out: string,
  clean: ChildMeasure,
): Promise<BenchMeasure[]> {
  const set = machineOnlySettingsSet();
  if (rows > 10_000 || set.length === 0) return [];
  const asIs = await medianChild(CLI, ["report", workbook, "-o", out, ...FIXED], 3, process.env);
  if (asIs.code !== 0) throw new Error(`the report failed with this machine's environment: ${asIs.stderr.trim()}`);
  return [
    {
      label: `report from ${n(rows)} deal rows with this machine's ${set.join(" and ")} (wall time)`,
      value: asIs.ms,
      unit: "ms",
      baseline: { label: "the same report without them", value: clean.ms },
      notes: `median of 3 runs; what Node spends on ${set.join(" and ")} before running anything; no budget: a user's machine does not have this machine's settings`,
    },
  ];
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
