import { gammaSign, lnGamma } from "./gamma.js";

/**
 * The Gaussian hypergeometric function ₂F₁(a, b; c; z) for real arguments and z < 1 (z = 1 when c − a − b > 0).
 * BG/NBD's conditional expectation needs it with z = t / (α + T + t) ∈ [0, 1), often near 1 for long horizons,
 * where the plain power series converges slowly. So:
 * - z < 0: Pfaff's transformation (DLMF 15.8.1) maps z to z / (z − 1) ∈ (0, 1).
 * - 0 ≤ z ≤ 0.75, or c − a − b close to an integer: the power series (DLMF 15.2.1), summed until the
 *   remaining tail (bounded by term / (1 − z)) is below double precision.
 * - 0.75 < z < 1 otherwise: the connection formula to 1 − z (DLMF 15.8.4), two fast series in 1 − z ≤ 0.25.
 *   Near-integer c − a − b is excluded because its gamma factors cancel catastrophically there.
 * Returns NaN outside the domain (z > 1, c a non-positive integer without a terminating series) and
 * +Infinity at z = 1 when the series diverges.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (![a, b, c, z].every(Number.isFinite) || z > 1) return Number.NaN;
  if (z === 0) return 1;
  if (isNonPositiveInteger(c) && !terminatesBefore(a, b, c)) return Number.NaN;
  if (z === 1) return atOne(a, b, c);
  if (z < 0) return (1 - z) ** -a * hyp2f1(a, c - b, c, z / (z - 1));
  const m = c - a - b;
  if (z <= 0.75 || Math.abs(m - Math.round(m)) < 0.05 || isNonPositiveInteger(a) || isNonPositiveInteger(b)) {
    return series(a, b, c, z);
  }
  return viaOneMinusZ(a, b, c, z);
}

function isNonPositiveInteger(x: number): boolean {
  return x <= 0 && Number.isInteger(x);
}

/** A series with a = −n or b = −n is a polynomial; it is finite despite a pole in c only if it stops first. */
function terminatesBefore(a: number, b: number, c: number): boolean {
  return (isNonPositiveInteger(a) && a > c) || (isNonPositiveInteger(b) && b > c);
}

/** Gauss's theorem: ₂F₁(a, b; c; 1) = Γ(c)Γ(c−a−b) / (Γ(c−a)Γ(c−b)) when c − a − b > 0. */
function atOne(a: number, b: number, c: number): number {
  if (c - a - b <= 0) return Number.POSITIVE_INFINITY;
  return gammaRatio([c, c - a - b], [c - a, c - b]);
}

/** Π Γ(top) / Π Γ(bottom), in logs so large arguments do not overflow; 0 when a bottom factor has a pole. */
function gammaRatio(top: number[], bottom: number[]): number {
  let log = 0;
  let sign = 1;
  for (const x of top) {
    log += lnGamma(x);
    sign *= gammaSign(x);
  }
  for (const x of bottom) {
    const s = gammaSign(x);
    if (s === 0) return 0;
    log -= lnGamma(x);
    sign *= s;
  }
  return sign * Math.exp(log);
}

const MAX_TERMS = 2_000_000;

/** The power series Σ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ for 0 ≤ z < 1. */
function series(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  // Once the term ratio has settled below 1, the tail after a term is at most term · ratio / (1 − ratio).
  const tailFactor = 1 / (1 - z);
  for (let n = 0; n < MAX_TERMS; n++) {
    term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    sum += term;
    if (term === 0) return sum;
    if (n > Math.abs(a) + Math.abs(b) + Math.abs(c) && Math.abs(term) * tailFactor <= 1e-17 * Math.abs(sum)) {
      return sum;
    }
  }
  return Number.NaN;
}

/** DLMF 15.8.4: the connection between the series at z and at 1 − z, for c − a − b not an integer. */
function viaOneMinusZ(a: number, b: number, c: number, z: number): number {
  const w = 1 - z;
  const m = c - a - b;
  const first = gammaRatio([c, m], [c - a, c - b]) * series(a, b, 1 - m, w);
  const second = gammaRatio([c, -m], [a, b]) * w ** m * series(c - a, c - b, 1 + m, w);
  return first + second;
}
