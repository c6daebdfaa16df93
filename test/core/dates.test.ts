import { describe, expect, it } from "vitest";
import {
  convertSerial,
  dateToSerial,
  isoToSerial,
  parseIsoDate,
  serialToDate,
  serialToIso,
} from "../../shared/excel/dates.js";

// Values checked in Excel: =DATE(1900,1,1) is 1, serial 60 is the phantom 1900-02-29, =DATE(1900,3,1) is 61,
// =DATE(2026,1,1) is 46023; in the 1904 system 0 is 1904-01-01 and serials are 1462 smaller.
describe("Excel serial dates", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [46023, "2026-01-01"],
    [2958465, "9999-12-31"],
  ])("1900 system: serial %d is %s", (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso)).toBe(serial);
  });

  it("1904 system: serial 0 is 1904-01-01 and the systems differ by 1462 days", () => {
    expect(serialToDate(0, 1904).toISOString().slice(0, 10)).toBe("1904-01-01");
    expect(convertSerial(44561, 1904, 1900)).toBe(44561 + 1462);
    expect(dateToSerial(new Date(Date.UTC(2026, 0, 1)), 1904)).toBe(46023 - 1462);
  });

  it("keeps the time of day as a fraction", () => {
    expect(dateToSerial(new Date(Date.UTC(2026, 0, 1, 12)))).toBe(46023.5);
  });

  it.each(["2026-02-30", "2026-13-01", "31/12/2026", "2026-1-1", "", "tomorrow"])(
    "rejects %j as an ISO date",
    (text) => {
      expect(parseIsoDate(text)).toBeUndefined();
    },
  );

  it("accepts ISO dates with a time", () => {
    expect(parseIsoDate("2026-06-30T12:00:00Z")?.toISOString()).toBe("2026-06-30T12:00:00.000Z");
  });
});
