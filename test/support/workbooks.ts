import {
  type DealRecord,
  type GoalRecord,
  REP_MONTH_KEYS,
  type RepRecord,
} from "../../generator/report/workbook/contract.js";
import type { WorkbookData } from "../../generator/report/workbook/data.js";
import type { Located } from "../../generator/report/workbook/table.js";
import { mulberry32 } from "../../scripts/prng.js";
import { isoToSerial } from "../../shared/excel/dates.js";
import { simulatedPurchases } from "./purchases.js";

/**
 * Seeded workbooks with the awkward cases real data has: outcomes in four languages and as TRUE/1, blank stages
 * and amounts, a deal closed before it was created, open deals with a past expected close date, deals outside
 * the fiscal year, a Lost at stage column, stages Settings gives no probability, new reps ramping, goals owned
 * by reps and by the team, a purchase history BG/NBD can fit, and (optionally) deals with their own Probability. Used where every figure must be checked
 * against something independent (the agreement test).
 */
export interface GeneratedWorkbook {
  readonly name: string;
  readonly data: WorkbookData;
  readonly asOf: Date;
}

const d = (iso: string) => isoToSerial(iso) as number;
const DEAL_FIELDS = ["id", "rep", "region", "segment", "stage", "amount", "created", "closed", "outcome", "competitor"];

