import { serialToIso } from "../../../shared/excel/dates.js";
import { cellAddress, problem } from "../problems.js";
import type { GoalRecord } from "./contract.js";
import { words } from "./messages.js";
import type { SheetRules } from "./table.js";

/**
 * The Goals sheet's own rules: a goal's Start must come before its Deadline. =GOALS.PACING refuses such a goal
 * with #VALUE! ("deadline must be after start"); the report refuses it too, at the Start cell, instead of
 * showing "January 1, 2026 – December 31, 2012".
 */
export const GOAL_RULES: SheetRules<GoalRecord> = {
  complete(view) {
    const col = view.columnOf.get("start");
    if (col === undefined || !view.columnOf.has("deadline")) return;
    for (const goal of view.records) {
      if (goal.start === undefined || goal.deadline === undefined || goal.deadline > goal.start) continue;
      view.problems.push(
        problem({
          code: "goalDates",
          sheet: view.sheet,
          cell: cellAddress(goal.row, col + 1),
          rule: words.goalDates(serialToIso(goal.deadline)),
          value: serialToIso(goal.start),
        }),
      );
    }
  },
};
