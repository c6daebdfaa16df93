import { describe, expect, it } from "vitest";
import { numericSerial, parseTextDate } from "../../../generator/report/workbook/text-dates.js";
import { isoToSerial } from "../../../shared/excel/dates.js";

// 2016-10-20 is serial 42663 (1900 system): Excel's DATE(2016,10,20).
const OCT_20 = isoToSerial("2016-10-20") as number;

describe("parseTextDate(text)", () => {
  it("agrees with Excel on the anchor serial", () => {
    expect(OCT_20).toBe(42663);
  });

  it.each([
    ["2016-10-20", OCT_20],
    ["2016-10-20 08:26:00", OCT_20 + (8 * 60 + 26) / 1440],
    // The date and time as written: the zone is not converted (the deal closed on its own clock's day).
    ["2016-10-20T23:30:00-05:00", OCT_20 + (23 * 60 + 30) / 1440],
    ["2016-10-20T22:07:23.000Z", OCT_20 + (22 * 3600 + 7 * 60 + 23) / 86400],
    ["2016/10/20", OCT_20],
    ["20 Oct 2016", OCT_20],
    ["20-Oct-16", OCT_20],
    ["Oct 20, 2016", OCT_20],
    ["October 20 2016", OCT_20],
    ["Sept 3, 2016", OCT_20 - 47],
  ])("reads %s on its own", (text, serial) => {
    const date = parseTextDate(text);
    expect(date && "serial" in date ? date.serial : undefined).toBeCloseTo(serial, 9);
  });

  it.each([
    // text, month-first, day-first
    ["10/20/2016", OCT_20, undefined],
    ["20.10.2016", undefined, OCT_20],
    [
      "12/1/2010 8:26",
      (isoToSerial("2010-12-01") as number) + 506 / 1440,
      (isoToSerial("2010-01-12") as number) + 506 / 1440,
    ],
    [
      "12/1/2010 8:26 PM",
      (isoToSerial("2010-12-01") as number) + 1226 / 1440,
      (isoToSerial("2010-01-12") as number) + 1226 / 1440,
    ],
    // Two-digit years as Excel reads them: 00–29 are 2000s.
    ["1/2/16", isoToSerial("2016-01-02"), isoToSerial("2016-02-01")],
    ["1/2/45", isoToSerial("1945-01-02"), isoToSerial("1945-02-01")],
  ])("leaves the order of %s to its column", (text, mdy, dmy) => {
    const date = parseTextDate(text);
    expect(date && "numeric" in date).toBe(true);
    if (!date || !("numeric" in date)) return;
    expect(numericSerial(date.numeric, "MDY")).toBe(mdy);
    expect(numericSerial(date.numeric, "DMY")).toBe(dmy);
  });

  it.each(["2016-02-30", "Marchmont 3 2016", "13/13/2016 25:00", "1/2/345", "today", "42663", "10/20/2016 8:61"])(
    "refuses %j",
    (text) => {
      const date = parseTextDate(text);
      const valid =
        date &&
        ("serial" in date ||
          [numericSerial(date.numeric, "MDY"), numericSerial(date.numeric, "DMY")].some((s) => s !== undefined));
      expect(valid).toBeFalsy();
    },
  );
});
