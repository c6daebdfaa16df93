import type { ActionList, DealScan } from "./deal-scan.js";
import type { Formulas } from "./report-model.js";

/**
 * The action lists, for the team: open deals to look at now, each list largest first and cut to N (Settings →
 * Action list length). Stalled: open longer than the median won cycle. Slipped: the close date has passed while
 * the deal is open. Closing: expected to close between the as-of date and the period's end (by its close date,
 * or, without one, Created + the median won cycle, marked as estimated).
 */
export interface ActionsSection {
  readonly limit: number;
  readonly typicalCycleDays: number | null;
  readonly stalled: ActionList;
  readonly slipped: ActionList;
  readonly closing: ActionList;
  readonly formulas: Formulas<"typicalCycleDays">;
}

export function actionsSection(scan: DealScan | undefined): ActionsSection | undefined {
  if (!scan || scan.team.openDeals === 0) return undefined;
  return {
    limit: scan.limit,
    typicalCycleDays: scan.typicalCycleDays,
    ...scan.team.lists,
    formulas: scan.formulas,
  };
}
