import { afterEach, describe, expect, it } from "vitest";
import { resolveReportOptions } from "../../generator/report/index.js";
import type { WorkbookData } from "../../generator/report/workbook/data.js";

const EMPTY = { sources: {}, warnings: [], notes: [] } as unknown as WorkbookData;
const saved = process.env.TZ;
afterEach(() => {
  process.env.TZ = saved;
});

/** Without --as-of or Settings, the report is as of the user's calendar date, as Excel's TODAY() is. */
describe("the default as-of date", () => {
  it.each([
    // 08:30 on 1 April in Tokyo is still 31 March in UTC: the Tokyo user's report is as of 1 April.
    ["Asia/Tokyo", "2026-03-31T23:30:00Z", "2026-04-01T00:00:00.000Z"],
    // 19:00 on 31 March in New York is 1 April in UTC: the New York user's report is as of 31 March.
    ["America/New_York", "2026-04-01T00:00:00Z", "2026-03-31T00:00:00.000Z"],
    ["UTC", "2026-04-01T00:00:00Z", "2026-04-01T00:00:00.000Z"],
  ])("in %s at %s is %s", (zone, instant, expected) => {
    process.env.TZ = zone;
    expect(resolveReportOptions(EMPTY, { now: new Date(instant) }).asOf.toISOString()).toBe(expected);
  });
});
