/**
 * Builds examples/goalsheet-example.xlsx, the bundled example workbook (committed, so Excel users can open it).
 * Sheets: Goals (13 goals in English, Chinese, Dutch and Arabic, some with a blank Metric so the report infers
 * it from the text), Deals (120), Reps (six, one still ramping), Transactions (repeat customers, enough for a
 * BG/NBD fit) and Settings. Plain sheets, not Excel tables: `goalsheet init` shows the table form.
 * Deterministic: a seeded generator, fixed document dates, and the zip rewritten with fixed entry times, so
 * rebuilding gives the same bytes.
 * Run: npm run build:example
 */
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { mulberry32 } from "./prng.js";

const OUT = process.argv[2] ?? "examples/goalsheet-example.xlsx";

const random = mulberry32(20260101);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

const REPS = [
  { rep: "Ana Lima", region: "EMEA", skill: 0.5 },
  { rep: "Bram de Vries", region: "EMEA", skill: 0.4 },
  { rep: "Chen Wei", region: "APAC", skill: 0.45 },
  { rep: "Dana Whitfield", region: "North America", skill: 0.35 },
  { rep: "Omar Haddad", region: "MEA", skill: 0.3 },
] as const;
const SEGMENTS = ["Enterprise", "Mid-market", "SMB"] as const;
const COMPETITORS = ["Acme CRM", "Globex", "Initech", "None"] as const;
const OPEN_STAGES = ["Qualification", "Discovery", "Proposal", "Negotiation"] as const;

export function exampleDeals() {
  const deals = [];
  const start = day("2026-01-05");
  for (let i = 1; i <= 120; i++) {
    const who = pick(REPS);
    const segment = pick(SEGMENTS);
    const created = addDays(start, Math.floor(random() * 300));
    const amount =
      Math.round(
        ((segment === "Enterprise" ? 60_000 : segment === "Mid-market" ? 25_000 : 8_000) * (0.5 + random())) / 100,
      ) * 100;
    const cycle = 20 + Math.floor(random() * 90);
    const closedAt = addDays(created, cycle);
    const asOf = day("2026-11-15");
    let outcome: string;
    let stage: string;
    let closed: Date | null = null;
    if (closedAt > asOf) {
      stage = pick(OPEN_STAGES);
      outcome = "Open";
    } else {
      const r = random();
      outcome = r < who.skill ? "Won" : r < who.skill + 0.08 ? "No decision" : "Lost";
      stage = outcome === "Won" ? "Closed won" : outcome === "Lost" ? "Closed lost" : "Closed no decision";
      closed = closedAt;
    }
    deals.push({
      id: `D-${String(i).padStart(4, "0")}`,
      rep: who.rep,
      region: who.region,
      segment,
      stage,
      amount,
      created,
      closed,
      outcome,
      competitor: pick(COMPETITORS),
    });
  }
  return deals;
}

const AS_OF = day("2026-11-15");

/** Goals in the four report languages. Metric is left blank on some so the report infers it from the text. */
export const EXAMPLE_GOALS = [
  [
    "Close $1.2 million in new bookings by 31 December 2026",
    "revenue",
    "Team",
    0,
    1_200_000,
    "2026-01-01",
    "2026-12-31",
    null,
  ],
  [
    "Raise the closed win rate from 38% to 45% by the end of Q4 2026",
    "win_rate",
    "Team",
    0.38,
    0.45,
    "2026-01-01",
    "2026-12-31",
    null,
  ],
  [
    "Shorten the average sales cycle from 75 to 60 days by 30 September 2026",
    null,
    "Dana Whitfield",
    75,
    60,
    "2026-01-01",
    "2026-09-30",
    null,
  ],
  ["Grow active customers to 90 by the end of 2026", "customers", "Ana Lima", 40, 90, "2026-01-01", "2026-12-31", null],
  [
    "到2026年底将平均交易额从25000美元提高到30000美元",
    null,
    "Chen Wei",
    25_000,
    30_000,
    "2026-01-01",
    "2026-12-31",
    null,
  ],
  ["2026年第四季度前把赢单率提高到45%", "win_rate", "Chen Wei", 0.4, 0.45, "2026-01-01", "2026-12-31", null],
  ["本财年销售额达到一百二十万美元", "revenue", "Team", 0, 1_200_000, "2026-01-01", "2026-12-31", null],
  ["Verhoog de omzet in 2026 tot € 1.200.000", null, "Bram de Vries", 0, 1_200_000, "2026-01-01", "2026-12-31", null],
  [
    "Verkort de verkoopcyclus vóór 30 september 2026 tot 60 dagen",
    "cycle",
    "Bram de Vries",
    75,
    60,
    "2026-01-01",
    "2026-09-30",
    null,
  ],
  [
    "Bouw vóór het einde van Q4 2026 een pijplijn op van $ 600.000",
    null,
    "Team",
    200_000,
    600_000,
    "2026-01-01",
    "2026-12-31",
    null,
  ],
  ["رفع معدل الفوز إلى ٤٥٪ بحلول نهاية ٢٠٢٦", null, "Omar Haddad", 0.3, 0.45, "2026-01-01", "2026-12-31", null],
  [
    "زيادة الإيرادات إلى ١٫٢ مليون دولار بحلول ديسمبر ٢٠٢٦",
    "revenue",
    "Omar Haddad",
    0,
    1_200_000,
    "2026-01-01",
    "2026-12-31",
    null,
  ],
  ["خفض معدل التسرب الشهري إلى أقل من ٢٪ خلال ٢٠٢٦", "churn", "Team", 0.04, 0.02, "2026-01-01", "2026-12-31", 0.025],
] as const;

