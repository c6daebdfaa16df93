import { dateToSerial, MAX_SERIAL_1900, parseIsoDate } from "../../../shared/excel/dates.js";

/**
 * Dates written as text, as CRM exports and CSV files write them. Each becomes a 1900-system serial (the one
 * date form the core knows), with the time of day as a fraction. Hand-written rather than a date library:
 * the formats are few and fixed, and the hard part (which of 10/11/2016's numbers is the month) is a decision
 * over a whole column that no per-value parser makes (see DateColumn in columns.ts).
 *
 * - ISO 8601 dates and date-times, with or without a zone: the date and time as written (a deal closed at
 *   23:30-05:00 counts on the day its own clock showed; zones are not converted).
 * - Numeric dates with /, . or - between day, month and year ("10/20/2016", "20.10.2016", "12/1/2010 8:26"):
 *   a year first (2016/10/20) is read Y-M-D; otherwise the order comes from the column (`NumericDate`).
 * - Dates with an English month name ("20 Oct 2016", "Oct 20, 2016", "20-Oct-2016", "October 20 2016").
 * Two-digit years follow Excel: 00–29 are 2000–2029, 30–99 are 1930–1999.
 */
export type DateOrder = "MDY" | "DMY" | "YMD";
export const DATE_ORDERS: readonly DateOrder[] = ["MDY", "DMY", "YMD"];

/** A numeric date whose order is decided by its column: the three numbers as written, and the time. */
export interface NumericDate {
  readonly parts: readonly [number, number, number];
  /** Fraction of a day. */
  readonly time: number;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const TIME = String.raw`(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(am|pm|a\.m\.|p\.m\.)?)?`;
const ZONE = String.raw`(?:\s*(?:z|utc|gmt|[+-]\d{2}(?::?\d{2})?))?`;
const NUMERIC = new RegExp(String.raw`^(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,4})${TIME}${ZONE}$`, "i");
const DAY_MONTH_NAME = new RegExp(
  String.raw`^(\d{1,2})[\s\-/.]+([a-z]{3,9})\.?[\s\-/.,]+(\d{2}|\d{4})${TIME}${ZONE}$`,
  "i",
);
const MONTH_NAME_DAY = new RegExp(
  String.raw`^([a-z]{3,9})\.?[\s\-/.]+(\d{1,2})(?:st|nd|rd|th)?,?[\s\-/.]+(\d{4})${TIME}${ZONE}$`,
  "i",
);

export type TextDate = { readonly serial: number } | { readonly numeric: NumericDate };

/** Read text as a date: a serial when the text alone says which date it is, the numbers when the column must. */
export function parseTextDate(text: string): TextDate | undefined {
  const trimmed = text.trim();
  if (trimmed.length < 6 || trimmed.length > 40) return undefined;
  const iso = isoSerial(trimmed);
  if (iso !== undefined) return { serial: iso };
  let m = NUMERIC.exec(trimmed);
  if (m) {
    const time = timeOf(m[5], m[6], m[7], m[8]);
    if (time === undefined) return undefined;
    const parts: [number, number, number] = [Number(m[1]), Number(m[3]), Number(m[4])];
    // A four-digit first number is a year: 2016/10/20 is read year, month, day whatever the column says.
    if ((m[1] as string).length >= 3) {
      const serial = serialOf(parts[0], parts[1], parts[2], time);
      return serial === undefined ? undefined : { serial };
    }
    if ((m[4] as string).length === 3) return undefined;
    return { numeric: { parts, time } };
  }
  m = DAY_MONTH_NAME.exec(trimmed);
  if (m) return named(Number(m[1]), m[2] as string, m[3] as string, timeOf(m[4], m[5], m[6], m[7]));
  m = MONTH_NAME_DAY.exec(trimmed);
  if (m) return named(Number(m[2]), m[1] as string, m[3] as string, timeOf(m[4], m[5], m[6], m[7]));
  return undefined;
}

/** The serial of a numeric date read in an order; undefined when the numbers are no date in that order. */
export function numericSerial(date: NumericDate, order: DateOrder): number | undefined {
  const [a, b, c] = date.parts;
  if (order === "YMD") return serialOf(fullYear(a), b, c, date.time);
  const [month, day] = order === "MDY" ? [a, b] : [b, a];
  return serialOf(fullYear(c), month, day, date.time);
}

function named(day: number, monthName: string, year: string, time: number | undefined): TextDate | undefined {
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  const full = MONTH_FULL_NAMES[month - 1];
  // "Sept" and full names are fine; other words that merely start like a month ("Marchmont") are not.
  if (month === 0 || time === undefined) return undefined;
  const word = monthName.toLowerCase();
  if (word.length > 3 && !(full?.startsWith(word) || word === "sept")) return undefined;
  const serial = serialOf(fullYear(Number(year), year.length), month, day, time);
  return serial === undefined ? undefined : { serial };
}

const MONTH_FULL_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

function fullYear(year: number, digits = year < 100 ? 2 : 4): number {
  if (digits > 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

function timeOf(
  hours: string | undefined,
  minutes: string | undefined,
  seconds: string | undefined,
  half: string | undefined,
): number | undefined {
  if (hours === undefined) return 0;
  let h = Number(hours);
  const m = Number(minutes);
  const s = Number(seconds ?? 0);
  if (half) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (half.toLowerCase().startsWith("p") ? 12 : 0);
  }
  if (h > 23 || m > 59 || s > 59) return undefined;
  return (h * 3600 + m * 60 + s) / 86_400;
}

function serialOf(year: number, month: number, day: number, time: number): number | undefined {
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  const serial = dateToSerial(date) + time;
  return serial >= 1 && serial <= MAX_SERIAL_1900 ? serial : undefined;
}

/** ISO dates and date-times; the zone, when present, is read past (the date and time stay as written). */
function isoSerial(text: string): number | undefined {
  const m =
    /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(?:Z|UTC|[+-]\d{2}(?::?\d{2})?)?$/i.exec(
      text,
    );
  if (!m) return undefined;
  const date = parseIsoDate(m[1] as string);
  if (!date) return undefined;
  const time = m[2] === undefined ? 0 : timeOf(m[2], m[3], m[4], undefined);
  if (time === undefined) return undefined;
  const serial = dateToSerial(date) + time;
  return serial >= 1 && serial <= MAX_SERIAL_1900 ? serial : undefined;
}
