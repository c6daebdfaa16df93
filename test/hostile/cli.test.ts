import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HostileCase, INJECTIONS, LONG_NAME, makeHostile } from "../../scripts/make-hostile.js";
import { type CliRun, requireBuild, runCli, sha256File, visibleText } from "./run-cli.js";

/**
 * Issue 8: every hostile workbook through the built CLI. A refused file gives its problems one per line
 * (`Sheet!Cell: rule, got value` where there is a cell), exit code 2, no output file (and no temporary file
 * left behind), and the input's SHA-256 unchanged. Valid-but-odd workbooks give a correct report: where the
 * odd workbook holds the same deals as the plain sample, its report must equal the sample's (bar the source
 * name and hash), which checks 1904 dates, ISO text dates, aliases and merged cells without knowing the layout.
 */
const dir = mkdtempSync(join(tmpdir(), "goalsheet-hostile-"));
const outDir = join(dir, "out");
const cases = new Map<string, HostileCase>();
const runs = new Map<string, CliRun & { html?: string }>();

const FIXED = ["--as-of", "2026-06-30", "--generated-at", "2026-07-01"];

beforeAll(async () => {
  requireBuild();
  for (const c of await makeHostile(join(dir, "in"))) cases.set(c.name, c);
  mkdirSync(outDir, { recursive: true });
  // Start every case up front, three at a time: each run is a fresh Node process.
  const queue = [...cases.keys()];
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) await run(name);
  };
  await Promise.all([worker(), worker(), worker()]);
  // About 40 Node processes and a deflated gigabyte: a minute alone, several on a shared, busy machine. Each
  // run is bounded by run-cli's own timeout, so a hang still fails this hook long before this limit.
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pending = new Map<string, Promise<CliRun & { html?: string }>>();

function run(name: string): Promise<CliRun & { html?: string }> {
  let started = pending.get(name);
  if (!started) {
    started = runOnce(name);
    pending.set(name, started);
  }
  return started;
}

async function runOnce(name: string): Promise<CliRun & { html?: string }> {
  const c = cases.get(name);
  if (!c) throw new Error(`no hostile case ${name}`);
  const out = join(outDir, `${name}.html`);
  const before = existsSync(c.path) ? sha256File(c.path) : "";
  const args = c.args ? c.args(out) : [c.path, "-o", out];
  const result = await runCli(["report", ...args, ...FIXED]);
  // The input is never modified, whatever happened.
  if (sha256File(c.path) !== before) throw new Error(`${name}: the input workbook changed`);
  const html = existsSync(out) ? readFileSync(out, "utf8") : undefined;
  const withHtml = html === undefined ? result : { ...result, html };
  runs.set(name, withHtml);
  return withHtml;
}

/** A report with the source name and hash blanked, to compare reports of different files. */
/**
 * The report without what differs by design: the source's name and hash, and the import's notes (an odd layout
 * is said in "How the data was read", as on the command line; checked against the command line below).
 */
function comparable(html: string, name: string): string {
  return html
    .replaceAll(`${name}.xlsx`, "SOURCE")
    .replace(/\b[0-9a-f]{64}\b/g, "HASH")
    .replace(/[ \t]*<section class="read-notes"[\s\S]*?<\/section>\n/, "");
}

/** The lines of the report's "How the data was read", unescaped as the command line prints them. */
function readNotes(html: string): string[] {
  const section = /<section class="read-notes"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
  return [...section.matchAll(/<li><bdi>([^<]*)<\/bdi><\/li>/g)].map((m) =>
    (m[1] ?? "")
      .replaceAll("&quot;", '"')
      .replaceAll("&#x27;", "'")
      .replaceAll("&#x3D;", "=")
      .replaceAll("&#x60;", "`")
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&amp;", "&"),
  );
}

const names = () => [...cases.keys()];