/** Five reps with a year or more behind them, and Sofia, who started in September and is still ramping. */
export const EXAMPLE_REPS = [
  ["Ana Lima", "EMEA", "2022-03-01", 1.2, 300_000],
  ["Bram de Vries", "EMEA", "2023-06-01", 1, 250_000],
  ["Chen Wei", "APAC", "2021-09-15", 1.1, 280_000],
  ["Dana Whitfield", "North America", "2020-01-06", 1.3, 320_000],
  ["Omar Haddad", "MEA", "2024-02-01", 0.9, 220_000],
  ["Sofia Jansen", "EMEA", "2026-09-01", 1, 240_000],
] as const;

/**
 * Purchases of 90 customers from January 2025: each buys at a rate of their own (Gamma-distributed across
 * customers, as BG/NBD assumes) and may drop out after any purchase, so some customers buy often, some once.
 */
export function exampleTransactions() {
  const rows: { customer: string; date: Date; amount: number }[] = [];
  const origin = day("2025-01-01");
  const horizon = (AS_OF.getTime() - origin.getTime()) / 86_400_000;
  for (let c = 1; c <= 90; c++) {
    const customer = `C-${String(c).padStart(3, "0")}`;
    const rate = -Math.log(1 - random()) / 45 + 1 / 400; // purchases per day
    const spend = 80 + random() * 400;
    let t = Math.floor(random() * 300);
    for (;;) {
      rows.push({ customer, date: addDays(origin, t), amount: Math.round(spend * (0.6 + random() * 0.8) * 100) / 100 });
      if (random() < 0.15) break; // dropped out
      t += Math.max(1, Math.round(-Math.log(1 - random()) / rate));
      if (t > horizon) break;
    }
  }
  // Customers won this fiscal year (first purchase in 2026), so the report has new customers for CAC. Fixed
  // dates and amounts, no draws from random(): the rows above stay as they were.
  for (let c = 91; c <= 104; c++) {
    const first = day(
      `2026-${String(1 + ((c - 91) % 10)).padStart(2, "0")}-${String(5 + ((c * 7) % 20)).padStart(2, "0")}`,
    );
    const orders = 1 + (c % 3);
    for (let k = 0; k < orders; k++)
      rows.push({
        customer: `C-${String(c).padStart(3, "0")}`,
        date: addDays(first, k * 40),
        amount: 120 + ((c * 37) % 200) + k * 15,
      });
  }
  return rows.sort((a, b) => a.date.getTime() - b.date.getTime() || a.customer.localeCompare(b.customer));
}

const STAGE_PROBABILITIES = { Qualification: 0.1, Discovery: 0.25, Proposal: 0.5, Negotiation: 0.75 };

function bold(ws: ExcelJS.Worksheet): void {
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
}

