/**
 * The log-gamma function, which every likelihood here is built from. Lanczos' approximation (g = 7, nine
 * coefficients, as in Numerical Recipes and Godfrey's table) is accurate to about 15 significant digits for
 * x ≥ 0.5; smaller and negative arguments go through Euler's reflection formula Γ(x)Γ(1−x) = π / sin(πx).
 */
const LANCZOS_G = 7;
const LANCZOS = [
  0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406, 12.507343278686905,
  -0.13857109526572012, 9.984369578019572e-6, 1.5056327351493116e-7,
] as const;
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln|Γ(x)|; +Infinity at the poles (0, −1, −2, …). */
export function lnGamma(x: number): number {
  if (x < 0.5) {
    // sin(π·n) is not exactly 0 in floating point, so the poles are caught before the reflection.
    if (Number.isInteger(x)) return Number.POSITIVE_INFINITY;
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
  }
  const y = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] as number) / (y + i);
  const t = y + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** The sign of Γ(x): positive for x > 0, alternating between the poles below zero (0 at a pole). */
export function gammaSign(x: number): number {
  if (x > 0) return 1;
  if (Number.isInteger(x)) return 0;
  // Γ(x) = π / (sin(πx) Γ(1−x)) with Γ(1−x) > 0 for x < 0.
  return Math.sin(Math.PI * x) > 0 ? 1 : -1;
}

/**
 * The digamma function ψ(x) = d/dx ln Γ(x) for x > 0, for likelihood gradients: the recurrence
 * ψ(x) = ψ(x + 1) − 1/x lifts x to 10 or more, where the asymptotic series (DLMF 5.11.2) to y^−10 is accurate to ~1e-14.
 */
export function digamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  let shift = 0;
  let y = x;
  while (y < 10) {
    shift -= 1 / y;
    y += 1;
  }
  const inv2 = 1 / (y * y);
  const series = inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 / 132))));
  return shift + Math.log(y) - 0.5 / y - series;
}
