import { cellAddress, problem } from "../problems.js";
import { REP_MONTH_KEYS, REPS, type RepRecord } from "./contract.js";
import { words } from "./messages.js";
import type { RecordList } from "./record-table.js";
import type { ParsedSheet, SheetRules } from "./table.js";

/**
 * The Reps sheet's own rules, for a quota plan's month columns (Jan … Dec, as the quota planner writes them):
 * the report takes those months as the plan, so they must be the whole year and agree with the row's Quota.
 * A sheet with only some month columns would plan the others as 0, and a Quota that differs from its months
 * leaves two plans: both are refused instead of one being picked silently.
 */
const money = (x: number): string => x.toLocaleString("en-US", { maximumFractionDigits: 2 });

/** Half a cent: twelve amounts in cents add up within floating-point noise far below it. */
const TOLERANCE = 0.005;

export const REP_RULES: SheetRules<RepRecord> = {
  complete(view) {
    refuseRepeatedReps(view);
    const present = REP_MONTH_KEYS.filter((key) => view.columnOf.has(key));
    if (present.length === 0) return;
    const header = (key: string) => REPS.columns.find((c) => c.key === key)?.header ?? key;
    if (present.length < REP_MONTH_KEYS.length) {
      view.problems.push(
        problem({
          code: "missingColumn",
          sheet: view.sheet,
          rule: words.partialPlan(REP_MONTH_KEYS.filter((k) => !present.includes(k)).map(header)),
          value: present.map(header).join(", "),
        }),
      );
      return;
    }
    const col = view.columnOf.get("quota");
    if (col === undefined) return;
    for (const rep of view.records) {
      if (rep.quota === undefined || !present.some((key) => rep[key] !== undefined)) continue;
      let months = 0;
      for (const key of present) months += rep[key] ?? 0;
      if (Math.abs(months - rep.quota) <= TOLERANCE) continue;
      view.problems.push(
        problem({
          code: "invalid",
          sheet: view.sheet,
          cell: cellAddress(rep.row, col + 1),
          rule: words.planTotal(money(months)),
          value: money(rep.quota),
          hint: words.onePlan(),
        }),
      );
    }
  },
};

/**
 * A rep named on two rows (Ann/East and Ann/West) would be credited with all of Ann's bookings on each row,
 * counting them twice in the team's attainment: refused at the second row, as the quota planner refuses it.
 */
function refuseRepeatedReps(view: Parameters<NonNullable<SheetRules<RepRecord>["complete"]>>[0]): void {
  const col = view.columnOf.get("rep");
  if (col === undefined) return;
  const first = new Map<string, number>();
  for (const rep of view.records) {
    if (rep.rep === undefined) continue;
    const seen = first.get(rep.rep);
    if (seen === undefined) {
      first.set(rep.rep, rep.row);
      continue;
    }
    view.problems.push(
      problem({
        code: "invalid",
        sheet: view.sheet,
        cell: cellAddress(rep.row, col + 1),
        rule: words.repeatedRep(seen),
        value: JSON.stringify(rep.rep),
      }),
    );
  }
}

/**
 * A rep named in Reps as "ana lima" and in Deals as "Ana Lima" gets no bookings: quota bookings are credited by
 * exact name (the quota table's formula uses EXACT, as a lookup by name in Excel should not merge two people).
 * The attainment would read 0% without a word, so such a rep is named in a warning.
 */
export function repsMatchedOnlyByCase(
  reps: ParsedSheet<RepRecord>,
  deals: RecordList<{ readonly rep?: string | undefined }> | undefined,
): string[] {
  if (!deals || reps.source.columns.rep === undefined) return [];
  const exact = new Set<string>();
  const byKey = new Map<string, string>();
  for (const deal of deals) {
    const name = deal.rep;
    if (name === undefined || exact.has(name)) continue;
    exact.add(name);
    byKey.set(name.trim().toLowerCase(), name);
  }
  const warnings: string[] = [];
  for (const rep of reps.records) {
    if (rep.rep === undefined || exact.has(rep.rep)) continue;
    const dealsName = byKey.get(rep.rep.trim().toLowerCase());
    if (dealsName === undefined) continue;
    const place = `${reps.source.sheet}!${cellAddress(rep.row, reps.source.columns.rep)}`;
    warnings.push(words.repCaseOnly(place, rep.rep, dealsName));
  }
  return warnings;
}
