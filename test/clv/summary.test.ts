import { describe, expect, it } from "vitest";
import { summarise } from "../../shared/clv/summary.js";
import { isoToSerial } from "../../shared/excel/dates.js";

const day = (iso: string) => isoToSerial(iso) as number;

describe("summarise(transactions, options)", () => {
  const rows = [
    { customer: "A", date: day("2026-01-01"), amount: 10 },
    { customer: "B", date: day("2026-01-10"), amount: 99 },
    { customer: "A", date: day("2026-01-08"), amount: 20 },
    { customer: "A", date: day("2026-01-08") + 0.5, amount: 5 }, // same day, later hour: one transaction
    { customer: "A", date: day("2026-01-22"), amount: 40 },
  ];

  it("counts repeat purchase days, recency and age from the first purchase, in the chosen unit", () => {
    const out = summarise(rows, { timeUnit: "weeks", asOf: day("2026-01-29") });
    expect(out).toEqual([
      // x = 2 repeat days (Jan 8, Jan 22); t_x = 21 days = 3 weeks; T = 28 days = 4 weeks; m̄ = (25 + 40) / 2.
      { customer: "A", x: 2, tx: 3, T: 4, monetary: 32.5, firstDate: day("2026-01-01"), lastDate: day("2026-01-22") },
      { customer: "B", x: 0, tx: 0, T: 19 / 7, monetary: 0, firstDate: day("2026-01-10"), lastDate: day("2026-01-10") },
    ]);
  });

  it("measures months as average months (365.25 / 12 days) and ends at the latest purchase by default", () => {
    const out = summarise(rows, { timeUnit: "months" });
    if ("error" in out) throw new Error(out.message);
    expect(out[0]?.T).toBeCloseTo(21 / 30.4375, 12);
    expect(summarise(rows, { timeUnit: "days" })).toMatchObject([
      { x: 2, tx: 21, T: 21 },
      { x: 0, T: 12 },
    ]);
  });

  it("matches Fader & Hardie's CDNOW summary for customer 1: first purchase 1997-01-01, T = 38.86 weeks", () => {
    const out = summarise([{ customer: 1, date: day("1997-01-01"), amount: 29.33 }], {
      timeUnit: "weeks",
      asOf: day("1997-09-30"),
    });
    if ("error" in out) throw new Error(out.message);
    expect(out[0]?.T.toFixed(2)).toBe("38.86");
    expect(out[0]?.customer).toBe(1);
  });

  it("rejects purchases after the as-of date, or leaves them out when asked", () => {
    expect(summarise(rows, { timeUnit: "weeks", asOf: day("2026-01-15") })).toMatchInlineSnapshot(`
      {
        "error": "#VALUE!",
        "message": "transaction 5 must be on or before the as-of date 2026-01-15, got 2026-01-22",
      }
    `);
    expect(summarise(rows, { timeUnit: "weeks", asOf: day("2026-01-15"), later: "ignore" })).toMatchObject([
      { customer: "A", x: 1, tx: 1, T: 2 },
      { customer: "B", x: 0 },
    ]);
  });
});
