/**
 * Generates the hostile workbooks of issue 8 into a folder (a temp dir at test time; nothing is committed):
 * files that are not workbooks, damaged or malicious zips, and workbooks that break the contract in one way
 * each, plus valid-but-odd workbooks that must still give a correct report. Each case says what the CLI must do.
 * Run: npx tsx scripts/make-hostile.ts <dir>
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  compoundFile,
  DEAL_HEADERS,
  dealsWorkbook,
  noise,
  sampleDeals,
  sheetsWorkbook,
  utc,
} from "./hostile/workbooks.js";
import { deflatedFill, readZip, writeZip, type ZipEntry } from "./hostile/zip.js";

export type Expectation =
  /** Refused: exit code 2, no output file, stderr lines matching these (one per problem, in order). */
  | { readonly exit: 2; readonly errors: readonly RegExp[] }
  /** Valid but odd: exit code 0 and a report; the test checks the content by case name. */
  | { readonly exit: 0 };

export interface HostileCase {
  readonly name: string;
  readonly path: string;
  /** CLI arguments after `report`, when not just `<path> -o <out>`. */
  readonly args?: (out: string) => string[];
  readonly expect: Expectation;
}

interface Spec {
  readonly name: string;
  readonly file?: string;
  readonly bytes: () => Promise<Buffer> | Buffer;
  readonly args?: (path: string, out: string) => string[];
  readonly expect: Expectation;
}

const refused = (...errors: RegExp[]): Expectation => ({ exit: 2, errors });
const valid: Expectation = { exit: 0 };
const GIB = 1024 ** 3;
/** The column after the contract's Deals columns (the contract grows; the cases follow it). */
const AFTER_DEALS = String.fromCharCode(65 + DEAL_HEADERS.length);
/** The deflated gigabyte takes seconds to make: make it once for both bombs. */
let gigabyte: ReturnType<typeof deflatedFill> | undefined;
const deflatedGigabyte = () => {
  gigabyte ??= deflatedFill(GIB);
  return gigabyte;
};

/** A valid workbook's parts, rebuilt through the lying zip writer with a change. */
async function rezip(change: (entries: ZipEntry[]) => ZipEntry[]): Promise<Buffer> {
  const parts = await readZip(await dealsWorkbook());
  return writeZip(change([...parts].map(([name, data]) => ({ name, data }))));
}

/**
 * The smallest workbook around a given sheet entry: its workbook part names it as the Deals sheet, so a reader
 * that inflates only the sheets it reads still reads this one.
 */
