import { describe, expect, it } from "vitest";
import {
  expectedSpend,
  fitGammaGamma,
  type GammaGammaParams,
  gammaGammaGradient,
  gammaGammaLogLikelihood,
  populationMeanSpend,
} from "../../shared/clv/gammagamma.js";
import { gammaVariate, seededRandom } from "../support/clv-simulate.js";
import { standardErrors } from "./support.js";

/** Fader & Hardie note 025's CDNOW estimates. */
const NOTE_025: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };

/** Customers' repeat-transaction averages drawn from the Gamma-Gamma story with x between 1 and 8. */
function simulate(params: GammaGammaParams, n: number, seed: number) {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => {
    const x = 1 + Math.floor(random() * 8);
    const nu = gammaVariate(random, params.q) / params.gamma;
    let total = 0;
    for (let k = 0; k < x; k++) total += gammaVariate(random, params.p) / nu;
    return { x, monetary: total / x };
  });
}

describe("Gamma-Gamma closed forms (note 025 eq. 1a, 4, 5; values from mpmath at 30 digits)", () => {
  it("gives the population mean pγ/(q−1) to one-time buyers and shrinks others' averages towards it", () => {
    expect(populationMeanSpend(NOTE_025)).toBeCloseTo(35.21897810218978, 12);
    expect(expectedSpend(NOTE_025, { x: 0, monetary: 0 })).toBeCloseTo(35.21897810218978, 12);
    expect(expectedSpend(NOTE_025, { x: 2, monetary: 30 })).toBeCloseTo(30.938320209973753, 12);
    // Many purchases: the customer's own average dominates.
    expect(expectedSpend(NOTE_025, { x: 10_000, monetary: 30 })).toBeCloseTo(30, 2);
  });

  it.each([
    [2, 30, -3.8470479256227246],
    [1, 14.96, -3.586094885165615],
    [9, 42.5, -4.442135005249053],
  ])("log-likelihood of x = %d, m̄ = %f is %f", (x, monetary, want) => {
    expect(gammaGammaLogLikelihood(NOTE_025, [{ x, monetary }])).toBeCloseTo(want, 10);
  });

  it("has an analytic gradient that matches central differences of the log-likelihood", () => {
    const data = [
      { x: 2, monetary: 30 },
      { x: 1, monetary: 14.96 },
      { x: 40, monetary: 12 },
    ];
    const gradient = gammaGammaGradient(NOTE_025, data);
    (["p", "q", "gamma"] as const).forEach((name, i) => {
      const h = 1e-6;
      const up = gammaGammaLogLikelihood({ ...NOTE_025, [name]: NOTE_025[name] + h }, data);
      const down = gammaGammaLogLikelihood({ ...NOTE_025, [name]: NOTE_025[name] - h }, data);
      expect(gradient[i]).toBeCloseTo((up - down) / (2 * h), 5);
    });
  });

  it("ignores customers without repeat purchases (they carry no spend information)", () => {
    const one = gammaGammaLogLikelihood(NOTE_025, [{ x: 2, monetary: 30 }]);
    expect(
      gammaGammaLogLikelihood(NOTE_025, [
        { x: 2, monetary: 30 },
        { x: 0, monetary: 0 },
      ]),
    ).toBe(one);
  });
});

describe("fitGammaGamma(summaries)", () => {
  it("recovers p, q, γ from 5,000 simulated customers within four standard errors", () => {
    const data = simulate(NOTE_025, 5000, 25);
    const fit = fitGammaGamma(data);
    expect(fit.converged).toBe(true);
    const names = ["p", "q", "gamma"] as const;
    const estimate = names.map((n) => Math.log(fit.params[n]));
    const se = standardErrors(
      (v) =>
        -gammaGammaLogLikelihood(
          { p: Math.exp(v[0] as number), q: Math.exp(v[1] as number), gamma: Math.exp(v[2] as number) },
          data,
        ),
      estimate,
    );
    names.forEach((n, i) => {
      const z = (estimate[i]! - Math.log(NOTE_025[n])) / se[i]!;
      expect(Math.abs(z), `${n}: estimate ${fit.params[n]}, true ${NOTE_025[n]}`).toBeLessThan(4);
    });
  });

  it("does not rescale: amounts in cents give the same p and q and 100× γ", () => {
    const data = simulate(NOTE_025, 500, 3);
    const dollars = fitGammaGamma(data);
    const cents = fitGammaGamma(data.map((s) => ({ ...s, monetary: s.monetary * 100 })));
    expect(cents.params.p).toBeCloseTo(dollars.params.p, 3);
    expect(cents.params.q).toBeCloseTo(dollars.params.q, 3);
    expect(cents.params.gamma / dollars.params.gamma).toBeCloseTo(100, 2);
  });

  it("flags parameters the spend data cannot identify (every purchase the same amount)", () => {
    const fit = fitGammaGamma(Array.from({ length: 100 }, (_, i) => ({ x: 1 + (i % 5), monetary: 20 })));
    expect(fit.converged).toBe(false);
    expect(fit.message).toMatch(/^Gamma-Gamma did not converge: p = \S+ runs to the edge/);
    expect(fit.failure).toEqual({ kind: "edge", param: "p", value: fit.params.p });
  });

  it("refuses a mean spend that the data say is infinite (q ≤ 1)", () => {
    const fit = fitGammaGamma(simulate({ p: 2, q: 0.5, gamma: 10 }, 3000, 11));
    expect(fit.converged).toBe(false);
    expect(fit.message).toMatch(/^Gamma-Gamma: q must exceed 1 for a finite mean spend, got q = 0\.\d+/);
    expect(fit.failure).toEqual({ kind: "heavyTail", value: fit.params.q });
  });
});
