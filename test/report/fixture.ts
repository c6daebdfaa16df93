import type { WorkbookData } from "../../generator/report/workbook/data.js";
import { isoToSerial } from "../../shared/excel/dates.js";

/**
 * A small workbook whose every report figure was worked out by hand (see sections.test.ts for the sums).
 * As of 2026-06-30, fiscal year = calendar 2026. Ana is fully ramped; Ben started on 2026-04-01.
 */
export const AS_OF = new Date("2026-06-30T00:00:00Z");
export const GENERATED_AT = new Date("2026-07-01T08:00:00Z");
export const SOURCE = { name: "fixture.xlsx", sha256: "0".repeat(64) };

const d = (iso: string) => isoToSerial(iso) as number;

const deal = (
  row: number,
  rep: string,
  region: string,
  segment: string,
  stage: string,
  amount: number,
  created: string,
  closed: string | undefined,
  outcome: string,
  competitor: string,
) => ({
  row,
  id: `D-${row}`,
  rep,
  region,
  segment,
  stage,
  amount,
  created: d(created),
  closed: closed === undefined ? undefined : d(closed),
  outcome,
  competitor,
  lostAt: undefined,
});

/** Where each field sits on its sheet (1-based columns), as the assembler records it: the formulas use it. */
const columns = (...fields: string[]) => Object.fromEntries(fields.map((f, i) => [f, i + 1]));
export const SOURCES: WorkbookData["sources"] = {
  deals: {
    sheet: "Deals",
    columns: columns("id", "rep", "region", "segment", "stage", "amount", "created", "closed", "outcome", "competitor"),
  },
  goals: {
    sheet: "Goals",
    columns: columns("goal", "metric", "owner", "baseline", "target", "start", "deadline", "current"),
  },
  reps: { sheet: "Reps", columns: columns("rep", "region", "startDate", "weight", "quota") },
  transactions: { sheet: "Transactions", columns: columns("customer", "date", "amount") },
};

export const fixture: WorkbookData = {
  date1904: false,
  sources: SOURCES,
  warnings: [],
  deals: [
    deal(2, "Ana", "EMEA", "Enterprise", "Closed won", 30_000, "2026-01-10", "2026-02-09", "Won", "Acme"),
    deal(3, "Ana", "EMEA", "SMB", "Closed won", 10_000, "2026-03-01", "2026-03-21", "Won", "None"),
    deal(4, "Ana", "EMEA", "SMB", "Closed lost", 5_000, "2026-02-01", "2026-03-01", "Lost", "Acme"),
    deal(5, "Ben", "APAC", "Enterprise", "Closed won", 20_000, "2026-04-05", "2026-05-15", "Won", "Globex"),
    deal(6, "Ben", "APAC", "SMB", "Closed lost", 8_000, "2026-04-10", "2026-05-10", "Lost", "Globex"),
    deal(
      7,
      "Ben",
      "APAC",
      "Enterprise",
      "Closed no decision",
      15_000,
      "2026-04-01",
      "2026-06-01",
      "No decision",
      "Acme",
    ),
    deal(8, "Ana", "EMEA", "Enterprise", "Proposal", 40_000, "2026-05-01", undefined, "Open", "Acme"),
    deal(9, "Ben", "APAC", "SMB", "Qualification", 10_000, "2026-06-01", undefined, "Open", "None"),
    deal(10, "Ana", "EMEA", "SMB", "Negotiation", 20_000, "2026-04-20", undefined, "Open", "Globex"),
    deal(11, "Ben", "APAC", "Enterprise", "Qualification", 30_000, "2026-06-10", undefined, "Open", "None"),
  ],
  reps: [
    { row: 2, rep: "Ana", region: "EMEA", startDate: d("2020-03-01"), weight: undefined, quota: 120_000 },
    { row: 3, rep: "Ben", region: "APAC", startDate: d("2026-04-01"), weight: undefined, quota: 120_000 },
  ],
  goals: [
    {
      row: 2,
      goal: "Close €100,000 in new revenue by the end of 2026",
      metric: "Revenue",
      owner: undefined,
      baseline: 0,
      target: 100_000,
      start: d("2026-01-01"),
      deadline: d("2026-12-31"),
      current: undefined,
    },
    {
      row: 3,
      goal: "Raise Ana's win rate to 70% by June 30, 2026",
      metric: undefined,
      owner: "Ana",
      baseline: 0.5,
      target: 0.7,
      start: d("2026-01-01"),
      deadline: d("2026-06-30"),
      current: undefined,
    },
    {
      row: 4,
      goal: "Cut the sales cycle to 25 days in 2026",
      metric: "cycle",
      owner: "Team",
      baseline: 45,
      target: 25,
      start: d("2026-01-01"),
      deadline: d("2026-12-31"),
      current: undefined,
    },
    {
      row: 5,
      goal: "Grow NPS from 30 to 50 <b>this year</b>",
      metric: "NPS",
      owner: "Ana",
      baseline: 30,
      target: 50,
      start: undefined,
      deadline: undefined,
      current: 32,
    },
  ],
  transactions: [
    { row: 2, customer: "C1", date: d("2026-01-05"), amount: 100 },
    { row: 3, customer: "C1", date: d("2026-03-05"), amount: 200 },
    { row: 4, customer: "C2", date: d("2026-02-01"), amount: 300 },
    { row: 5, customer: "C3", date: d("2026-06-30"), amount: 400 },
  ],
  settings: {
    currency: "EUR",
    spend: 1_500,
    stageProbabilities: { Qualification: 0.1, Proposal: 0.5, Negotiation: 0.8 },
    rows: {},
  },
};
