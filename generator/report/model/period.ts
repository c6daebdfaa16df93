import { serialToDate } from "../../../shared/excel/dates.js";

/**
 * Calendar arithmetic for the report, on 1900-system serial days (whole days, UTC). A month is identified by
 * its index `year * 12 + month0`, so spans of months are plain integer ranges.
 */
export interface Period {
  /** Serial of the first day of the fiscal year containing the as-of date. */
  readonly start: number;
  /** Serial of its last day. */
  readonly end: number;
  /** Month index of the first month. */
  readonly firstMonth: number;
  readonly asOf: number;
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

export const monthIndexOfSerial = (serial: number): number => {
  const d = serialToDate(Math.floor(serial));
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};

/** Serial of the first day of a month index (dates after 1900-03-01, where serials are plain day counts). */
export const serialOfMonth = (index: number): number =>
  (Date.UTC(Math.floor(index / 12), index % 12, 1) - SERIAL_EPOCH) / DAY;

export const monthKey = (index: number): string =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;

export const isoOfSerial = (serial: number): string => serialToDate(Math.floor(serial)).toISOString().slice(0, 10);

/** The fiscal year (starting in month `fiscalStart`, 1–12) that contains `asOf`. */
export function fiscalPeriod(asOf: number, fiscalStart = 1): Period {
  const asOfMonth = monthIndexOfSerial(asOf);
  const startMonth0 = fiscalStart - 1;
  const back = ((((asOfMonth % 12) - startMonth0) % 12) + 12) % 12;
  const firstMonth = asOfMonth - back;
  return {
    start: serialOfMonth(firstMonth),
    end: serialOfMonth(firstMonth + 12) - 1,
    firstMonth,
    asOf: Math.floor(asOf),
  };
}
