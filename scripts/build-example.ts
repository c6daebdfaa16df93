/**
 * Builds examples/goalsheet-example.xlsx, the bundled example workbook: the first report every user sees, so its
 * data tell one coherent story. As of 15 November 2026 the team is just behind its ramped quota: Omar is well
 * behind, Bram a little, Ana and Chen ahead; Sofia joined in September and is ramping. The Team revenue goal is
 * the team's quota after ramp and each rep's revenue goal is their own quota, so goals and quota agree. Deals
 * run from November 2024, so the report can compare this year with last; some open deals are stalled (open
 * longer than a typical won deal took) and some have slipped (their close date has passed). Transactions
 * follow the BG/NBD story (Gamma purchase rates, Beta dropout), so the CLV fit converges.
 *
 * Sheets: Goals (15, in English, Chinese, Dutch and Arabic, some with a blank Metric so the report infers it),
 * Deals, Reps, Transactions, Settings. Plain sheets, not Excel tables: `goalsheet init` shows the table form.
 * Deterministic: a seeded generator (scripts/prng.ts), fixed document dates and the zip rewritten with fixed
 * entry times, so rebuilding gives the same bytes.
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
const addDays = (d: Date, n: number) => new Date(d.getTime() + Math.round(n) * 86_400_000);
const DAY = 86_400_000;

const AS_OF = day("2026-11-15");
const YEAR_START = day("2026-01-01");

/** Gamma(shape, scale 1), Marsaglia and Tsang (2000); shapes below 1 boosted by U^(1/shape). */
function gamma(shape: number): number {
  if (shape < 1) return gamma(shape + 1) * random() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const n = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const v = (1 + c * n) ** 3;
    if (v > 0 && Math.log(1 - random()) < 0.5 * n * n + d - d * v + d * Math.log(v)) return d * v;
  }
}

/**
 * Each rep: when they joined, their annual quota, how often they open deals, how often they win, and the share
 * of the quota due so far they have booked by the as-of date (the story: Omar behind, Bram at risk).
 */
export const EXAMPLE_REPS = [
  {
    rep: "Ana Lima",
    region: "EMEA",
    start: "2022-03-01",
    weight: 1.2,
    quota: 300_000,
    every: 15,
    win: 0.5,
    pace: 1.12,
  },
  {
    rep: "Bram de Vries",
    region: "EMEA",
    start: "2023-06-01",
    weight: 1,
    quota: 250_000,
    every: 16,
    win: 0.42,
    pace: 0.93,
  },
  {
    rep: "Chen Wei",
    region: "APAC",
    start: "2021-09-15",
    weight: 1.1,
    quota: 280_000,
    every: 15,
    win: 0.48,
    pace: 1.05,
  },
  {
    rep: "Dana Whitfield",
    region: "North America",
    start: "2020-01-06",
    weight: 1.3,
    quota: 320_000,
    every: 13,
    win: 0.45,
    pace: 1.02,
  },
  {
    rep: "Omar Haddad",
    region: "MEA",
    start: "2024-02-01",
    weight: 0.9,
    quota: 220_000,
    every: 15,
    win: 0.3,
    pace: 0.64,
  },
  {
    rep: "Sofia Jansen",
    region: "EMEA",
    start: "2026-09-01",
    weight: 1,
    quota: 240_000,
    every: 8,
    win: 0.45,
    pace: 1.1,
  },
] as const;

const SEGMENTS = [
  { segment: "Enterprise", base: 55_000 },
  { segment: "Mid-market", base: 24_000 },
  { segment: "SMB", base: 9_000 },
] as const;
const COMPETITORS = ["Acme CRM", "Globex", "Initech", "None"] as const;
const OPEN_STAGES = ["Qualification", "Discovery", "Proposal", "Negotiation"] as const;
const STAGE_PROBABILITIES = { Qualification: 0.1, Discovery: 0.25, Proposal: 0.5, Negotiation: 0.75 };

interface Deal {
  id: string;
  rep: string;
  region: string;
  segment: string;
  stage: string;
  amount: number;
  created: Date;
  /** The close date: when it closed, or for an open deal the date it is expected to close (as CRMs keep it). */
  closed: Date | null;
  outcome: string;
  competitor: string;
}

