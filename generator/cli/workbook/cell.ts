import { dateToSerial, parseIsoDate } from "../../../shared/excel/dates.js";
import type { CellValue } from "../../../shared/excel/values.js";
import { errorCell } from "../../report/workbook/cells.js";

/**
 * A cell's value from its type attribute (`t`) and the bytes of its `<v>`, as ECMA-376 §18.3.1.4 defines
 * them: n (or no t) a number, s an index into the shared strings, b 0 or 1, e an error code, str a formula's
 * text, inlineStr text in `<is>`, d an ISO 8601 date. What a cell holds that its type does not allow is a
 * problem at the cell (returned as a BadCell), never a blank or a 0 in its place.
 */
export const TYPE_NUMBER = 0;
export const TYPE_SHARED = 1;
export const TYPE_BOOLEAN = 2;
export const TYPE_ERROR = 3;
export const TYPE_STRING = 4;
export const TYPE_INLINE = 5;
export const TYPE_DATE = 6;
/** A `t` this reader does not know: reported at the cell. */
export const TYPE_UNKNOWN = 7;

const TYPES: Readonly<Record<string, number>> = {
  n: TYPE_NUMBER,
  s: TYPE_SHARED,
  b: TYPE_BOOLEAN,
  e: TYPE_ERROR,
  str: TYPE_STRING,
  inlineStr: TYPE_INLINE,
  d: TYPE_DATE,
};

/** The type code of a `t` attribute's bytes (short ASCII). */
export function cellType(buf: Uint8Array, start: number, end: number): number {
  const length = end - start;
  // The common cases without making a string.
  if (length === 1) {
    const b = buf[start];
    if (b === 115) return TYPE_SHARED;
    if (b === 110) return TYPE_NUMBER;
    if (b === 98) return TYPE_BOOLEAN;
    if (b === 101) return TYPE_ERROR;
    if (b === 100) return TYPE_DATE;
  }
  if (length > 16) return TYPE_UNKNOWN;
  return TYPES[Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString("latin1", start, end)] ?? TYPE_UNKNOWN;
}

/** What a cell held that its type does not allow, for the problem message. */
export class BadCell {
  constructor(readonly message: string) {}
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A number written in a `<v>` (bytes start to end): the decimal forms XML Schema's double allows (no hex, no
 * INF or NaN), finite. NaN when it is not one. Plain integers of up to 15 digits, most of a sheet's numbers,
 * are read without making a string.
 */
export function parseNumber(bytes: Buffer, from: number, to: number): number {
  let start = from;
  let end = to;
  while (start < end && isSpace(bytes[start] as number)) start++;
  while (end > start && isSpace(bytes[end - 1] as number)) end--;
  const negative = bytes[start] === 45;
  let i = negative ? start + 1 : start;
  if (end - i > 0 && end - i <= 15) {
    let n = 0;
    for (; i < end; i++) {
      const d = (bytes[i] as number) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (i === end) return negative ? -n : n;
  }
  const text = bytes.toString("latin1", start, end);
  if (!NUMBER.test(text)) return Number.NaN;
  const n = Number(text);
  return Number.isFinite(n) ? n : Number.NaN;
}

const isSpace = (b: number) => b === 32 || b === 10 || b === 13 || b === 9;

/** Whether bytes start to end are empty or only whitespace (an empty `<v/>`: no value). */
export function isBlankBytes(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(bytes[i] as number)) return false;
  return true;
}

/** A shared-string index: a non-negative integer, or -1. */
export function parseIndex(bytes: Buffer, start: number, end: number): number {
  const n = parseNumber(bytes, start, end);
  return Number.isInteger(n) && n >= 0 ? n : -1;
}

export function parseBoolean(text: string): boolean | BadCell {
  const t = text.trim();
  if (t === "1" || t === "true") return true;
  if (t === "0" || t === "false") return false;
  return new BadCell(`a boolean cell must hold 0 or 1, got ${quote(t)}`);
}

export function parseError(text: string): CellValue {
  return errorCell(text.trim());
}

/** A `t="d"` cell: an ISO 8601 date or date-time, as a 1900-system serial. */
export function parseDate(text: string): number | BadCell {
  const date = parseIsoDate(text.trim());
  if (date !== undefined) return dateToSerial(date);
  return new BadCell(`a date cell must hold an ISO 8601 date such as 2026-06-30, got ${quote(text.trim())}`);
}

export function badNumber(raw: string): BadCell {
  const text = raw.trim();
  const why = NUMBER.test(text) && !Number.isFinite(Number(text)) ? " (beyond the largest number Excel holds)" : "";
  return new BadCell(`a number cell must hold a number, got ${quote(text)}${why}`);
}

/** A value for a message: quoted, shortened, control and bidi characters shown as escapes (no forged lines). */
export function quote(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(short).replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
