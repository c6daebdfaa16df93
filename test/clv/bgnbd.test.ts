import { describe, expect, it } from "vitest";
import {
  type BgnbdParams,
  bgnbdGradient,
  bgnbdLogLikelihood,
  expectedPurchases,
  expectedPurchasesNew,
  fitBgnbd,
  probabilityAlive,
} from "../../shared/clv/bgnbd.js";
import { seededRandom, simulateCustomer } from "../support/clv-simulate.js";
import { standardErrors } from "./support.js";

/** The published CDNOW estimates (Fader, Hardie & Lee 2005; docs/domain.md), in weeks. */
const CDNOW: BgnbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const SPEND = { p: 6.25, q: 3.74, gamma: 15.44 };

describe("BG/NBD closed forms at the CDNOW estimates", () => {
  // Reference values computed with mpmath at 30 digits from FHL 2005 eq. 6 (likelihood), eq. 9 and 10
  // (expectations) and note 021 (P(alive)). Row 2 is the paper's worked example: a customer with x = 2,
  // t_x = 30.43, T = 38.86 is expected to make 1.226 purchases in the next 39 weeks.
  it.each([
    [0, 0, 38.86, -0.5547132764381585, 1, 0.19509805201126265, 0.2520730222824589],
    [2, 30.43, 38.86, -9.45860630706627, 0.726578570080673, 1.2260281747671444, 1.558720806432088],
    [1, 1.71, 38.86, -4.469093275032589, 0.2121009853773791, 0.20318698707975405, 0.25982346486862246],
    [29, 37.5, 38.5, -44.19295498706928, 0.9506276490678579, 19.487840308540687, 24.36492002454383],
    [7, 35, 37, -21.862252027310866, 0.8812939437763566, 4.749389368135219, 5.966436643896109],
  ])("x = %d, t_x = %f, T = %f: LL %f, P(alive) %f, E[Y(39)] %f, E[Y(52)] %f", (x, tx, T, ll, alive, ey39, ey52) => {
    const s = { x, tx, T };
    expect(bgnbdLogLikelihood(CDNOW, [s])).toBeCloseTo(ll, 10);
    expect(probabilityAlive(CDNOW, s)).toBeCloseTo(alive, 12);
    expect(expectedPurchases(CDNOW, s, 39)).toBeCloseTo(ey39, 10);
    expect(expectedPurchases(CDNOW, s, 52)).toBeCloseTo(ey52, 10);
  });

  it("has an analytic gradient that matches central differences of the log-likelihood", () => {
    const data = [
      { x: 0, tx: 0, T: 38.86 },
      { x: 2, tx: 30.43, T: 38.86 },
      { x: 45, tx: 37.5, T: 38.5 },
      { x: 7, tx: 35, T: 37 },
    ];
    const gradient = bgnbdGradient(CDNOW, data);
    (["r", "alpha", "a", "b"] as const).forEach((name, i) => {
      const h = 1e-6;
      const up = bgnbdLogLikelihood({ ...CDNOW, [name]: CDNOW[name] + h }, data);
      const down = bgnbdLogLikelihood({ ...CDNOW, [name]: CDNOW[name] - h }, data);
      expect(gradient[i]).toBeCloseTo((up - down) / (2 * h), 5);
    });
  });

  it.each([
    [1, 0.05326789117165828],
    [39, 1.196723193320817],
    [78, 1.8605190579427684],
    [520, 4.9746178618496595],
  ])("E[X(%d)] for a new customer = %f (eq. 9)", (t, want) => {
    expect(expectedPurchasesNew(CDNOW, t)).toBeCloseTo(want, 10);
  });

  // Heavy buyers over long horizons: eq. 10 as printed multiplies an underflowing power by an overflowing ₂F₁
  // (NaN from x ≈ 400). Values from mpmath at 40 digits, t_x = 38, T = 39.
  it.each([
    [50, 520, 165.18875258593474],
    [200, 520, 479.826608315765],
    [400, 520, 58.48781373106656],
    [1000, 52, 8.142000775323725e-5],
    [1000, 5200, 0.0007813643252137995],
    [5, 100_000, 111.04243158055556],
  ])("stays finite and exact for x = %d over t = %d: E[Y] = %f", (x, t, want) => {
    expect(Math.abs(expectedPurchases(CDNOW, { x, tx: 38, T: 39 }, t) / want - 1)).toBeLessThan(1e-11);
  });

  it("agrees with itself: a customer with no history and age 0 is a new customer", () => {
    for (const t of [1, 10, 39, 200]) {
      expect(expectedPurchases(CDNOW, { x: 0, tx: 0, T: 0 }, t)).toBeCloseTo(expectedPurchasesNew(CDNOW, t), 12);
    }
  });

  it("starts at the population's mean purchase rate r/α (the limit of E[X(t)]/t as t → 0)", () => {
    expect(expectedPurchasesNew(CDNOW, 1e-6) / 1e-6).toBeCloseTo(CDNOW.r / CDNOW.alpha, 6);
  });

  it("keeps P(alive) in (0, 1], rising with recency and falling with age; expectations grow with t", () => {
    for (let x = 1; x <= 20; x += 3) {
      let previous = 0;
      for (let tx = 0; tx <= 30; tx += 5) {
        const p = probabilityAlive(CDNOW, { x, tx, T: 30 });
        expect(p).toBeGreaterThan(previous);
        expect(p).toBeLessThanOrEqual(1);
        previous = p;
      }
      expect(probabilityAlive(CDNOW, { x, tx: 10, T: 40 })).toBeLessThan(probabilityAlive(CDNOW, { x, tx: 10, T: 20 }));
      const s = { x, tx: 20, T: 30 };
      expect(expectedPurchases(CDNOW, s, 52)).toBeGreaterThan(expectedPurchases(CDNOW, s, 26));
    }
  });
});

