import { type CellValue, isBlank } from "../../excel/values.js";
import { classifyOutcome } from "../../winrate/outcomes.js";
import { firstDayOf } from "./months.js";
import type { DealsSource } from "./plan-input.js";

/**
 * Last year's won bookings, counted exactly as the sheet's SUMIFS counts them, so the cached values a file
 * carries are what Excel shows once it recalculates: an amount counts when it is a number, the close date is a
 * date serial inside the month, the outcome cell equals one of the won labels (text compared without case, as
 * SUMIFS does) and, per rep, the Rep cell equals the rep's name.
 */

/** A value a SUMIFS criterion matches by equality: text (case-insensitive), TRUE or a number. */
export type WonLabel = string | boolean | number;

/** The distinct outcome values in the deals that mean "won" (docs/domain.md outcome words), in order of appearance. */
export function wonLabels(deals: DealsSource): WonLabel[] {
  const seen = new Set<string>();
  const labels: WonLabel[] = [];
  for (const row of deals.rows) {
    const value = row[deals.columns.outcome] ?? null;
    if (isBlank(value) || typeof value === "object" || classifyOutcome(value) !== "won") continue;
    const key = typeof value === "string" ? `s:${value.toLowerCase()}` : `${typeof value}:${value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    labels.push(typeof value === "string" ? value : value);
  }
  return labels;
}

function sameText(a: CellValue, b: string): boolean {
  return typeof a === "string" && a.toLowerCase() === b.toLowerCase();
}

function isWon(value: CellValue, labels: readonly WonLabel[]): boolean {
  return labels.some((label) => (typeof label === "string" ? sameText(value, label) : value === label));
}

/**
 * Won amounts closed in each of the 12 months before `firstMonth` (a month index), and per rep name over the
 * whole 12 months. Rep names match without case, as SUMIFS matches them.
 */
export function lastYearBookings(
  deals: DealsSource,
  firstMonth: number,
  reps: readonly string[],
): { byMonth: number[]; byRep: number[] } {
  const labels = wonLabels(deals);
  const starts = Array.from({ length: 13 }, (_, m) => firstDayOf(firstMonth - 12 + m));
  const byMonth = new Array<number>(12).fill(0);
  const byRep = new Array<number>(reps.length).fill(0);
  const { rep, amount, closed, outcome } = deals.columns;
  for (const row of deals.rows) {
    const value = row[amount];
    const date = row[closed];
    if (typeof value !== "number" || typeof date !== "number") continue;
    if (date < (starts[0] as number) || date >= (starts[12] as number)) continue;
    if (!isWon(row[outcome] ?? null, labels)) continue;
    let m = 0;
    while (date >= (starts[m + 1] as number)) m++;
    byMonth[m] = (byMonth[m] as number) + value;
    const name = row[rep] ?? null;
    for (let i = 0; i < reps.length; i++)
      if (sameText(name, reps[i] as string)) byRep[i] = (byRep[i] as number) + value;
  }
  return { byMonth, byRep };
}