const skeleton = (sheet: ZipEntry): ZipEntry[] => [
  { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
  {
    name: "xl/workbook.xml",
    data: Buffer.from(
      '<workbook xmlns:r="r"><sheets><sheet name="Deals" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
  },
  {
    name: "xl/_rels/workbook.xml.rels",
    data: Buffer.from(
      `<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="${sheet.name.replace(/^xl\//, "")}"/></Relationships>`,
    ),
  },
  sheet,
];

const row = (overrides: Record<number, unknown>) => {
  const base = sampleDeals()[0] as unknown[];
  return base.map((v, i) => (i in overrides ? overrides[i] : v));
};

const SPECS: Spec[] = [
  // Not a workbook at all.
  { name: "empty-file", bytes: () => Buffer.alloc(0), expect: refused(/the file is empty/) },
  { name: "random-bytes", bytes: () => noise(8192), expect: refused(/does not start with a zip signature/) },
  {
    name: "png-renamed",
    bytes: () => Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), noise(512, 3)]),
    expect: refused(/does not start with a zip signature/),
  },
  {
    name: "csv-renamed",
    bytes: () => Buffer.from("ID,Rep,Outcome\nD1,Ana Lima,Won\nD2,Bram,Lost\n"),
    expect: refused(/text \(CSV or similar\)/),
  },
  {
    name: "html-renamed",
    bytes: () => Buffer.from("<html><body><table><tr><td>Outcome</td></tr></table></body></html>"),
    expect: refused(/text \(CSV or similar\)/),
  },
  { name: "legacy-xls", bytes: () => compoundFile("Workbook"), expect: refused(/legacy \.xls workbook/) },
  { name: "encrypted-xlsx", bytes: () => compoundFile("EncryptionInfo"), expect: refused(/password-protected/) },
  {
    name: "ods-renamed",
    bytes: () =>
      writeZip([
        { name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet") },
        { name: "content.xml", data: Buffer.from("<office:document-content/>") },
      ]),
    expect: refused(/OpenDocument spreadsheet/),
  },
  {
    name: "plain-zip",
    bytes: () => writeZip([{ name: "readme.txt", data: Buffer.from("hello") }]),
    expect: refused(/zip archive without xl\/workbook\.xml/),
  },
  // Damaged or malicious zips.
  {
    name: "truncated-half",
    bytes: async () => (await dealsWorkbook()).subarray(0, 3000),
    expect: refused(/truncated or damaged/),
  },
  {
    name: "truncated-tail",
    bytes: async () => {
      const whole = await dealsWorkbook();
      return whole.subarray(0, whole.length - 10);
    },
    expect: refused(/truncated or damaged/),
  },
  {
    name: "zip-bomb",
    bytes: async () => writeZip(skeleton({ name: "xl/worksheets/sheet1.xml", raw: await deflatedGigabyte() })),
    expect: refused(/sheet1\.xml must inflate at most 100 times its size, got \d+ times .*zip bomb/),
  },
  {
    name: "zip-bomb-lying-header",
    bytes: async () =>
      writeZip(skeleton({ name: "xl/worksheets/sheet1.xml", raw: await deflatedGigabyte(), declaredSize: 4096 })),
    expect: refused(/sheet1\.xml does not match the size its header declares/),
  },
  {
    name: "too-many-entries",
    bytes: () =>
      writeZip(
        skeleton({ name: "xl/a.xml", data: Buffer.from("<a/>") }).concat(
          Array.from({ length: 10_001 }, (_, i) => ({ name: `xl/media/${i}.bin`, data: Buffer.from("x") })),
        ),
      ),
    expect: refused(/at most 10000 zip entries, got 10005/),
  },
  {
    name: "encrypted-entries",
    bytes: () => rezip((entries) => entries.map((e) => ({ ...e, encrypted: true }))),
    expect: refused(/zip entry .* is encrypted/),
  },
  {
    name: "hidden-entry",
    bytes: () =>
      rezip((entries) => [
        { name: "xl/worksheets/sheet9.xml", data: Buffer.from("<worksheet/>"), hidden: true },
        ...entries,
      ]),
    expect: refused(/data outside its directory/),
  },
  {
    name: "xml-entity-expansion",
    bytes: () =>
      rezip((entries) =>
        entries.map((e) =>
          e.name === "xl/sharedStrings.xml" && e.data
            ? { ...e, data: Buffer.from(billionLaughs(e.data.toString("utf8"))) }
            : e,
        ),
      ),
    expect: refused(/not a readable \.xlsx workbook/),
  },
  // Workbooks that break the contract.
  {
    name: "no-deals-sheet",
    bytes: () => sheetsWorkbook(["Notes", "Summary"]),
    expect: refused(/no Deals sheet|needs a Goals, a Deals or a Transactions sheet/),
  },
  {
    // Without Outcome the Stage would give it (Closed won → won): without both, nothing can.
    name: "missing-outcome-column",
    bytes: () => dealsWorkbook({ headers: DEAL_HEADERS.filter((h) => h !== "Outcome" && h !== "Stage") }),
    expect: refused(/^Deals!A1: missing column Outcome\b/),
  },
  {
    name: "wrong-headers",
    // ("Result?" would be read as Result, an Outcome alias: headers match whatever their punctuation.)
    bytes: () => dealsWorkbook({ headers: ["Deal name", "Who", "Where", "How much", "Verdict"] }),
    expect: refused(/^Deals!A1: missing column Outcome\b/),
  },
  {
    name: "duplicate-headers",
    bytes: () => dealsWorkbook({ headers: [...DEAL_HEADERS, "Result"], rows: [] }),
    expect: refused(new RegExp(`^Deals!${AFTER_DEALS}1: duplicate column for Outcome, got "Result"`)),
  },
  {
    name: "error-results",
    bytes: () =>
      dealsWorkbook({
        rows: [row({ 5: { formula: "1/0", result: { error: "#DIV/0!" } } })],
      }),
    expect: refused(/^Deals!F2: Amount holds the error #DIV\/0!/),
  },
  {
    name: "amount-not-a-number",
    bytes: () => dealsWorkbook({ rows: [row({}), row({ 5: "abc" })] }),
    expect: refused(/^Deals!F3: Amount must be a number of at least 0, got "abc"/),
  },
  {
    // Text dates are read (15/03/2026, March 15, 2026, 03-15-2026: issue 11); text that is no date is not.
    name: "text-dates-not-iso",
    bytes: () => dealsWorkbook({ rows: [row({ 6: "someday" }), row({ 6: "2026-02-30" }), row({ 7: "31/02/2026" })] }),
    expect: refused(
      /^Deals!G2: Created must be a date .*, got "someday"/,
      /^Deals!G3: Created must be a date .*, got "2026-02-30"/,
      /^Deals!H4: Closed must be a date in the order DMY .*, got "31\/02\/2026"/,
    ),
  },
  {
    // A header cell whose newline would start a forged problem line and whose U+202E would reverse the rest:
    // the warning quoting it is escaped, so --strict prints exactly one warning line and one error line.
    name: "control-characters-in-a-header",
    bytes: () =>
      dealsWorkbook({
        headers: [...DEAL_HEADERS, "Notes\nDeals!F2: Amount is fine\u202Exslx.exe"],
        rows: sampleDeals().map((r) => [...r, "n"]),
      }),
    args: (path, out) => [path, "-o", out, "--strict"],
    expect: refused(/^--strict: 1 warning\(s\) above/),
  },
  // The command line itself.
  {
    name: "output-is-input",
    bytes: () => dealsWorkbook(),
    args: (path) => [path, "-o", path],
    expect: refused(/must not be the input workbook/),
  },
  {
    name: "input-is-a-folder",
    bytes: () => dealsWorkbook(),
    args: (path, out) => [join(path, ".."), "-o", out],
    // A folder is read as CSV files, one per sheet (issue 11); this one holds only .xlsx files.
    expect: refused(/ holds no \.csv files\b/),
  },
  // Valid but odd: each must give a correct report. "baseline" is the plain sample they are compared with.
  { name: "baseline", bytes: () => dealsWorkbook(), expect: valid },
  { name: "date-1904", bytes: () => dealsWorkbook({ date1904: true }), expect: valid },
  {
    name: "iso-text-dates",
    bytes: () => dealsWorkbook({ rows: sampleDeals().map((r) => r.map((v) => (v instanceof Date ? isoOf(v) : v))) }),
    expect: valid,
  },
  {
    name: "long-strings",
    bytes: () => dealsWorkbook({ rows: [row({ 1: LONG_NAME }), ...sampleDeals().slice(1)] }),
    expect: valid,
  },
  {
    name: "row-of-16384-columns",
    bytes: () =>
      dealsWorkbook({ rows: [...sampleDeals(), [...row({}), ...Array.from({ length: 16_374 }, (_, i) => i)]] }),
    expect: valid,
  },
  {
    name: "formula-injection",
    bytes: () => dealsWorkbook({ rows: INJECTIONS.map((text, i) => row({ 0: `D${i}`, 1: text, 9: text })) }),
    expect: valid,
  },
  {
    name: "merged-header-cells",
    // A "Notes" header merged over two columns beside the real ones: the notes are ignored, the rest is read.
    bytes: () =>
      dealsWorkbook({
        headers: [...DEAL_HEADERS, "Notes"],
        rows: sampleDeals().map((r) => [...r, "call back", "in May"]),
        edit: (sheet) => sheet.mergeCells(`${AFTER_DEALS}1:${String.fromCharCode(AFTER_DEALS.charCodeAt(0) + 1)}1`),
      }),
    expect: valid,
  },
  {
    name: "rich-text-and-links",
    bytes: () =>
      dealsWorkbook({
        rows: [
          row({ 1: { richText: [{ text: "Ana " }, { font: { bold: true }, text: "Lima" }] } }),
          row({ 1: { text: "Bram de Vries", hyperlink: "https://example.com/bram" }, 8: "Lost" }),
        ],
      }),
    expect: valid,
  },
  {
    name: "formula-results",
    bytes: () =>
      dealsWorkbook({
        rows: [
          row({ 5: { formula: "0*1", result: 0 }, 8: { formula: 'IF(TRUE,"Won","Lost")', result: "Won" } }),
          row({ 8: { formula: 'IF(FALSE,"Won","Lost")', result: "Lost" } }),
        ],
      }),
    expect: valid,
  },
  {
    name: "aliases-and-odd-headers",
    bytes: () =>
      dealsWorkbook({
        sheetName: "opportunities",
        headerRow: 3,
        headers: [
          "deal id",
          "  SALES_REP ",
          "Territory",
          "Customer-Segment",
          "Phase",
          "ACV",
          "Create date",
          "Close date",
          "RESULT",
          "Main competitor",
        ],
      }),
    expect: valid,
  },
  {
    name: "many-sheets",
    bytes: async () =>
      dealsWorkbook({ edit: (_s, wb) => Array.from({ length: 150 }, (_, i) => wb.addWorksheet(`Notes ${i}`)) }),
    expect: valid,
  },
  {
    name: "huge-numbers",
    bytes: () => dealsWorkbook({ rows: [row({ 5: 1e300 }), row({ 5: Number.MAX_SAFE_INTEGER, 8: "Lost" })] }),
    expect: valid,
  },
];

export const LONG_NAME = `Rep ${"x".repeat(99_996)}`;

/** Strings that spreadsheet apps would run as formulas if a report pasted them back (CSV injection). */
export const INJECTIONS = [
  "=cmd|' /C calc'!A0",
  "+1+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
];

const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/** Nine levels of ten-fold entity expansion declared in a DOCTYPE: a billion "lol"s if a parser expands them. */
function billionLaughs(xml: string): string {
  const levels = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  const doctype = `<!DOCTYPE sst [${levels.join("")}]>`;
  return xml.replace(/^(<\?xml[^>]*\?>)?/, `$1${doctype}`).replace(/<t>([^<]*)<\/t>/, "<t>&lol9;</t>");
}

/** Write every case's file into `dir`; returns the cases with their paths. */
export async function makeHostile(dir: string): Promise<HostileCase[]> {
  await mkdir(dir, { recursive: true });
  const cases: HostileCase[] = [];
  for (const spec of SPECS) {
    const path = join(dir, spec.file ?? `${spec.name}.xlsx`);
    await writeFile(path, await spec.bytes());
    const args = spec.args;
    cases.push({
      name: spec.name,
      path,
      expect: spec.expect,
      ...(args ? { args: (out: string) => args(path, out) } : {}),
    });
  }
  return cases;
}

export { utc };

if (process.argv[1]?.endsWith("make-hostile.ts")) {
  const dir = process.argv[2] ?? "out/hostile";
  makeHostile(dir).then((cases) => process.stdout.write(`${cases.length} hostile workbooks in ${dir}\n`));
}
