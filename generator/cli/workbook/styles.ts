import { isDateFormat } from "../../report/workbook/cells.js";
import { DEFAULT_LIMITS } from "./guard.js";
import { value } from "./layout.js";
import { scanPart } from "./part.js";
import { CLOSE, OPEN } from "./xml.js";
import type { ZipPart, ZipView } from "./zip.js";

/**
 * Which cell styles show a date: a cell's `s` attribute indexes `cellXfs`, whose `numFmtId` is a built-in
 * format or one of the workbook's `numFmts`. Only a 1904 workbook needs this (its date serials are moved to
 * the 1900 system; every other number is left as it is), so the styles part is read only for those.
 *
 * Built-in date and time formats: 14–22, 45 and 47 everywhere, 27–36 and 50–58 in the East Asian locales
 * that define them (ECMA-376 §18.8.30); custom formats are judged by `isDateFormat`, the rule the task pane
 * applies to Office.js formats. Elapsed-time formats (built-in 46 `[h]:mm:ss`, custom `[h]`, `[mm]`, `[ss]`)
 * show durations, not points in time: a duration of 10.6 days is 10.6 in either date system, so it is not moved
 * (calamine's date_1904.xlsx holds one).
 */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 47, 50, 51, 52, 53, 54, 55, 56, 57,
  58,
]);

const ELAPSED = /\[(h+|m+|s+)\]/i;

/** Flags by style index: 1 where the style formats a date. */
export async function readDateStyles(zip: ZipView, part: ZipPart): Promise<Uint8Array> {
  const formats = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  await scanPart(
    zip,
    part,
    (s) => {
      for (;;) {
        const kind = s.next();
        if (kind !== OPEN && kind !== CLOSE) {
          if (kind === 3) continue;
          return true;
        }
        if (s.is("cellXfs")) inCellXfs = kind === OPEN && !s.selfClosing;
        else if (kind === OPEN && s.is("numFmt")) {
          const id = Number(value(s, "numFmtId"));
          if (Number.isInteger(id)) formats.set(id, value(s, "formatCode") ?? "");
        } else if (kind === OPEN && inCellXfs && s.is("xf")) xfs.push(Number(value(s, "numFmtId") ?? 0));
      }
    },
    { maxBytes: DEFAULT_LIMITS.maxSmallPartBytes },
  );
  const dates = new Uint8Array(xfs.length);
  for (let i = 0; i < xfs.length; i++) {
    const id = xfs[i] as number;
    const custom = formats.get(id);
    dates[i] = (custom === undefined ? BUILT_IN_DATES.has(id) : isDateFormat(custom) && !ELAPSED.test(custom)) ? 1 : 0;
  }
  return dates;
}
