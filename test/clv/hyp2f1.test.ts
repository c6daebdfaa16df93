import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digamma, gammaSign, lnGamma } from "../../shared/clv/gamma.js";
import { hyp2f1 } from "../../shared/clv/hyp2f1.js";

const relative = (got: number, want: number): number => Math.abs(got - want) / Math.max(Math.abs(want), 1e-300);

describe("hyp2f1(a, b, c, z)", () => {
  // Reference values: mpmath.hyp2f1 at 30 significant digits. The rows cover each branch: the power series
  // (z ≤ 0.75), the 1 − z connection (z > 0.75), near-integer c − a − b near z = 1 (series fallback), Pfaff
  // for z < 0, negative c, a terminating polynomial, z = 1 (Gauss), and BG/NBD-shaped arguments
  // (r + x, b + x, a + b + x − 1 at the CDNOW estimates).
  it.each([
    [1, 1, 2, 0.5, 1.3862943611198906],
    [1, 1, 2, 0.99, 4.6516870565536275],
    [0.5, 0.5, 1, 0.5, 1.1803405990160962],
    [0.5, 0.5, 1, 0.99, 2.3527158167797424],
    [2.243, 4.426, 4.219, 0.9, 248.8689022062316],
    [0.243, 2.426, 2.219, 0.95, 2.4461866770309917],
    [0.243, 2.426, 2.219, 0.3, 1.100518533085473],
    [5.243, 7.426, 7.219, 0.55, 74.97958092103052],
    [10.243, 12.426, 12.219, 0.8, 19563730.742699437],
    [3.3, 1.7, 0.2, 0.97, 660420827.5621889],
    [0.2, 0.3, 0.4, -5, 0.7578623530762378],
    [1.5, 2.5, 4.7, 0.999999, 7.496689787022493],
    [-3, 2.5, 1.5, 0.7, -0.099],
    [1.2, 0.8, -0.3, 0.4, -3.991183703069683],
    [0.7, 1.3, 2.5, 1, 2.7552433701209678],
  ])("2F1(%f, %f; %f; %f) = %f", (a, b, c, z, want) => {
    expect(relative(hyp2f1(a, b, c, z), want)).toBeLessThan(1e-12);
  });

  // Elementary closed forms (DLMF 15.4.1, 15.4.6, 15.4.2, 15.4.3).
  it.each([0.1, 0.5, 0.9, 0.999])("matches the elementary closed forms at z = %f", (z) => {
    expect(relative(hyp2f1(1, 1, 2, z), -Math.log(1 - z) / z)).toBeLessThan(1e-13);
    expect(relative(hyp2f1(2.7, 1.3, 1.3, z), (1 - z) ** -2.7)).toBeLessThan(1e-13);
    const s = Math.sqrt(z);
    expect(relative(hyp2f1(0.5, 0.5, 1.5, z), Math.asin(s) / s)).toBeLessThan(1e-13);
    expect(relative(hyp2f1(0.5, 1, 1.5, z), Math.atanh(s) / s)).toBeLessThan(1e-13);
  });

  it("is 1 at z = 0 and NaN or infinite outside its domain", () => {
    expect(hyp2f1(3, 4, 5, 0)).toBe(1);
    expect(hyp2f1(1, 1, 2, 1.5)).toBeNaN();
    expect(hyp2f1(1, 1, -2, 0.5)).toBeNaN();
    expect(hyp2f1(1, 1, 2, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(hyp2f1(Number.NaN, 1, 2, 0.5)).toBeNaN();
  });

  it("satisfies Euler's transformation F(a,b;c;z) = (1−z)^(c−a−b) F(c−a,c−b;c;z) (DLMF 15.8.1)", () => {
    const param = fc.double({ min: 0.05, max: 12, noNaN: true });
    fc.assert(
      fc.property(param, param, param, fc.double({ min: 0, max: 0.98, noNaN: true }), (a, b, c, z) => {
        const left = hyp2f1(a, b, c, z);
        const right = (1 - z) ** (c - a - b) * hyp2f1(c - a, c - b, c, z);
        expect(relative(left, right)).toBeLessThan(1e-9);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe("lnGamma(x)", () => {
  // Reference values: mpmath.loggamma (log|Γ| for negative x) at 30 digits.
  it.each([
    [0.243, 1.3180435846996699],
    [0.5, 0.5723649429247001],
    [1, 0],
    [1.5, -0.12078223763524522],
    [2.426, 0.23400811688731613],
    [10.5, 13.940625219403763],
    [100.7, 362.3567752034306],
    [-0.5, 1.2655121234846454],
    [-2.3, 0.36956666345500744],
  ])("lnGamma(%f) = %f", (x, want) => {
    expect(Math.abs(lnGamma(x) - want)).toBeLessThan(1e-12 * Math.max(1, Math.abs(want)));
  });

  it("knows the sign of Γ and its poles", () => {
    expect([gammaSign(2.5), gammaSign(-0.5), gammaSign(-1.5), gammaSign(-2)]).toEqual([1, -1, 1, 0]);
    expect(lnGamma(0)).toBe(Number.POSITIVE_INFINITY);
    expect(lnGamma(-3)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("digamma(x)", () => {
  // Reference values: mpmath.digamma at 30 digits (ψ(1) = −γ, Euler's constant).
  it.each([
    [0.243, -4.351093864423211],
    [0.5, -1.9635100260214235],
    [1, -0.5772156649015329],
    [2.426, 0.6662079149687963],
    [7.5, 1.946757484246087],
    [30.2, 3.391194272741562],
    [1000.5, 6.907755320648799],
  ])("digamma(%f) = %f", (x, want) => {
    expect(Math.abs(digamma(x) - want)).toBeLessThan(1e-13 * Math.max(1, Math.abs(want)));
  });

  it("is NaN where the fits never need it (x ≤ 0)", () => {
    expect(digamma(0)).toBeNaN();
    expect(digamma(-1.5)).toBeNaN();
  });
});
