import { describe, expect, it } from "vitest";
import { CLV_PREDICT_HEADER } from "../../shared/clv/clvfit.js";
import { isoToSerial } from "../../shared/excel/dates.js";
import type { CellValue, Matrix } from "../../shared/excel/values.js";
import { excel } from "../../shared/functions.js";
import { simulateTransactions } from "../support/clv-simulate.js";

const START = isoToSerial("2025-01-01") as number;
const rows = simulateTransactions({
  seed: 9,
  customers: 300,
  bg: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  gg: { p: 6.25, q: 3.74, gamma: 15.44 },
  startSerial: START,
  firstPurchaseDays: 84,
  days: 273,
  unitDays: 7,
});
const customers: Matrix = rows.map((r) => [r.customer]);
const dates: Matrix = rows.map((r) => [r.date]);
const amounts: Matrix = rows.map((r) => [r.amount]);

/** The columns with one cell replaced (row is 0-based). */
function withCell(range: Matrix, row: number, value: CellValue): Matrix {
  return range.map((r, i) => (i === row ? [value] : r));
}

describe("=GOALS.CLVFIT(customers, dates, amounts, [time_unit], [as_of])", () => {
  it("spills labelled parameters, log-likelihoods, counts and the convergence verdict", () => {
    const out = excel.CLVFIT(customers, dates, amounts) as Matrix;
    expect(out.map((row) => row[0])).toEqual([
      "r",
      "alpha",
      "a",
      "b",
      "p",
      "q",
      "gamma",
      "BG/NBD log-likelihood",
      "Gamma-Gamma log-likelihood",
      "customers",
      "repeat customers",
      "time unit",
      "as of",
      "converged",
      "message",
    ]);
    const value = Object.fromEntries(out.map(([label, v]) => [label, v]));
    expect(value.customers).toBe(300);
    expect(value["time unit"]).toBe("weeks");
    expect(value.converged).toBe(true);
    expect(value.message).toBe("converged");
    for (const name of ["r", "alpha", "a", "b", "p", "q", "gamma"]) expect(value[name]).toBeGreaterThan(0);
  });

  it("measures α in the chosen unit: days give 7× the weekly α and the same r, a, b", () => {
    const weeks = Object.fromEntries(
      (excel.CLVFIT(customers, dates, amounts, "weeks") as Matrix).map(([k, v]) => [k, v]),
    );
    const days = Object.fromEntries(
      (excel.CLVFIT(customers, dates, amounts, "Days") as Matrix).map(([k, v]) => [k, v]),
    );
    expect((days.alpha as number) / (weeks.alpha as number)).toBeCloseTo(7, 3);
    for (const name of ["r", "a", "b"]) expect(days[name] as number).toBeCloseTo(weeks[name] as number, 3);
  });

  it("skips rows blank in all three columns and accepts ISO date text", () => {
    const padded = (range: Matrix, extra: CellValue[]) => [...range, ...extra.map((v) => [v])];
    const base = excel.CLVFIT(customers, dates, amounts) as Matrix;
    const withBlanks = excel.CLVFIT(
      padded(customers, [null, ""]),
      padded(dates, [null, ""]),
      padded(amounts, [null, null]),
    );
    expect(withBlanks).toEqual(base);
    const iso = excel.CLVFIT(customers, withCell(dates, 0, "2025-01-01"), amounts) as Matrix;
    expect(iso[9]).toEqual(["customers", 300]);
  });

  // One row per rule: the message names the rule, the value received and the place.
  it.each([
    [
      "a size mismatch",
      customers,
      dates.slice(1),
      amounts,
      `dates must be the same size as customers: customers is ${rows.length}×1, dates is ${rows.length - 1}×1`,
    ],
    [
      "a blank customer",
      withCell(customers, 4, null),
      dates,
      amounts,
      "customers row 5 must name a customer, got blank",
    ],
    [
      "an unparseable date",
      customers,
      withCell(dates, 2, "last Tuesday"),
      amounts,
      'dates row 3 must be a date (an Excel date or ISO text such as 2026-06-30), got "last Tuesday"',
    ],
    [
      "a negative amount",
      customers,
      dates,
      withCell(amounts, 6, -12.5),
      "amounts row 7 must not be negative, got -12.5",
    ],
    [
      "a non-numeric amount",
      customers,
      dates,
      withCell(amounts, 1, "n/a"),
      'amounts row 2 must be a number, got "n/a"',
    ],
    [
      "a repeat customer whose repeat purchases are all free",
      customers,
      dates,
      amounts.map((a, i) => (i === 1 || i === 2 ? [0] : a)),
      'customer "C1": repeat purchases must average more than 0 for the spend model, got 0',
    ],
    [
      "too few repeat customers",
      customers.slice(0, 12),
      dates.slice(0, 12),
      amounts.slice(0, 12),
      "CLV needs at least 10 customers with a repeat purchase (on a later day) to fit, got 4 of 6 customers",
    ],
  ])("returns #VALUE! for %s", (_, c, d, a, message) => {
    expect(excel.CLVFIT(c, d, a)).toEqual({ error: "#VALUE!", message });
  });

  it("returns #VALUE! for a purchase after as_of (a future date) and for an unknown time unit", () => {
    expect(excel.CLVFIT(customers, dates, amounts, "weeks", "2025-06-30")).toMatchInlineSnapshot(`
      {
        "error": "#VALUE!",
        "message": "dates row 3 must be on or before as_of (2025-06-30), got 2025-07-08",
      }
    `);
    expect(excel.CLVFIT(customers, dates, amounts, "fortnights")).toEqual({
      error: "#VALUE!",
      message: 'time_unit must be one of "days", "weeks", "months"; got "fortnights"',
    });
  });

  it("passes an error cell through, as Excel's own functions do", () => {
    expect(excel.CLVFIT(customers, withCell(dates, 3, { error: "#N/A", message: "lookup failed" }), amounts)).toEqual({
      error: "#N/A",
      message: "lookup failed",
    });
  });

  it("shows a fit that did not converge with converged FALSE and the reason", () => {
    // Ten customers who each buy every week and never stop: the dropout parameters are not identified.
    const c: Matrix = [];
    const d: Matrix = [];
    const a: Matrix = [];
    for (let i = 0; i < 10; i++) {
      for (let w = 0; w < 20; w++) {
        c.push([`K${i}`]);
        d.push([START + 7 * w]);
        a.push([10]);
      }
    }
    const out = Object.fromEntries((excel.CLVFIT(c, d, a) as Matrix).map(([k, v]) => [k, v]));
    expect(out.converged).toBe(false);
    expect(out.message).toMatch(/did not converge/);
    expect(excel.CLVPREDICT(c, d, a)).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/^cannot predict CLV: /),
    });
  });
});

