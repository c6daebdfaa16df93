/**
 * `npm run bench`: runs every bench/cases/*.ts in one process, one case after another, and writes
 * docs/benchmarks.md with each figure, its baseline from the same run, its budget and whether it held, the
 * machine and the command. `npm run bench -- <filter>` runs only cases whose file or name contains the filter
 * and prints the table without rewriting the document (a partial run must not replace the full record).
 * Needs the build (`npm run build`): the report cases run the built CLI as users do.
 */
import { existsSync, readdirSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type CaseResult, renderBenchmarks } from "./markdown.js";
import type { BenchCase, BenchMeasure } from "./types.js";

const CASES_DIR = resolve("bench/cases");
const OUTPUT = resolve("docs/benchmarks.md");

async function main(): Promise<number> {
  const filter = process.argv[2];
  if (!existsSync(resolve("dist/cli/goalsheet.js"))) {
    process.stderr.write("bench: dist/cli/goalsheet.js is missing; run `npm run build` first\n");
    return 1;
  }
  const files = readdirSync(CASES_DIR)
    .filter((f) => f.endsWith(".ts"))
    .sort();
  const results: CaseResult[] = [];
  for (const file of files) {
    let cases: BenchCase[];
    try {
      cases = ((await import(pathToFileURL(join(CASES_DIR, file)).href)) as { cases: BenchCase[] }).cases;
    } catch (cause) {
      results.push({ file, name: file, measures: [], error: `cannot load: ${message(cause)}`, ms: 0 });
      continue;
    }
    for (const bench of cases) {
      if (filter && !file.includes(filter) && !bench.name.includes(filter)) continue;
      process.stderr.write(`bench: ${bench.name} ... `);
      const start = performance.now();
      try {
        const measures = await bench.run();
        results.push({ file, name: bench.name, measures, ms: performance.now() - start });
        process.stderr.write(`done in ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
        for (const m of measures) if (m.budget && !m.budget.met) process.stderr.write(`bench:   MISSED ${missed(m)}\n`);
      } catch (cause) {
        results.push({ file, name: bench.name, measures: [], error: message(cause), ms: performance.now() - start });
        process.stderr.write(`failed: ${message(cause)}\n`);
      }
    }
  }
  const markdown = renderBenchmarks(results, new Date(), filter);
  if (filter) process.stdout.write(markdown);
  else await writeFile(OUTPUT, markdown);
  if (!filter) process.stderr.write(`bench: wrote ${OUTPUT}\n`);
  // A missed budget or a case that failed to run is said last, where it cannot scroll away, and fails the run.
  const misses = results.flatMap((r) => r.measures.filter((m) => m.budget && !m.budget.met).map(missed));
  const broken = results.filter((r) => r.error).map((r) => `${r.name}: ${r.error}`);
  for (const line of misses) process.stderr.write(`bench: MISSED ${line}\n`);
  for (const line of broken) process.stderr.write(`bench: FAILED TO RUN ${line}\n`);
  return misses.length > 0 || broken.length > 0 ? 1 : 0;
}

/** "label: 4,210 ms against <= 3x baseline (baseline 1,180 ms)". */
function missed(m: BenchMeasure): string {
  const value = `${m.value.toLocaleString("en", { maximumFractionDigits: 1 })} ${m.unit}`;
  const base = m.baseline
    ? ` (${m.baseline.label}: ${m.baseline.value.toLocaleString("en", { maximumFractionDigits: 1 })})`
    : "";
  return `${m.label}: ${value} against ${m.budget?.text}${base}`;
}

function message(cause: unknown): string {
  return (cause instanceof Error ? cause.message : String(cause)).split("\n")[0] ?? "";
}

main().then((code) => {
  process.exitCode = code;
});
