import { existsSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { DEALS } from "../generator/report/workbook/contract.js";
import { mulberry32 } from "../scripts/prng.js";

/**
 * Large Deals workbooks for the benchmarks, shared by every bench case (report vs exceljs, the 1M-row report,
 * LibreOffice). Generated once with exceljs's streaming WorkbookWriter (rows go to disk as they are made, so a
 * million rows never sit in memory) and cached in .bench-cache/ (gitignored). The data is seeded, so every
 * machine benchmarks the same file; bump GENERATOR_VERSION when the content changes to invalidate the cache.
 */
export const CACHE_DIR = resolve(".bench-cache");
const GENERATOR_VERSION = 1;

const REPS = ["Ana Lima", "Bram de Vries", "Chen Wei", "Dana Whitfield", "Omar Haddad", "Priya Nair", "Lucas Silva"];
const REGIONS = ["EMEA", "APAC", "North America", "LATAM"];
const SEGMENTS = ["Enterprise", "Mid-market", "SMB"];
const COMPETITORS = ["Acme CRM", "Globex", "Initech", "None"];
const OPEN_STAGES = ["Qualification", "Discovery", "Proposal", "Negotiation"];
const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);

/** One deal row in the contract's column order: ID, Rep, Region, Segment, Stage, Amount, Created, Closed, Outcome, Competitor. */
export function dealRow(i: number, random: () => number): unknown[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const rep = pick(REPS);
  const created = START + Math.floor(random() * 540) * DAY;
  const closedAt = created + (15 + Math.floor(random() * 120)) * DAY;
  const open = random() < 0.2;
  const r = random();
  const outcome = open ? "Open" : r < 0.38 ? "Won" : r < 0.45 ? "No decision" : "Lost";
  const stage = open ? pick(OPEN_STAGES) : `Closed ${outcome.toLowerCase()}`;
  return [
    `D${i}`,
    rep,
    pick(REGIONS),
    pick(SEGMENTS),
    stage,
    Math.round(2_000 + random() * 80_000),
    new Date(created),
    open ? null : new Date(closedAt),
    outcome,
    pick(COMPETITORS),
  ];
}

/** The Deals headers of the workbook contract, in its order. */
export const DEAL_COLUMNS = DEALS.columns.map((c) => c.header);

/**
 * The path of a cached workbook with `rows` deals (and a small Goals sheet so the report has goals to show),
 * generating it first when missing. Written to a temporary name and renamed, so an interrupted run never
 * leaves a half-written file in the cache.
 */
export async function dealsWorkbookPath(rows: number, log: (line: string) => void = () => {}): Promise<string> {
  const path = join(CACHE_DIR, `deals-${rows}-v${GENERATOR_VERSION}.xlsx`);
  if (existsSync(path)) return path;
  await mkdir(CACHE_DIR, { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  log(`generating ${path} (${rows.toLocaleString("en")} deal rows, once)`);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: temporary,
    useSharedStrings: true,
    useStyles: true,
  });
  const goals = workbook.addWorksheet("Goals");
  goals.addRow(["Goal", "Metric", "Owner", "Baseline", "Target", "Start", "Deadline"]).commit();
  goals
    .addRow([
      "Win 40% of closed deals by year end",
      "win_rate",
      "Ana Lima",
      0.3,
      0.4,
      new Date(START),
      new Date(Date.UTC(2026, 11, 31)),
    ])
    .commit();
  goals
    .addRow([
      "Book 1,000,000,000 in new revenue this year",
      "revenue",
      "Sales",
      0,
      1e9,
      new Date(START),
      new Date(Date.UTC(2026, 11, 31)),
    ])
    .commit();
  await goals.commit();
  const deals = workbook.addWorksheet("Deals");
  deals.columns = DEAL_COLUMNS.map((header, i) => ({
    header,
    key: header,
    ...(i === 6 || i === 7 ? { style: { numFmt: "yyyy-mm-dd" } } : {}),
  }));
  const random = mulberry32(rows);
  for (let i = 1; i <= rows; i++) deals.addRow(dealRow(i, random)).commit();
  await deals.commit();
  try {
    await workbook.commit();
    await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
  return path;
}
