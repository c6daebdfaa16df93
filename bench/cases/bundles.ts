/**
 * Bundle budgets (issue 6): the custom-functions bundle at most 60 KB gzipped (Excel downloads and parses it
 * before the first GOALS cell calculates) and the task pane at most 150 KB gzipped without office.js (which
 * Microsoft's CDN serves and caches). Measured on the build in dist/addin, gzip at zlib's default level as web
 * servers send it; the raw size is given as the baseline so the compression ratio is visible.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { BenchCase, BenchMeasure } from "../types.js";

const DIST = "dist/addin";
const KB = 1024;

function measure(label: string, files: string[], budgetKb: number): BenchMeasure {
  let raw = 0;
  let gzipped = 0;
  for (const file of files) {
    const bytes = readFileSync(join(DIST, file));
    raw += bytes.byteLength;
    gzipped += gzipSync(bytes).byteLength;
  }
  const value = Math.round((gzipped / KB) * 10) / 10;
  return {
    label,
    value,
    unit: "KB",
    baseline: { label: "uncompressed", value: Math.round((raw / KB) * 10) / 10 },
    budget: { text: `<= ${budgetKb} KB gzipped`, met: value <= budgetKb },
    notes: files.join(", "),
  };
}

export const cases: BenchCase[] = [
  {
    name: "add-in bundles",
    async run() {
      if (!existsSync(join(DIST, "functions.js")) || !existsSync(join(DIST, "taskpane.html"))) {
        throw new Error("dist/addin is incomplete; run `npm run build` first");
      }
      const pane = readdirSync(join(DIST, "assets"))
        .filter((f) => f.startsWith("taskpane-") && (f.endsWith(".js") || f.endsWith(".css")))
        .map((f) => `assets/${f}`);
      return [
        measure("functions.js (custom functions bundle)", ["functions.js"], 60),
        measure("task pane (html + js + css, without office.js)", ["taskpane.html", ...pane], 150),
      ];
    },
  },
];