describe("=GOALS.CLVPREDICT(customers, dates, amounts, [horizon], [discount_rate], [time_unit], [as_of])", () => {
  it("spills a header, then one row per customer in order of first purchase", () => {
    const out = excel.CLVPREDICT(customers, dates, amounts, 52, 0.1) as Matrix;
    expect(out[0]).toEqual(CLV_PREDICT_HEADER);
    expect(out).toHaveLength(301);
    expect(out.slice(1, 4).map((row) => row[0])).toEqual(["C1", "C2", "C3"]);
    for (const [, pAlive, purchases, spend, clv] of out.slice(1) as number[][]) {
      expect(pAlive).toBeGreaterThan(0);
      expect(pAlive).toBeLessThanOrEqual(1);
      expect(purchases).toBeGreaterThanOrEqual(0);
      expect(spend).toBeGreaterThan(0);
      expect(clv).toBeLessThanOrEqual(purchases! * spend! + 1e-9);
    }
  });

  it("keeps numeric customer ids as numbers", () => {
    const numeric = customers.map(([id]) => [Number(String(id).slice(1))]);
    const out = excel.CLVPREDICT(numeric, dates, amounts) as Matrix;
    expect(out[1]?.[0]).toBe(1);
  });

  it("checks horizon and discount rate", () => {
    expect(excel.CLVPREDICT(customers, dates, amounts, -4)).toEqual({
      error: "#VALUE!",
      message: "horizon must be more than 0, got -4",
    });
    expect(excel.CLVPREDICT(customers, dates, amounts, 52, -0.2)).toEqual({
      error: "#VALUE!",
      message: "discount_rate must be at least 0, got -0.2",
    });
  });
});
