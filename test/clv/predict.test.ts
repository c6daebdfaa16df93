import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectedPurchases } from "../../shared/clv/bgnbd.js";
import { type ClvFit, fitClv } from "../../shared/clv/fit.js";
import { expectedSpend } from "../../shared/clv/gammagamma.js";
import { clvOverview, predictClv, yearIn } from "../../shared/clv/predict.js";
import { isoToSerial } from "../../shared/excel/dates.js";
import { simulateTransactions } from "../support/clv-simulate.js";

const START = isoToSerial("2025-01-01") as number;
const rows = simulateTransactions({
  seed: 42,
  customers: 600,
  bg: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  gg: { p: 6.25, q: 3.74, gamma: 15.44 },
  startSerial: START,
  firstPurchaseDays: 84,
  days: 273,
  unitDays: 7,
});
const fitted = fitClv(rows, { timeUnit: "weeks" });
if ("error" in fitted) throw new Error(fitted.message);
const fit: ClvFit = fitted;

const predict = (options: Parameters<typeof predictClv>[1]) => {
  const out = predictClv(fit, options);
  if ("error" in out) throw new Error(out.message);
  return out;
};

describe("predictClv(fit, options)", () => {
  it("without discounting is expected purchases × expected spend over the horizon", () => {
    const out = predict({ horizon: 26, discountRate: 0 });
    expect(out).toHaveLength(fit.customers);
    out.forEach((p, i) => {
      const s = fit.summaries[i]!;
      expect(p.customer).toBe(s.customer);
      expect(p.expectedPurchases).toBeCloseTo(expectedPurchases(fit.bgnbd.params, s, 26), 12);
      expect(p.expectedSpend).toBeCloseTo(expectedSpend(fit.gammaGamma.params, s), 12);
      expect(p.clv).toBeCloseTo(p.expectedPurchases * p.expectedSpend, 9);
    });
  });

  it("discounts a one-month horizon once, at the month's end: value / (1 + d)^(1/12)", () => {
    const month = yearIn("weeks") / 12;
    const plain = predict({ horizon: month, discountRate: 0 });
    const discounted = predict({ horizon: month, discountRate: 0.1 });
    for (const [i, p] of discounted.entries()) expect(p.clv).toBeCloseTo(plain[i]!.clv / 1.1 ** (1 / 12), 10);
  });

  it("defaults to one year at 10% a year", () => {
    expect(predict({})).toEqual(predict({ horizon: yearIn("weeks"), discountRate: 0.1 }));
  });

  it("gives less value at a higher discount rate and more over a longer horizon", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (horizon, rate) => {
          const base = predict({ horizon, discountRate: rate }).slice(0, 20);
          const dearer = predict({ horizon, discountRate: rate + 0.1 }).slice(0, 20);
          const longer = predict({ horizon: horizon + 10, discountRate: rate }).slice(0, 20);
          base.forEach((p, i) => {
            expect(dearer[i]!.clv).toBeLessThanOrEqual(p.clv);
            expect(longer[i]!.clv).toBeGreaterThanOrEqual(p.clv);
            expect(p.pAlive).toBeGreaterThan(0);
            expect(p.pAlive).toBeLessThanOrEqual(1);
          });
        },
      ),
      { numRuns: 25, seed: 3 },
    );
  });

  it("refuses a fit that did not converge, with its reason, and checks its options", () => {
    const failed = {
      ...fit,
      converged: false,
      message: "BG/NBD did not converge: no convergence within 20000 evaluations",
    };
    expect(predictClv(failed)).toMatchInlineSnapshot(`
      {
        "error": "#VALUE!",
        "message": "cannot predict CLV: BG/NBD did not converge: no convergence within 20000 evaluations",
      }
    `);
    expect(predictClv(fit, { horizon: 0 })).toEqual({
      error: "#VALUE!",
      message: "horizon must be more than 0, got 0",
    });
    expect(predictClv(fit, { discountRate: -1 })).toEqual({
      error: "#VALUE!",
      message: "discount_rate must be more than -1, got -1",
    });
  });
});

describe("clvOverview(predictions)", () => {
  it("totals value, ranks the top customers and bins P(alive)", () => {
    const predictions = predict({});
    const overview = clvOverview(predictions, { top: 5, bins: 4 });
    const total = predictions.reduce((s, p) => s + p.clv, 0);
    expect(overview.customers).toBe(predictions.length);
    expect(overview.totalClv).toBeCloseTo(total, 6);
    expect(overview.top).toHaveLength(5);
    const sorted = [...predictions].map((p) => p.clv).sort((a, b) => b - a);
    expect(overview.top.map((p) => p.clv)).toEqual(sorted.slice(0, 5));
    expect(overview.pAliveHistogram.map((b) => [b.from, b.to])).toEqual([
      [0, 0.25],
      [0.25, 0.5],
      [0.5, 0.75],
      [0.75, 1],
    ]);
    expect(overview.pAliveHistogram.reduce((s, b) => s + b.count, 0)).toBe(predictions.length);
    // One-time buyers have P(alive) = 1 and land in the last bin.
    expect(overview.pAliveHistogram[3]!.count).toBeGreaterThanOrEqual(fit.customers - fit.repeatCustomers);
  });
});