describe("fitBgnbd(summaries) on simulated customers", () => {
  const random = seededRandom(20050101);
  const customers = Array.from({ length: 10_000 }, () =>
    simulateCustomer(random, CDNOW, SPEND, 27 + 12 * random(), 39),
  );
  const fit = fitBgnbd(customers);

  it("recovers r, α, a, b within four standard errors of the observed information", () => {
    expect(fit.converged).toBe(true);
    const names = ["r", "alpha", "a", "b"] as const;
    const estimate = names.map((n) => Math.log(fit.params[n]));
    const se = standardErrors(
      (v) =>
        -bgnbdLogLikelihood(
          {
            r: Math.exp(v[0] as number),
            alpha: Math.exp(v[1] as number),
            a: Math.exp(v[2] as number),
            b: Math.exp(v[3] as number),
          },
          customers,
        ),
      estimate,
    );
    names.forEach((n, i) => {
      const z = (estimate[i]! - Math.log(CDNOW[n])) / se[i]!;
      expect(Math.abs(z), `${n}: estimate ${fit.params[n]}, true ${CDNOW[n]}, se(log) ${se[i]}`).toBeLessThan(4);
    });
  });

  it("predicts the holdout purchases and the share still alive within sampling error", () => {
    const predicted = customers.map((c) => expectedPurchases(CDNOW, c, 39));
    const actual = customers.map((c) => c.holdout);
    const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
    const sd = Math.sqrt(mean(actual.map((y, i) => (y - predicted[i]!) ** 2)));
    expect(Math.abs(mean(predicted) - mean(actual))).toBeLessThan((4 * sd) / Math.sqrt(customers.length));
    const alive = customers.map((c) => (c.alive ? 1 : 0));
    const pAlive = customers.map((c) => probabilityAlive(CDNOW, c));
    expect(Math.abs(mean(pAlive) - mean(alive))).toBeLessThan(4 * Math.sqrt(0.25 / customers.length));
  });

  it("flags dropout parameters pushed to a boundary when nobody ever drops out (BFGS alone would call it converged)", () => {
    const r = seededRandom(3);
    const loyal = Array.from({ length: 2000 }, () =>
      simulateCustomer(r, { r: 2, alpha: 10, a: 1e-9, b: 1e3 }, SPEND, 20 + 20 * r()),
    );
    const result = fitBgnbd(loyal);
    expect(result.converged).toBe(false);
    expect(result.message).toMatch(/^BG\/NBD did not converge: a = \S+ runs to the edge \(the data do not identify it/);
    // The same reason as data, for words in the reader's language (the report's note.clvFit.edge).
    expect(result.failure).toEqual({ kind: "edge", param: "a", value: result.params.a });
  });

  it("flags a fit the data cannot identify instead of returning it silently", () => {
    // Nobody ever drops out and everyone buys at the same pace: b runs off to infinity.
    const steady = Array.from({ length: 50 }, (_, i) => ({ x: 10, tx: 39 - (i % 3) * 0.1, T: 39 }));
    const result = fitBgnbd(steady);
    expect(result.converged).toBe(false);
    expect(result.message).toMatch(/^BG\/NBD did not converge: /);
  });
});
