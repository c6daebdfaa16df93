/**
 * Bundle budgets (issue 6): the custom-functions bundle at most 60 KB gzipped (Excel downloads and parses it
 * before the first GOALS cell calculates) and the task pane at most 150 KB gzipped without office.js (which
 * Microsoft's CDN serves and caches). Measured on the build in dist/addin, gzip at zlib's default level as web
 * servers send it; the raw size is given as the baseline so the compression ratio is visible.
 *
 * What counts is what is downloaded up front, found by following the build's own references rather than by
 * file names: the pane is taskpane.html with every local script and stylesheet it names and every module those
 * import statically (a chunk shared with report-viewer.html included). functions.js has its own figure, so the
 * pane's leaves it out, and a figure without a budget gives the page's whole start, both together (the shared
 * runtime loads them in one page). What is fetched only when asked for (a dynamic import(): SMARTCHECK's rules,
 * the report engine, one locale's labels; the CLV worker) is listed after them as "on demand", without a budget.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { gzipSync } from "node:zlib";
import type { BenchCase, BenchMeasure } from "../types.js";

const DIST = "dist/addin";
const KB = 1024;
const PAGE = "taskpane.html";
const FUNCTIONS = "functions.js";

interface Size {
  readonly raw: number;
  readonly gzipped: number;
}

function sizeOf(files: readonly string[]): Size {
  let raw = 0;
  let gzipped = 0;
  for (const file of files) {
    const bytes = readFileSync(join(DIST, file));
    raw += bytes.byteLength;
    gzipped += gzipSync(bytes).byteLength;
  }
  return { raw, gzipped };
}

const kb = (bytes: number) => Math.round((bytes / KB) * 10) / 10;

function measure(label: string, files: readonly string[], budgetKb?: number): BenchMeasure {
  const { raw, gzipped } = sizeOf(files);
  const value = kb(gzipped);
  return {
    label,
    value,
    unit: "KB",
    baseline: { label: "uncompressed", value: kb(raw) },
    ...(budgetKb === undefined ? {} : { budget: { text: `<= ${budgetKb} KB gzipped`, met: value <= budgetKb } }),
    notes: files.join(", "),
  };
}

/** Local files a page names: scripts, stylesheets and preloaded modules (office.js and other sites left out). */
function pageReferences(page: string): string[] {
  const html = readFileSync(join(DIST, page), "utf8");
  const found: string[] = [];
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"[^>]*>/g)) {
    const ref = m[1] as string;
    if (/^[a-z]+:/i.test(ref) || !/\.(?:js|css)$/.test(ref)) continue;
    found.push(posix.normalize(ref));
  }
  return found;
}

/** The modules a built script imports, relative to dist/addin: `static` (from "./x.js") and `dynamic` (import()). */
function moduleImports(file: string): { static: string[]; dynamic: string[] } {
  const code = readFileSync(join(DIST, file), "utf8");
  const resolve = (ref: string) => posix.join(posix.dirname(file), ref);
  const all = (re: RegExp) => [...code.matchAll(re)].map((m) => resolve(m[1] as string));
  return {
    static: [...all(/\bfrom\s*"(\.\.?\/[^"]+\.js)"/g), ...all(/\bimport\s*"(\.\.?\/[^"]+\.js)"/g)],
    dynamic: all(/\bimport\(\s*"(\.\.?\/[^"]+\.js)"\s*\)/g),
  };
}

/** Every file reached from `roots` by static imports, and the dynamic imports met on the way. */
function closure(roots: readonly string[]): { files: string[]; dynamic: string[] } {
  const files = new Set<string>();
  const dynamic = new Set<string>();
  const queue = [...roots];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (files.has(file)) continue;
    if (!existsSync(join(DIST, file))) throw new Error(`${DIST}/${file} is referenced but missing`);
    files.add(file);
    if (!file.endsWith(".js")) continue;
    const imports = moduleImports(file);
    queue.push(...imports.static);
    for (const d of imports.dynamic) dynamic.add(d);
  }
  return { files: [...files], dynamic: [...dynamic] };
}

/** A locale's labels chunk (addin/taskpane/bundled-templates.ts): "nl-<hash>.js", "zh-CN-<hash>.js". */
const LOCALE_CHUNK = /^assets\/[a-z]{2}(?:-[A-Z]{2})?-[\w-]{8}\.js$/;

export const cases: BenchCase[] = [
  {
    name: "add-in bundles",
    async run() {
      if (!existsSync(join(DIST, FUNCTIONS)) || !existsSync(join(DIST, PAGE))) {
        throw new Error("dist/addin is incomplete; run `npm run build` first");
      }
      // The functions bundle is a classic script: it imports nothing at start.
      const functions = closure([FUNCTIONS]);
      const refs = pageReferences(PAGE);
      if (!refs.includes(FUNCTIONS)) throw new Error(`${PAGE} no longer loads ${FUNCTIONS}: check this case`);
      const pane = closure(refs.filter((f) => f !== FUNCTIONS));
      const start: ReadonlySet<string> = new Set([...functions.files, ...pane.files]);

      const measures = [
        measure("functions.js (custom functions bundle)", functions.files, 60),
        measure("task pane (html + js + css, without office.js)", [PAGE, ...pane.files], 150),
        measure("shared-runtime page at start: task pane + functions.js (no budget)", [PAGE, ...start]),
      ];
      // functions.js finds its on-demand files by name at run time (addin/on-demand.ts, off-thread/clv.ts).
      const functionFiles: [string, string][] = [
        ["functions-smartcheck.js", "on demand: SMARTCHECK's rules, first SMARTCHECK call"],
        ["clv-worker.js", "on demand: the CLV worker, first CLVFIT or CLVPREDICT call"],
      ];
      for (const [file, label] of functionFiles) {
        if (!existsSync(join(DIST, file))) throw new Error(`${DIST}/${file} is missing`);
        measures.push(measure(`${file} (${label})`, [file]));
      }
      // Every chunk reached by import() from the start, and from those in turn, with what it adds to what is
      // loaded by then (the start, and the chunk that imports it).
      const seen = new Set<string>();
      const locales: string[] = [];
      const queue = pane.dynamic.map((root) => ({ root, before: start }));
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
        const { root, before } = item;
        if (seen.has(root) || before.has(root)) continue;
        seen.add(root);
        const reached = closure([root]);
        const adds = reached.files.filter((f) => !before.has(f));
        const loaded = new Set([...before, ...reached.files]);
        for (const next of reached.dynamic) queue.push({ root: next, before: loaded });
        if (LOCALE_CHUNK.test(root)) locales.push(root);
        else measures.push(measure(`task pane on demand: ${root} and what it adds`, adds));
      }
      if (locales.length > 0) {
        const sized = locales.map((f) => ({ f, gz: sizeOf([f]).gzipped })).sort((a, b) => b.gz - a.gz);
        measures.push({
          ...measure(`task pane on demand: one locale's labels (the largest of ${locales.length})`, [
            sized[0]?.f as string,
          ]),
          notes: sized.map(({ f, gz }) => `${f} ${kb(gz)} KB`).join(", "),
        });
      }
      return measures;
    },
  },
];