export function generatedWorkbook(
  seed: number,
  options: { lostAt?: boolean; fiscalYearStart?: number; probability?: boolean; plan?: boolean } = {},
) {
  const random = mulberry32(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const reps = ["Ana Lima", "Ben Okafor", "Chen Wei", "Dana Whitfield", "Omar Haddad"];
  const stages = ["Qualification", "Discovery", "Proposal", "Negotiation"];
  const won = ["Won", "Closed Won", "赢单", "gewonnen", true, 1];
  const lost = ["Lost", "Closed lost", "Verloren", "خسارة", false];
  const start = d("2025-09-01");
  const deals: Located<DealRecord>[] = [];
  for (let i = 0; i < 60; i++) {
    // Deal 7 is won and closed five days before it was created, inside the fiscal year: it has no cycle.
    const created = i === 7 ? d("2026-03-10") : start + Math.floor(random() * 420);
    const roll = random();
    const kind = i === 7 ? "won" : roll < 0.35 ? "won" : roll < 0.65 ? "lost" : roll < 0.7 ? "no decision" : "open";
    const outcome =
      kind === "won" ? pick(won) : kind === "lost" ? pick(lost) : kind === "open" ? "Open" : "No decision";
    const stage = kind === "open" ? (random() < 0.08 ? undefined : pick([...stages, "Demo"])) : `Closed ${kind}`;
    const closed =
      kind !== "open" || random() < 0.3
        ? created + (i === 7 ? -5 : Math.floor(random() * 120) + random() * 0.9)
        : undefined;
    deals.push({
      row: i + 2,
      id: `D-${seed}-${i}`,
      rep: random() < 0.05 ? undefined : pick(reps),
      region: pick(["EMEA", "APAC", "Americas"]),
      segment: random() < 0.1 ? undefined : pick(["SMB", "Mid-market", "Enterprise"]),
      stage,
      amount: random() < 0.06 ? undefined : Math.round(2_000 + random() * 80_000),
      created,
      closed,
      outcome: outcome as DealRecord["outcome"],
      competitor: pick(["Acme", "Globex", "None", "Initech"]),
      lostAt: options.lostAt && (kind === "lost" || kind === "no decision") ? pick(stages) : undefined,
      // A CRM's own Probability on about half the deals (drawn only with the option: other seeds stay as they were).
      probability: options.probability && random() < 0.5 ? Math.round(random() * 100) / 100 : undefined,
    });
  }
  const repRows: Located<RepRecord>[] = reps.map((rep, i) => ({
    row: i + 2,
    rep,
    region: pick(["EMEA", "APAC"]),
    startDate: i === 3 ? d("2026-02-10") : i === 4 ? undefined : d("2022-05-01"),
    weight: undefined,
    quota: i === 2 ? undefined : 200_000 + i * 50_000,
    // The quota planner's month columns on two reps (no random draw: other seeds stay as they were): a seasonal
    // plan, and a new rep's plan with a blank January (0) and a ramp inside its months.
    ...(options.plan && (i === 0 || i === 3) ? plannedRow(i === 0 ? SEASONAL : RAMPED) : {}),
  }));
  const goal = (row: number, goal: string, fields: Partial<GoalRecord>): Located<GoalRecord> => ({
    row,
    goal,
    metric: undefined,
    owner: undefined,
    baseline: undefined,
    target: undefined,
    start: undefined,
    deadline: undefined,
    current: undefined,
    ...fields,
  });
  const goals = [
    goal(2, "Close $900,000 in bookings in 2026", { metric: "Bookings", target: 900_000 }),
    goal(3, "Raise Ana's win rate to 50%", {
      owner: "Ana Lima",
      baseline: 0.3,
      target: 0.5,
      deadline: d("2026-12-31"),
    }),
    goal(4, "Shorten the sales cycle to 40 days", {
      metric: "Sales cycle",
      owner: "Chen Wei",
      baseline: 70,
      target: 40,
      start: d("2026-01-01"),
      deadline: d("2026-09-30"),
    }),
    goal(5, "Grow active customers to 150", { metric: "customers", owner: "Team", target: 150 }),
    goal(6, "Keep churn under 10%", { metric: "churn", baseline: 0.2, target: 0.1 }),
    goal(7, "Average order value of $250", { metric: "AOV", target: 250, current: 231 }),
    goal(8, "Open pipeline of $1.5M", { metric: "Pipeline", owner: "Ben Okafor", target: 1_500_000 }),
    goal(9, "Deal size up to $45,000", { metric: "deal size", baseline: 30_000, target: 45_000 }),
    goal(10, "LTV:CAC above 3", { metric: "LTV:CAC", target: 3 }),
    goal(11, "Win 40 deals", { metric: "Deals won", target: 40 }),
  ];
  const transactions = simulatedPurchases({ customers: 50, seed, from: "2025-01-06", to: "2026-10-31" });
  const columns = (fields: readonly string[]) => Object.fromEntries(fields.map((f, i) => [f, i + 1]));
  const data: WorkbookData = {
    date1904: false,
    warnings: [],
    sources: {
      deals: {
        sheet: "Deals",
        columns: columns([
          ...DEAL_FIELDS,
          ...(options.lostAt ? ["lostAt"] : []),
          ...(options.probability ? ["probability"] : []),
        ]),
      },
      reps: {
        sheet: "Team Quotas",
        columns: columns(["rep", "region", "startDate", "weight", "quota", ...(options.plan ? REP_MONTH_KEYS : [])]),
      },
      goals: {
        sheet: "Goals",
        columns: columns(["goal", "metric", "owner", "baseline", "target", "start", "deadline", "current"]),
      },
      transactions: { sheet: "Orders", columns: columns(["customer", "date", "amount"]) },
    },
    deals,
    reps: repRows,
    goals,
    transactions,
    settings: {
      currency: "EUR",
      fiscalYearStart: options.fiscalYearStart ?? 1,
      spend: 60_000,
      // Demo has no probability: it is weighted by the win rate.
      stageProbabilities: { Qualification: 0.1, discovery: 0.2, Proposal: 0.5, Negotiation: 0.7 },
      rows: {},
    },
  };
  return { name: `generated #${seed}`, data, asOf: new Date("2026-10-20T00:00:00Z") } satisfies GeneratedWorkbook;
}

/** Planned months Jan … Dec as the quota planner writes them (a blank month is undefined). */
const SEASONAL = [15_000, 15_000, 20_000, 20_000, 20_000, 25_000, 15_000, 15_000, 20_000, 25_000, 25_000, 30_000];
const RAMPED = [undefined, 5_000, 10_000, 15_000, 20_000, 20_000, 20_000, 20_000, 20_000, 20_000, 20_000, 20_000];

function plannedRow(months: readonly (number | undefined)[]): Partial<RepRecord> {
  let quota = 0;
  const row: Record<string, number | undefined> = {};
  months.forEach((value, m) => {
    row[REP_MONTH_KEYS[m] as string] = value;
    quota += value ?? 0;
  });
  return { ...row, quota };
}