async function main() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Goalsheet";
  workbook.lastModifiedBy = "Goalsheet";
  workbook.created = day("2026-01-01");
  workbook.modified = day("2026-01-01");

  const goals = workbook.addWorksheet("Goals");
  goals.columns = [
    { header: "Goal", key: "goal", width: 70 },
    { header: "Metric", key: "metric", width: 12 },
    { header: "Owner", key: "owner", width: 16 },
    { header: "Baseline", key: "baseline", width: 12, style: { numFmt: "#,##0.##" } },
    { header: "Target", key: "target", width: 12, style: { numFmt: "#,##0.##" } },
    { header: "Start", key: "start", width: 12, style: { numFmt: "yyyy-mm-dd" } },
    { header: "Deadline", key: "deadline", width: 12, style: { numFmt: "yyyy-mm-dd" } },
    { header: "Current", key: "current", width: 12, style: { numFmt: "#,##0.###" } },
  ];
  for (const [goal, metric, owner, baseline, target, start, deadline, current] of EXAMPLE_GOALS)
    goals.addRow({ goal, metric, owner, baseline, target, start: day(start), deadline: day(deadline), current });
  bold(goals);

  const deals = workbook.addWorksheet("Deals");
  deals.columns = [
    { header: "ID", key: "id", width: 10 },
    { header: "Rep", key: "rep", width: 18 },
    { header: "Region", key: "region", width: 15 },
    { header: "Segment", key: "segment", width: 12 },
    { header: "Stage", key: "stage", width: 20 },
    { header: "Amount", key: "amount", width: 12, style: { numFmt: "#,##0" } },
    { header: "Created", key: "created", width: 12, style: { numFmt: "yyyy-mm-dd" } },
    { header: "Closed", key: "closed", width: 12, style: { numFmt: "yyyy-mm-dd" } },
    { header: "Outcome", key: "outcome", width: 13 },
    { header: "Competitor", key: "competitor", width: 12 },
  ];
  for (const deal of exampleDeals()) deals.addRow(deal);
  bold(deals);

  const reps = workbook.addWorksheet("Reps");
  reps.columns = [
    { header: "Rep", key: "rep", width: 18 },
    { header: "Region", key: "region", width: 15 },
    { header: "Start date", key: "start", width: 12, style: { numFmt: "yyyy-mm-dd" } },
    { header: "Weight", key: "weight", width: 8 },
    { header: "Quota", key: "quota", width: 12, style: { numFmt: "#,##0" } },
  ];
  for (const [rep, region, start, weight, quota] of EXAMPLE_REPS)
    reps.addRow({ rep, region, start: day(start), weight, quota });
  bold(reps);

  const transactions = workbook.addWorksheet("Transactions");
  transactions.columns = [
    { header: "Customer", key: "customer", width: 10 },
    { header: "Date", key: "date", width: 12, style: { numFmt: "yyyy-mm-dd" } },
    { header: "Amount", key: "amount", width: 10, style: { numFmt: "#,##0.00" } },
  ];
  for (const row of exampleTransactions()) transactions.addRow(row);
  bold(transactions);

  const settings = workbook.addWorksheet("Settings");
  settings.columns = [
    { header: "Setting", key: "setting", width: 28 },
    { header: "Value", key: "value", width: 14 },
  ];
  settings.addRow({ setting: "Currency", value: "USD" });
  settings.addRow({ setting: "Locale", value: "en" });
  settings.addRow({ setting: "Fiscal year start", value: 1 });
  settings.addRow({ setting: "As of", value: AS_OF }).getCell(2).numFmt = "yyyy-mm-dd";
  // Spend over the fiscal year to the as-of date: the report divides it by the year's new customers (CAC).
  settings.addRow({ setting: "Sales and marketing spend", value: 5_000 }).getCell(2).numFmt = "#,##0";
  for (const [stage, p] of Object.entries(STAGE_PROBABILITIES))
    settings.addRow({ setting: `Probability: ${stage}`, value: p }).getCell(2).numFmt = "0%";
  bold(settings);

  await writeFile(OUT, deterministicZip(new Uint8Array(await workbook.xlsx.writeBuffer())));
  process.stdout.write(`${OUT}\n`);
}

/** exceljs stamps zip entries with the current time; rewrite them with a fixed time so the bytes repeat. */
function deterministicZip(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const mtime = new Date("2026-01-01T00:00:00Z");
  const names = Object.keys(files).sort((a, b) =>
    a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : a < b ? -1 : 1,
  );
  return zipSync(Object.fromEntries(names.map((name) => [name, [files[name] as Uint8Array, { mtime, level: 6 }]])));
}

await main();
