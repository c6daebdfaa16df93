import { minimiseWithGradient } from "./bfgs.js";
import {
  bgnbdGradient,
  bgnbdLogLikelihood,
  condense,
  logLikelihoodAndGradient,
  logLikelihoodOf,
  type Stats,
} from "./bgnbd-likelihood.js";
import { type FitFailure, judgeFit } from "./fit-check.js";
import { hyp2f1 } from "./hyp2f1.js";
import { FALLBACK_EVALUATIONS, minimise, SEARCH_LOG_LIMIT, warmStart } from "./optimise.js";

/**
 * BG/NBD (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way", Marketing Science 24(2)):
 * while alive a customer buys as a Poisson process with rate λ ~ Gamma(r, α); after each repeat purchase
 * they drop out with probability p ~ Beta(a, b). α is in the time unit of the summaries.
 */
export interface BgnbdParams {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

export interface BgnbdFit {
  readonly params: BgnbdParams;
  /** The log-likelihood at the estimate, in the summaries' time unit (FHL 2005 eq. 6 summed over customers). */
  readonly logLikelihood: number;
  readonly converged: boolean;
  readonly message: string;
  readonly failure?: FitFailure;
  readonly evaluations: number;
}

export { bgnbdGradient, bgnbdLogLikelihood };

/**
 * Maximum-likelihood BG/NBD. Times are rescaled so the oldest customer has age 1 (as lifetimes does), which puts
 * α near 1 whatever the time unit; the optimiser works on log-parameters from (1, 1, 1, 1).
 */
export function fitBgnbd(data: readonly Stats[]): BgnbdFit {
  const maxT = data.reduce((m, s) => Math.max(m, s.T), 0);
  const scale = maxT > 0 ? 1 / maxT : 1;
  const fromLog = (v: readonly number[]): BgnbdParams => ({
    r: Math.exp(v[0] as number),
    alpha: Math.exp(v[1] as number),
    a: Math.exp(v[2] as number),
    b: Math.exp(v[3] as number),
  });
  // Minimise the mean negative log-likelihood so tolerances mean the same for 100 or 100,000 customers.
  const objectiveFor = (subset: readonly Stats[]) => {
    const condensed = condense(subset, scale);
    return (v: number[]): number => {
      if (v.some((t) => Math.abs(t) > SEARCH_LOG_LIMIT)) return Number.POSITIVE_INFINITY;
      return -logLikelihoodOf(fromLog(v), condensed) / subset.length;
    };
  };
  // BFGS on the analytic gradient first (tens of iterations); Nelder–Mead, which needs no gradient and
  // copes with flat or ragged surfaces, when BFGS does not converge.
  const all = condense(data, scale);
  const withGradient = (v: number[]) => {
    if (v.some((t) => Math.abs(t) > SEARCH_LOG_LIMIT))
      return { value: Number.POSITIVE_INFINITY, gradient: [0, 0, 0, 0] };
    const params = fromLog(v);
    const { ll, gradient } = logLikelihoodAndGradient(params, all);
    const theta = [params.r, params.alpha, params.a, params.b];
    // d/d(ln θ) = θ · d/dθ.
    return { value: -ll / data.length, gradient: gradient.map((g, i) => (-g * (theta[i] as number)) / data.length) };
  };
  let result = minimiseWithGradient(withGradient, [0, 0, 0, 0]);
  if (!result.converged) {
    const { start, step } = warmStart(data, [0, 0, 0, 0], objectiveFor);
    const fallback = minimise(objectiveFor(data), start, { step, maxEvaluations: FALLBACK_EVALUATIONS });
    result = { ...fallback, evaluations: fallback.evaluations + result.evaluations };
  }
  const s = fromLog(result.x);
  const params: BgnbdParams = { ...s, alpha: s.alpha / scale };
  const logLikelihood = logLikelihoodOf(params, condense(data, 1));
  const judged = judgeFit(
    "BG/NBD",
    ["r", "alpha", "a", "b"],
    params as unknown as Record<string, number>,
    result,
    logLikelihood,
    "the data do not identify it; too few customers or no sign of dropping out",
  );
  return { params, logLikelihood, ...judged, evaluations: result.evaluations };
}

/** Expected repeat purchases in (0, t] for a new customer (FHL 2005 eq. 9). */
export function expectedPurchasesNew(p: BgnbdParams, t: number): number {
  const { r, alpha, a, b } = p;
  const hyp = hyp2f1(r, b, a + b - 1, t / (alpha + t));
  return ((a + b - 1) / (a - 1)) * (1 - (alpha / (alpha + t)) ** r * hyp);
}

/** P(alive at T | x, t_x, T) (Fader, Hardie & Lee, note 021): 1 for a customer with no repeat purchase. */
export function probabilityAlive(p: BgnbdParams, s: Stats): number {
  if (s.x === 0) return 1;
  const { r, alpha, a, b } = p;
  const logOdds = Math.log(a / (b + s.x - 1)) + (r + s.x) * Math.log((alpha + s.T) / (alpha + s.tx));
  return 1 / (1 + Math.exp(logOdds));
}

/**
 * Expected repeat purchases in (T, T + t] given the history (FHL 2005 eq. 10). Eq. 10 multiplies
 * ((α+T)/(α+T+t))^(r+x) = (1−z)^(r+x), which underflows for heavy buyers, by ₂F₁(r+x, b+x; a+b+x−1; z), which
 * overflows: their product became NaN from x ≈ 400. Euler's transformation (DLMF 15.8.1) folds the two into
 * (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z), whose parameters do not grow with x.
 */
export function expectedPurchases(p: BgnbdParams, s: Stats, t: number): number {
  if (t <= 0) return 0;
  const { r, alpha, a, b } = p;
  const { x, T } = s;
  const z = t / (alpha + T + t);
  const folded = (1 - z) ** (a - 1) * hyp2f1(a + b - 1 - r, a - 1, a + b + x - 1, z);
  const numerator = ((a + b + x - 1) / (a - 1)) * (1 - folded);
  // The denominator is 1 / P(alive); written as such it shares the log-space odds and cannot overflow.
  return numerator * probabilityAlive(p, s);
}