/** Ramped quota due by the as-of date (25/50/75% in the first three months, the current month pro rata). */
function quotaDue(rep: (typeof EXAMPLE_REPS)[number]): number {
  const start = day(rep.start);
  let due = 0;
  for (let m = 0; m < 11; m++) {
    const first = new Date(Date.UTC(2026, m, 1));
    const since = (2026 - start.getUTCFullYear()) * 12 + m - start.getUTCMonth();
    const capacity = since < 0 ? 0 : since >= 3 ? 1 : (since + 1) / 4;
    const share = m < 10 ? 1 : (AS_OF.getTime() - first.getTime() + DAY) / (30 * DAY);
    due += (rep.quota / 12) * capacity * share;
  }
  return due;
}

export function exampleDeals(): Deal[] {
  const deals: Deal[] = [];
  for (const rep of EXAMPLE_REPS) {
    const mine: Deal[] = [];
    const from = Math.max(day("2024-11-01").getTime(), day(rep.start).getTime());
    for (
      let t = from + random() * rep.every * DAY;
      t < AS_OF.getTime() - 5 * DAY;
      t += (0.4 + random()) * rep.every * DAY
    ) {
      const created = new Date(Math.floor(t / DAY) * DAY);
      const { segment, base } = pick(SEGMENTS);
      const amount = base * (0.5 + random());
      // The cycle the rep plans for, and how long it really takes (some deals drag on past their close date).
      const planned = 18 + gamma(2.2) * 16;
      const actual = planned * (random() < 0.2 ? 1.3 + random() * 1.5 : 0.85 + random() * 0.3);
      const closesAt = addDays(created, actual);
      const deal: Deal = {
        id: "",
        rep: rep.rep,
        region: rep.region,
        segment,
        stage: "",
        amount,
        created,
        closed: closesAt,
        outcome: "",
        competitor: pick(COMPETITORS),
      };
      if (closesAt > AS_OF) {
        // Still open: the CRM's close date is the planned one, which may already have passed (a slipped deal).
        const progress = (AS_OF.getTime() - created.getTime()) / (closesAt.getTime() - created.getTime());
        deal.stage = OPEN_STAGES[Math.min(3, Math.floor(progress * 4))] as string;
        deal.outcome = "Open";
        deal.closed = addDays(created, planned);
      } else {
        const r = random();
        deal.outcome = r < rep.win ? "Won" : r < rep.win + 0.07 ? "No decision" : "Lost";
        deal.stage = `Closed ${deal.outcome === "No decision" ? "no decision" : deal.outcome.toLowerCase()}`;
      }
      mine.push(deal);
    }
    // A new rep's first win, so the ramp story has bookings to scale (draws can leave a short history without one).
    const thisYear = mine.filter((d) => d.outcome !== "Open" && (d.closed as Date) >= YEAR_START);
    if (thisYear.length > 0 && !thisYear.some((d) => d.outcome === "Won")) {
      const first = thisYear[0] as Deal;
      first.outcome = "Won";
      first.stage = "Closed won";
    }
    // Scale the rep's amounts so this year's bookings tell the story (pace × quota due), whatever the draws.
    const booked = mine
      .filter((d) => d.outcome === "Won" && (d.closed as Date) >= YEAR_START)
      .reduce((s, d) => s + d.amount, 0);
    const factor = booked > 0 ? (rep.pace * quotaDue(rep)) / booked : 1;
    for (const d of mine) d.amount = Math.max(1000, Math.round((d.amount * factor) / 100) * 100);
    deals.push(...mine);
  }
  deals.sort((a, b) => a.created.getTime() - b.created.getTime() || (a.rep < b.rep ? -1 : 1));
  deals.forEach((d, i) => {
    d.id = `D-${String(i + 1).padStart(4, "0")}`;
  });
  return deals;
}

type GoalRow = readonly [string, string | null, string, number, number, string, string, number | null];

