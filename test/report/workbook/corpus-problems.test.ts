import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { main } from "../../../generator/cli/goalsheet.js";
import { CORPUS } from "./corpus-oracle.js";

/**
 * Every bad export in the corpus, through the command line as a user runs it: the problem names the file and
 * the cell (or the column, summed up when repeated), the exit code is 2, no report is written and the input
 * is not touched.
 */
const dir = mkdtempSync(join(tmpdir(), "goalsheet-exports-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  // The CLI waits for its writes to be flushed (generator/cli/stdout.ts): call back as a stream would.
  const capture =
    (append: (text: string) => void) =>
    (chunk: unknown, ...rest: unknown[]) => {
      append(typeof chunk === "string" ? chunk : new TextDecoder().decode(chunk as Uint8Array));
      const callback = rest.find((r) => typeof r === "function") as (() => void) | undefined;
      if (callback) queueMicrotask(callback);
      return true;
    };
  const out = vi.spyOn(process.stdout, "write").mockImplementation(
    capture((text) => {
      stdout += text;
    }),
  );
  const err = vi.spyOn(process.stderr, "write").mockImplementation(
    capture((text) => {
      stderr += text;
    }),
  );
  try {
    return { code: await main(argv), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** A file's hash, or for a folder its files' hashes: what "input untouched" is checked by. */
const sha = (path: string): string =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .sort()
        .map((f) => sha(join(path, f)))
        .join(",")
    : createHash("sha256").update(readFileSync(path)).digest("hex");

/** Run the report on inputs copied into a scratch folder; check the refusal contract; return stderr. */
async function refused(...inputs: string[]) {
  const output = join(dir, `report-${inputs.length}-${Math.random().toString(36).slice(2)}.html`);
  const before = inputs.map(sha);
  const { code, stdout, stderr } = await run("report", ...inputs, "-o", output, "--generated-at", "2026-07-01");
  expect(code).toBe(2);
  expect(stdout).toBe("");
  expect(existsSync(output)).toBe(false);
  expect(inputs.map(sha)).toEqual(before);
  return stderr;
}

function copy(file: string): string {
  const to = join(dir, file.split("/").pop() as string);
  copyFileSync(`${CORPUS}/${file}`, to);
  return to;
}

describe("bad exports: one clear problem, exit 2, nothing written, input untouched", () => {
  it("IsWon without IsClosed (open deals would become lost)", async () => {
    expect(await refused(copy("problems/iswon-only.csv"))).toMatchInlineSnapshot(`
      "goalsheet: 'iswon-only.csv'!D1: IsWon alone cannot tell lost deals from open ones (an open deal is not won either) — add the IsClosed column, a Stage column or an Outcome column from the same export
      "
    `);
  });

  it("outcome typos on closed-won rows, never counted as open pipeline", async () => {
    expect(await refused(copy("problems/outcome-typos.csv"))).toMatchInlineSnapshot(`
      "goalsheet: 'outcome-typos.csv'!E3: Outcome must be Won, Lost, No decision or Open (or the same in Chinese, Dutch or Arabic, or a CRM's closed-won/closed-lost stage), got "Wno"
      'outcome-typos.csv'!E4: Outcome must be Won, Lost, No decision or Open (or the same in Chinese, Dutch or Arabic, or a CRM's closed-won/closed-lost stage), got "Lsot"
      "
    `);
  });

  it("two currencies in one Amount column", async () => {
    expect(await refused(copy("problems/mixed-currencies.csv"))).toMatchInlineSnapshot(`
      "goalsheet: 'mixed-currencies.csv'!C: Amount must hold one currency, got "$" (C2) and "€" (C3) — convert the amounts to one currency (or use the export's amount in the company currency)
      "
    `);
  });

  it("dates that read month-first and day-first alike", async () => {
    expect(await refused(copy("problems/ambiguous-dates.csv"))).toMatchInlineSnapshot(`
      "goalsheet: 'ambiguous-dates.csv'!D: Created dates such as "1/2/2025" (D2) can be read month-first or day-first, and no date in the column tells which — set Date order (MDY, DMY or YMD) in Settings
      'ambiguous-dates.csv'!E: Closed dates such as "3/4/2025" (E2) can be read month-first or day-first, and no date in the column tells which — set Date order (MDY, DMY or YMD) in Settings
      "
    `);
  });

  it("no Outcome column, and the column that looks like one", async () => {
    expect(await refused(copy("problems/unnamed-outcome.csv"))).toMatchInlineSnapshot(`
      "goalsheet: 'unnamed-outcome.csv'!A1: missing column Outcome: the header row must name an Outcome (Won/Lost), a Stage holding Closed Won and Closed Lost, or IsClosed with IsWon — column "Won or lost?" (D) holds Won/Lost values: use it as Outcome?
      "
    `);
  });

  it("a goal that starts after its deadline", async () => {
    expect(await refused(copy("problems/goals.csv"))).toMatchInlineSnapshot(`
      "goalsheet: goals.csv!D2: Start must be before Deadline (2012-12-31), got 2026-01-01
      "
    `);
  });

  it("order lines without a customer, summed up in one line", async () => {
    expect(await refused(copy("problems/order-lines-guests.csv"))).toMatchInlineSnapshot(`
      "goalsheet: 'order-lines-guests.csv'!G: 40 cells: Customer is required, got blank at G62, G63, G64 and 37 more
      "
    `);
  });

  it("8,300 US dates against Settings' day-first Date order: one line, not 8,300", async () => {
    const folder = join(dir, "us-dates");
    mkdirSync(folder);
    const rows = ["ID,Outcome,Amount,Closed"];
    for (let i = 0; i < 8300; i++) rows.push(`D-${i},Won,100,${1 + (i % 12)}/${13 + (i % 15)}/2016`);
    writeFileSync(join(folder, "deals.csv"), `${rows.join("\n")}\n`);
    writeFileSync(join(folder, "settings.csv"), "Setting,Value\nDate order,DMY\n");
    const stderr = await refused(folder);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatchInlineSnapshot(`
      "goalsheet: deals.csv!D: 8,300 cells: Closed must be a date in the order DMY (Settings: Date order), got "1/13/2016" (D2), "2/14/2016" (D3), "3/15/2016" (D4) and 8,297 more — these are dates in the order MDY: set Date order: MDY in Settings
      "
    `);
  });

  it("a control or bidi character in a value is shown escaped, never written to the terminal", async () => {
    const file = join(dir, "bidi.csv");
    writeFileSync(file, "ID,Outcome,Amount\nD-1,Won,\u202e0001\u001b[2J\n");
    expect(await refused(file)).toMatchInlineSnapshot(`
      "goalsheet: bidi.csv!C2: Amount must be a number of at least 0, got "\\u202E0001\\u001b[2J"
      "
    `);
  });
});

describe("good exports through the command line", () => {
  it("reports a folder of CSV files (Maven's pipeline and sales teams) and says what it did", async () => {
    const folder = join(dir, "maven");
    mkdirSync(folder);
    for (const f of ["sales_pipeline.csv", "sales_teams.csv"]) copyFileSync(`${CORPUS}/maven/${f}`, join(folder, f));
    const output = join(dir, "maven.html");
    const before = sha(folder);
    const { code, stdout, stderr } = await run("report", folder, "-o", output, "--generated-at", "2026-07-01");
    expect(code).toBe(0);
    expect(stdout.replace(output, "maven.html")).toMatch(
      /^wrote maven\.html \(\d+ KB\): 440 deals; as of 2017-12-30\n$/,
    );
    expect(stderr).toMatchInlineSnapshot(`
      "note: sales_pipeline.csv: Outcome taken from deal_stage (closed won and closed lost stages; other stages are open)
      warning: sales_teams.csv!B1: unknown column "manager" is not used
      warning: no as-of date given, and the data ends on 2017-12-30, before this fiscal year (from 2026-01-01): the report is as of 2017-12-30 (set As of in Settings, or --as-of, to choose another date)
      "
    `);
    expect(readFileSync(output, "utf8")).toContain("maven/ (2 files)");
    expect(sha(folder)).toBe(before);
    // --strict turns the warnings into a refusal, with nothing written.
    const strict = join(dir, "strict.html");
    expect((await run("report", folder, "-o", strict, "--strict", "--generated-at", "2026-07-01")).code).toBe(2);
    expect(existsSync(strict)).toBe(false);
  });
});