describe("hostile workbooks through the built CLI", () => {
  it("has at least 25 cases", () => {
    expect(names().length).toBeGreaterThanOrEqual(25);
  });

  it.each(
    // Listed statically so each case is its own test; makeHostile defines the expectation.
    [
      "empty-file",
      "random-bytes",
      "png-renamed",
      "csv-renamed",
      "html-renamed",
      "legacy-xls",
      "encrypted-xlsx",
      "ods-renamed",
      "plain-zip",
      "truncated-half",
      "truncated-tail",
      "zip-bomb",
      "zip-bomb-lying-header",
      "too-many-entries",
      "encrypted-entries",
      "hidden-entry",
      "xml-entity-expansion",
      "no-deals-sheet",
      "missing-outcome-column",
      "wrong-headers",
      "duplicate-headers",
      "error-results",
      "amount-not-a-number",
      "text-dates-not-iso",
      "control-characters-in-a-header",
      "output-is-input",
      "input-is-a-folder",
    ],
  )("refuses %s: exit 2, one line per problem, no output file", async (name) => {
    const c = cases.get(name);
    if (c?.expect.exit !== 2) throw new Error(`${name} is not a refused case`);
    const result = await run(name);
    const lines = result.stderr
      .split("\n")
      .filter((line) => line.trim() !== "" && !line.startsWith("warning:"))
      .map((line, i) => (i === 0 ? line.replace(/^goalsheet: /, "") : line));
    expect({ code: result.code, lines: lines.length }).toEqual({ code: 2, lines: c.expect.errors.length });
    for (const [i, pattern] of c.expect.errors.entries()) expect(lines[i]).toMatch(pattern);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(existsSync(join(outDir, `${name}.html`))).toBe(false);
    // Atomic writes: nothing half-written left beside the target either (temporaries are .gs-<random>.tmp).
    expect(readdirSync(outDir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("escapes control and bidi characters quoted from a header, so no line is forged", async () => {
    const result = await run("control-characters-in-a-header");
    expect(result.stderr.split("\n")).toEqual([
      'warning: Deals!L1: unknown column "Notes\\nDeals!F2: Amount is fine\\u202Exslx.exe" is not used',
      "goalsheet: --strict: 1 warning(s) above; fix them or run without --strict",
      "",
    ]);
  });

  it("refuses the zip bombs with a peak RSS under 256 MiB", async () => {
    for (const name of ["zip-bomb", "zip-bomb-lying-header", "xml-entity-expansion"]) {
      const result = await run(name);
      expect(result.code).toBe(2);
      expect(result.peakRssMiB, name).toBeLessThan(256);
    }
  });

  it.each(["baseline", "date-1904", "iso-text-dates", "merged-header-cells", "aliases-and-odd-headers", "many-sheets"])(
    "reads %s as the same deals as the plain sample",
    async (name) => {
      const [base, odd] = [await run("baseline"), await run(name)];
      expect({ code: odd.code, stderr: odd.stderr.replace(/^(warning|note):.*\n/gm, "") }).toEqual({
        code: 0,
        stderr: "",
      });
      expect(comparable(odd.html ?? "", name)).toBe(comparable(base.html ?? "", "baseline"));
      // What the command line said about the odd layout, the report says too (notes after warnings there).
      const said = [...odd.stderr.matchAll(/^(warning|note): (.*)$/gm)].map((m) => [m[1], m[2]] as const);
      const expected = [...said.filter(([k]) => k === "warning"), ...said.filter(([k]) => k === "note")].map(
        ([, t]) => t,
      );
      expect(readNotes(odd.html ?? "")).toEqual(expected);
    },
  );

  it("shows 100,000-character strings whole", async () => {
    const result = await run("long-strings");
    expect(result.code).toBe(0);
    expect(result.html).toContain(LONG_NAME);
  });

  it("reads a row of 16,384 columns, ignoring cells without a header", async () => {
    const result = await run("row-of-16384-columns");
    expect(result.code).toBe(0);
    expect(visibleText(result.html ?? "")).toContain("Ana Lima");
  });

  it("shows formula-injection strings as inert text", async () => {
    const result = await run("formula-injection");
    expect(result.code).toBe(0);
    const html = result.html ?? "";
    const text = visibleText(html);
    for (const injection of INJECTIONS) expect(text).toContain(injection);
    // Never as markup: no raw quote from the payload inside a tag, no link made of it.
    expect(html).not.toMatch(/<[^>]*cmd\|/);
  });

  it("reads rich text and hyperlink cells as their text", async () => {
    const result = await run("rich-text-and-links");
    expect(result.code).toBe(0);
    const text = visibleText(result.html ?? "");
    expect(text).toContain("Ana Lima");
    expect(text).toContain("Bram de Vries");
  });

  it.each(["formula-results", "huge-numbers"])("reports %s", async (name) => {
    const result = await run(name);
    expect({ code: result.code, internal: /internal error/.test(result.stderr) }).toEqual({ code: 0, internal: false });
    expect(result.html).toMatch(/^<!doctype html>/i);
  });

  it("covers every generated case", () => {
    const tested = new Set([...runs.keys()]);
    expect(names().filter((n) => !tested.has(n))).toEqual([]);
    expect(basename(dir)).toMatch(/^goalsheet-hostile-/);
  });
});