/** Goals in the four report languages. Metric is left blank on some so the report infers it from the text. */
export function exampleGoals(teamQuota: number): GoalRow[] {
  const q = (name: string) => EXAMPLE_REPS.find((r) => r.rep === name)?.quota as number;
  const millions = (teamQuota / 1e6).toFixed(2);
  return [
    [
      `Close $${millions} million in new bookings by 31 December 2026`,
      "revenue",
      "Team",
      0,
      teamQuota,
      "2026-01-01",
      "2026-12-31",
      null,
    ],
    [
      "Raise the closed win rate from 40% to 45% by the end of Q4 2026",
      "win_rate",
      "Team",
      0.4,
      0.45,
      "2026-01-01",
      "2026-12-31",
      null,
    ],
    [
      "Ana Lima: book $300,000 in new business by 31 December 2026",
      "revenue",
      "Ana Lima",
      0,
      q("Ana Lima"),
      "2026-01-01",
      "2026-12-31",
      null,
    ],
    [
      "Dana Whitfield: book $320,000 in new business by 31 December 2026",
      null,
      "Dana Whitfield",
      0,
      q("Dana Whitfield"),
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
    [
      "Sofia Jansen: book her first $25,000 by 30 November 2026",
      "revenue",
      "Sofia Jansen",
      0,
      25_000,
      "2026-09-01",
      "2026-11-30",
      null,
    ],
    ["2026年底前完成28万美元的新签销售额", "revenue", "Chen Wei", 0, q("Chen Wei"), "2026-01-01", "2026-12-31", null],
    [
      "到2026年底将平均交易额从20000美元提高到25000美元",
      null,
      "Chen Wei",
      20_000,
      25_000,
      "2026-01-01",
      "2026-12-31",
      null,
    ],
    [
      "Verhoog de omzet in 2026 tot $ 250.000",
      null,
      "Bram de Vries",
      0,
      q("Bram de Vries"),
      "2026-01-01",
      "2026-12-31",
      null,
    ],
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
      "Bouw vóór het einde van Q4 2026 een pijplijn op van $ 1.200.000",
      null,
      "Team",
      400_000,
      1_200_000,
      "2026-01-01",
      "2026-12-31",
      null,
    ],
    [
      "زيادة الإيرادات إلى ٢٢٠ ألف دولار بحلول ديسمبر ٢٠٢٦",
      "revenue",
      "Omar Haddad",
      0,
      q("Omar Haddad"),
      "2026-01-01",
      "2026-12-31",
      null,
    ],
    ["رفع معدل الفوز إلى ٤٥٪ بحلول نهاية ٢٠٢٦", null, "Omar Haddad", 0.3, 0.45, "2026-01-01", "2026-12-31", null],
    ["خفض معدل التسرب الشهري إلى أقل من ٢٪ خلال ٢٠٢٦", "churn", "Team", 0.04, 0.02, "2026-01-01", "2026-12-31", 0.025],
  ];
}

/**
 * Purchases of 320 customers who first buy between January 2025 and October 2026, following the BG/NBD story
 * the CLV model fits: each buys at a rate of their own (Gamma across customers), may drop out after any repeat
 * purchase (a Beta-distributed chance), and spends around a level of their own.
 */
export function exampleTransactions() {
  const rows: { customer: string; date: Date; amount: number }[] = [];
  const origin = day("2025-01-01");
  const span = (AS_OF.getTime() - origin.getTime()) / DAY;
  for (let c = 1; c <= 320; c++) {
    const customer = `C-${String(c).padStart(3, "0")}`;
    const perWeek = gamma(0.9) / 6;
    const a = gamma(1.2);
    const dropout = a / (a + gamma(5));
    const spend = 60 + gamma(3) * 70;
    let t = Math.floor(random() * (span - 20));
    for (let purchase = 0; t <= span; purchase++) {
      rows.push({ customer, date: addDays(origin, t), amount: Math.round(spend * (0.7 + random() * 0.6) * 100) / 100 });
      if (purchase > 0 && random() < dropout) break;
      t += Math.max(1, Math.round((-Math.log(1 - random()) / Math.max(perWeek, 1e-3)) * 7));
    }
  }
  return rows.sort((a, b) => a.date.getTime() - b.date.getTime() || a.customer.localeCompare(b.customer));
}

function bold(ws: ExcelJS.Worksheet): void {
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
}

/** The team's quota for the year after ramp, as the report computes it (whole months, ramp 25/50/75%). */
function teamRampedQuota(): number {
  let total = 0;
  for (const rep of EXAMPLE_REPS) {
    const start = day(rep.start);
    for (let m = 0; m < 12; m++) {
      const since = (2026 - start.getUTCFullYear()) * 12 + m - start.getUTCMonth();
      total += (rep.quota / 12) * (since < 0 ? 0 : since >= 3 ? 1 : (since + 1) / 4);
    }
  }
  return Math.round(total);
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
  for (const [goal, metric, owner, baseline, target, start, deadline, current] of exampleGoals(teamRampedQuota()))
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
  for (const { rep, region, start, weight, quota } of EXAMPLE_REPS)
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
  settings.addRow({ setting: "Sales and marketing spend", value: 24_000 }).getCell(2).numFmt = "#,##0";
  settings.addRow({ setting: "Action list length", value: 5 });
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
