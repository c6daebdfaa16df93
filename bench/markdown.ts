import { cpus, loadavg, platform, release, totalmem } from "node:os";
import type { BenchMeasure } from "./types.js";

/** One bench case's outcome, as bench/run.ts collected it. */
export interface CaseResult {
  readonly file: string;
  readonly name: string;
  readonly measures: readonly BenchMeasure[];
  readonly error?: string;
  /** Wall time of the whole case, setup included. */
  readonly ms: number;
}

/**
 * docs/benchmarks.md: the machine and the command first (figures mean nothing without them), a summary of
 * budgets, then one table per case with each figure beside its same-run baseline.
 */
export function renderBenchmarks(results: readonly CaseResult[], when: Date, filter?: string): string {
  const measures = results.flatMap((r) => r.measures);
  const budgets = measures.filter((m) => m.budget);
  const failed = budgets.filter((m) => !m.budget?.met);
  const errors = results.filter((r) => r.error);
  const cpu = cpus();
  const lines = [
    "# Benchmarks",
    "",
    `Written by \`npm run bench${filter ? ` -- ${filter}` : ""}\` (bench/run.ts) on ${when.toISOString().slice(0, 16).replace("T", " ")} UTC. Do not edit by hand: rerun the command.`,
    "",
    `- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, ${platform()} ${release()}`,
    `- Node ${process.version}; load average at the end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")} (1 / 5 / 15 min; a busy machine slows figures and their baselines alike)`,
    "- Every figure is compared with a baseline measured in the same run, so machine speed largely cancels out.",
    "- Large workbooks (10k / 200k / 1M deal rows) come from bench/workbooks.ts: seeded, written once with exceljs's streaming WorkbookWriter into .bench-cache/ (gitignored). Report timings run the built CLI and bench/bare-reader.mjs as fresh Node processes; peak RSS is each child's own high-water mark (VmHWM, read by bench/peak-rss.mjs, which also records its CPU time).",
    "- Rerun one case: `npm run bench -- <file name>` (prints the table, leaves this file alone). Needs `npm run build` first. A missed budget is marked **FAIL** here, printed as `bench: MISSED …` at the end of the run, and makes the command exit 1.",
    "- Issue 12's reader budgets are ratios to the \"limit\" baseline (bench/limit.mjs: inflate every sheet part once and count `<row`/`<c `, nothing else), run as its own process on the same file in the same run: its own case for 1,000,000 rows (`report-large`), beside the report at 10,000 and 200,000 rows (`report-vs-exceljs`). The notes give each process's CPU time too: on a busy machine wall time also counts waiting for a core.",
    "",
    `**${measures.length} figures, ${budgets.length - failed.length} of ${budgets.length} budgets met${failed.length ? `, ${failed.length} missed` : ""}${errors.length ? `, ${errors.length} case(s) failed to run` : ""}.**`,
    "",
  ];
  for (const result of results) {
    const stem = result.file.replace(/\.ts$/, "");
    lines.push(
      `## ${result.name}`,
      "",
      `Source: \`bench/cases/${result.file}\` · run alone: \`npm run bench -- ${stem}\` · case time ${seconds(result.ms)}`,
      "",
    );
    if (result.error) {
      lines.push(`**Failed to run:** ${escapeCell(result.error)}`, "");
      continue;
    }
    lines.push("| Figure | Value | Baseline (same run) | Budget | Result | Notes |", "|---|---:|---|---|---|---|");
    for (const m of result.measures) {
      const baseline = m.baseline ? `${escapeCell(m.baseline.label)}: ${format(m.baseline.value, m.unit)}` : "—";
      const budget = m.budget ? escapeCell(m.budget.text) : "—";
      const verdict = m.budget ? (m.budget.met ? "pass" : "**FAIL**") : "—";
      lines.push(
        `| ${escapeCell(m.label)} | ${format(m.value, m.unit)} | ${baseline} | ${budget} | ${verdict} | ${escapeCell(m.notes ?? "")} |`,
      );
    }
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

function format(value: number, unit: BenchMeasure["unit"]): string {
  if (!Number.isFinite(value)) return "—";
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: 0 })} ${unit}`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const escapeCell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
