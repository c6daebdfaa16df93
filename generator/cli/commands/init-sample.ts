import { isoToSerial } from "../../../shared/excel/dates.js";
import type { PlanChoices } from "../../../shared/quota/plan/plan-input.js";
import { DEFAULT_RAMP } from "../../../shared/quota/plan/plan-input.js";

/**
 * The starter workbook's sample rows and the quota plan `goalsheet init` makes from them. Fixed dates
 * throughout, so the file is the same every time.
 */
export const day = (iso: string): number => isoToSerial(iso) as number;

export type SampleDeal = readonly [
  id: string,
  rep: string,
  region: string,
  segment: string,
  stage: string,
  amount: number,
  created: string,
  closed: string | null,
  outcome: string,
  competitor: string,
];

export const SAMPLE_DEALS: readonly SampleDeal[] = [
  ["D-001", "Ana Lima", "EMEA", "Enterprise", "Closed won", 48_000, "2026-01-12", "2026-03-02", "Won", "Globex"],
  ["D-002", "Ana Lima", "EMEA", "Mid-market", "Closed lost", 21_000, "2026-01-20", "2026-02-27", "Lost", "Acme CRM"],
  ["D-003", "Chen Wei", "APAC", "SMB", "Closed won", 7_500, "2026-02-03", "2026-03-10", "Won", "None"],
  ["D-004", "Chen Wei", "APAC", "Enterprise", "Proposal", 65_000, "2026-03-15", null, "Open", "Initech"],
  [
    "D-005",
    "Dana Whitfield",
    "North America",
    "Mid-market",
    "Closed won",
    26_000,
    "2026-02-10",
    "2026-04-21",
    "Won",
    "Acme CRM",
  ],
  [
    "D-006",
    "Dana Whitfield",
    "North America",
    "SMB",
    "Closed lost",
    6_200,
    "2026-03-01",
    "2026-03-30",
    "Lost",
    "Globex",
  ],
  ["D-007", "Omar Haddad", "MEA", "Enterprise", "Negotiation", 54_000, "2026-04-02", null, "Open", "None"],
  [
    "D-008",
    "Omar Haddad",
    "MEA",
    "Mid-market",
    "Closed lost",
    18_500,
    "2026-02-18",
    "2026-05-05",
    "No decision",
    "Initech",
  ],
];

/** Rep, region, start date, weight (territory potential relative to an average territory). Omar starts in March. */
export const SAMPLE_REPS: readonly (readonly [string, string, number, number])[] = [
  ["Ana Lima", "EMEA", day("2023-04-01"), 1],
  ["Chen Wei", "APAC", day("2024-09-01"), 1],
  ["Dana Whitfield", "North America", day("2022-01-10"), 1.2],
  ["Omar Haddad", "MEA", day("2026-03-01"), 0.8],
];

/** The team goal on the Goals sheet, which the plan splits. */
export const TEAM_TARGET = 400_000;

/**
 * The starter plan: the $400,000 team goal with a 10% cushion, in thousands, shared by the Weight column, with
 * a quarter-end-heavy seasonality typed in (the sample deals are all this year, so there is no last year to learn
 * it from) and the usual 25/50/75% ramp for Omar.
 */
export const SAMPLE_PLAN: Omit<PlanChoices, "weights"> & { weights: { basis: "column"; column: 3 } } = {
  target: TEAM_TARGET,
  firstMonth: day("2026-01-01"),
  unit: 1000,
  cushion: 1.1,
  weights: { basis: "column", column: 3 },
  seasonality: { basis: "typed", weights: [7, 7, 10, 8, 8, 10, 7, 6, 10, 8, 8, 11] },
  rampSchedule: DEFAULT_RAMP,
};
