/**
 * Excel serial dates. The 1900 system counts 1900-01-01 as 1 and keeps Lotus 1-2-3's phantom 1900-02-29
 * (serial 60), so serials from 61 on are days since 1899-12-30. The 1904 system (old Mac workbooks) counts
 * 1904-01-01 as 0. All dates are calendar days in UTC: a serial has no time zone.
 */
const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1900_BEFORE_LEAP_BUG = Date.UTC(1899, 11, 31);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** Largest serial Excel accepts: 9999-12-31. */
export const MAX_SERIAL_1900 = 2_958_465;

export type DateSystem = 1900 | 1904;

export function serialToDate(serial: number, system: DateSystem = 1900): Date {
  if (system === 1904) return new Date(EPOCH_1904 + serial * MS_PER_DAY);
  const epoch = serial < 60 ? EPOCH_1900_BEFORE_LEAP_BUG : EPOCH_1900;
  return new Date(epoch + serial * MS_PER_DAY);
}

export function dateToSerial(date: Date, system: DateSystem = 1900): number {
  const ms = date.getTime();
  if (system === 1904) return (ms - EPOCH_1904) / MS_PER_DAY;
  const serial = (ms - EPOCH_1900) / MS_PER_DAY;
  return serial < 61 ? (ms - EPOCH_1900_BEFORE_LEAP_BUG) / MS_PER_DAY : serial;
}

/** A serial read in one system, expressed in the other (1904 serials are 1462 days smaller). */
export function convertSerial(serial: number, from: DateSystem, to: DateSystem): number {
  if (from === to) return serial;
  return dateToSerial(serialToDate(serial, from), to);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parse an ISO 8601 date ("2026-03-31", optionally with a time) into a UTC Date; undefined when invalid. */
export function parseIsoDate(text: string): Date | undefined {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)));
  // Reject roll-overs such as 2026-02-30, which Date.UTC would silently turn into March.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date;
}

/** "2026-03-31" for a serial (1900 system). */
export function serialToIso(serial: number): string {
  return serialToDate(Math.floor(serial)).toISOString().slice(0, 10);
}

export function isoToSerial(text: string): number | undefined {
  const date = parseIsoDate(text);
  return date === undefined ? undefined : dateToSerial(date);
}
