import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../generator/cli/workbook/read.js";
import { dealsWorkbook, sampleDeals } from "../../scripts/hostile/workbooks.js";

/**
 * The odd date cases, read in-process so the dates themselves are checked (a report could hide a 4-year shift
 * behind a cycle length). 2026-01-05 is serial 46027 in the 1900 system (DATE(2026,1,5) in Excel) and 44565
 * in the 1904 system, which exceljs writes when the workbook uses it; the reader must give 46027 either way.
 */
const CREATED = [46027, 46034, 46054, 46063, 46082]; // 2026-01-05, -01-12, -02-01, -02-10, -03-01

describe("dates in valid-but-odd workbooks", () => {
  it.each([
    ["1900 date cells", {}],
    ["1904 date system", { date1904: true }],
    [
      "ISO text dates",
      { rows: sampleDeals().map((r) => r.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))) },
    ],
  ])("reads %s as 1900-system serials", async (_name, options) => {
    const data = await readWorkbook(await dealsWorkbook(options));
    expect(data.deals?.map((d) => d.created)).toEqual(CREATED);
  });
});
