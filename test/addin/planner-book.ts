import { day, SAMPLE_DEALS, SAMPLE_REPS, TEAM_TARGET } from "../../generator/cli/commands/init-sample.js";
import { DEALS, GOALS } from "../../generator/report/workbook/contract.js";
import { type MockBook, sheet } from "./pane-page.js";

/**
 * The workbook the planner's browser tests open: `goalsheet init`'s sample deals, team goal and reps, with the
 * reps' quotas typed in as the old starter had them (120k + 100k + 130k + 80k = 430k against a 400k goal), so
 * planning must ask before replacing them.
 */
export function sampleBook(options: { reps?: boolean } = {}): MockBook {
  const deals = [
    DEALS.columns.map((c) => c.header),
    ...SAMPLE_DEALS.map((deal) => deal.map((v, i) => ((i === 6 || i === 7) && typeof v === "string" ? day(v) : v))),
  ];
  const goals = [
    GOALS.columns.map((c) => c.header),
    [
      "Close $400,000 in new bookings by 31 December 2026",
      "revenue",
      "Team",
      0,
      TEAM_TARGET,
      day("2026-01-01"),
      day("2026-12-31"),
    ],
  ];
  const typed = [120_000, 100_000, 130_000, 80_000];
  const reps = [["Rep", "Region", "Start date", "Weight", "Quota"], ...SAMPLE_REPS.map((rep, i) => [...rep, typed[i]])];
  return {
    workbookName: "Team plan.xlsx",
    sheets: [
      sheet("Deals", deals, "Deals", { 6: "yyyy-mm-dd", 7: "yyyy-mm-dd" }),
      sheet("Goals", goals, "Goals", { 5: "yyyy-mm-dd", 6: "yyyy-mm-dd" }),
      ...(options.reps === false ? [] : [sheet("Reps", reps, "Reps", { 2: "yyyy-mm-dd" })]),
    ],
    names: [],
    active: "Deals",
    log: [],
    syncs: 0,
  };
}
