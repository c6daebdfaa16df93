import { dateToSerial, serialToDate } from "../../excel/dates.js";

/**
 * Calendar months on 1900-system serials. A month is `year × 12 + month0`, so "months since a rep started"
 * is a plain subtraction, as the sheet's formula computes it ((YEAR(m) − YEAR(s)) × 12 + MONTH(m) − MONTH(s)).
 */
export function monthOf(serial: number): number {
  const d = serialToDate(Math.floor(serial));
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** Serial of the first day of a month. */
export function firstDayOf(month: number): number {
  return dateToSerial(new Date(Date.UTC(Math.floor(month / 12), month % 12, 1)));
}

/** Serial of the last day of a month. */
export function lastDayOf(month: number): number {
  return firstDayOf(month + 1) - 1;
}

const SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** The calendar month's short English name, the header Goalsheet writes for it ("Jan"). */
export const MONTH_HEADERS: readonly string[] = SHORT;

/** "Mar 2026", as the sheet's mmm yyyy format shows the month. */
export function monthLabel(month: number): string {
  return `${SHORT[month % 12]} ${Math.floor(month / 12)}`;
}

/** "2026-03-01". */
export function isoOf(serial: number): string {
  return serialToDate(Math.floor(serial)).toISOString().slice(0, 10);
}
