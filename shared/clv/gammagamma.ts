import { minimiseWithGradient } from "./bfgs.js";
import { type FitFailure, judgeFit } from "./fit-check.js";
import { digamma, lnGamma } from "./gamma.js";
import { FALLBACK_EVALUATIONS, minimise, SEARCH_LOG_LIMIT, warmStart } from "./optimise.js";
import type { CustomerSummary } from "./summary.js";

/**
 * Gamma-Gamma spend model (Fader & Hardie, "The Gamma-Gamma Model of Monetary Value", note 025, 2013):
 * each transaction value is Gamma(p, ν) around a customer's mean p/ν, and ν ~ Gamma(q, γ) across customers.
 * Fitted on customers with at least one repeat purchase, from x and their mean repeat-transaction value m̄.
 */
export interface GammaGammaParams {
  readonly p: number;
  readonly q: number;
  readonly gamma: number;
}

export interface GammaGammaFit {
  readonly params: GammaGammaParams;
  readonly logLikelihood: number;
  readonly converged: boolean;
  readonly message: string;
  readonly failure?: FitFailure;
  readonly evaluations: number;
}

type Stats = Pick<CustomerSummary, "x" | "monetary">;

/** Repeat customers' data with the logs that do not depend on the parameters computed once. */
interface SpendData {
  readonly ms: Float64Array;
  /** Per customer: the index of x in distinctX, ln m̄ and x ln x. */
  readonly xIndex: Int32Array;
  readonly lnM: Float64Array;
  readonly xLnX: Float64Array;
  readonly distinctX: Float64Array;
}

function spendData(data: readonly Stats[], scale: number): SpendData {
  const used = data.filter((s) => s.x > 0);
  const distinct = new Map<number, number>();
  for (const s of used) if (!distinct.has(s.x)) distinct.set(s.x, distinct.size);
  return {
    ms: Float64Array.from(used, (s) => s.monetary * scale),
    xIndex: Int32Array.from(used, (s) => distinct.get(s.x) as number),
    lnM: Float64Array.from(used, (s) => Math.log(s.monetary * scale)),
    xLnX: Float64Array.from(used, (s) => s.x * Math.log(s.x)),
    distinctX: Float64Array.from(distinct.keys()),
  };
}

function logLikelihoodOf(params: GammaGammaParams, d: SpendData): number {
  const { p, q, gamma } = params;
  // Note 025 eq. (1a) per customer; the log-gamma terms depend on x alone, so they are computed per distinct x.
  const shift = q * Math.log(gamma) - lnGamma(q);
  const shared = d.distinctX.map((x) => lnGamma(p * x + q) - lnGamma(p * x) + shift);
  let ll = 0;
  for (let i = 0; i < d.ms.length; i++) {
    const k = d.xIndex[i] as number;
    const x = d.distinctX[k] as number;
    const px = p * x;
    ll +=
      (shared[k] as number) +
      p * (d.xLnX[i] as number) +
      (px - 1) * (d.lnM[i] as number) -
      (px + q) * Math.log(gamma + (d.ms[i] as number) * x);
  }
  return ll;
}

/** The log-likelihood and its gradient in (p, q, γ); the digamma terms depend on x alone. */
function logLikelihoodAndGradient(params: GammaGammaParams, d: SpendData): { ll: number; gradient: number[] } {
  const { p, q, gamma } = params;
  const lnG = Math.log(gamma);
  const psiQ = digamma(q);
  const shift = q * lnG - lnGamma(q);
  const shared = d.distinctX.map((x) => lnGamma(p * x + q) - lnGamma(p * x) + shift);
  const psiSum = d.distinctX.map((x) => digamma(p * x + q));
  const psiPx = d.distinctX.map((x) => digamma(p * x));
  let ll = 0;
  let gp = 0;
  let gq = 0;
  let gg = 0;
  for (let i = 0; i < d.ms.length; i++) {
    const k = d.xIndex[i] as number;
    const x = d.distinctX[k] as number;
    const px = p * x;
    const lnM = d.lnM[i] as number;
    const denominator = gamma + (d.ms[i] as number) * x;
    const lnDen = Math.log(denominator);
    ll += (shared[k] as number) + p * (d.xLnX[i] as number) + (px - 1) * lnM - (px + q) * lnDen;
    gp += x * ((psiSum[k] as number) - (psiPx[k] as number) + lnM - lnDen) + (d.xLnX[i] as number);
    gq += (psiSum[k] as number) - psiQ + lnG - lnDen;
    gg += q / gamma - (px + q) / denominator;
  }
  return { ll, gradient: [gp, gq, gg] };
}

/** The Gamma-Gamma log-likelihood's gradient in (p, q, γ) (exported for tests against finite differences). */
export function gammaGammaGradient(params: GammaGammaParams, data: readonly Stats[]): number[] {
  return logLikelihoodAndGradient(params, spendData(data, 1)).gradient;
}

/** The Gamma-Gamma log-likelihood over customers with x > 0 (others carry no spend information). */
export function gammaGammaLogLikelihood(params: GammaGammaParams, data: readonly Stats[]): number {
  return logLikelihoodOf(params, spendData(data, 1));
}

/**
 * Maximum-likelihood Gamma-Gamma. Amounts are rescaled by their mean so γ starts near 1 in any currency;
 * every repeat customer's m̄ must be positive (the Excel face says which one is not).
 */
export function fitGammaGamma(data: readonly Stats[]): GammaGammaFit {
  const repeat = data.filter((s) => s.x > 0);
  const mean = repeat.reduce((sum, s) => sum + s.monetary, 0) / Math.max(repeat.length, 1);
  const scale = mean > 0 ? 1 / mean : 1;
  const fromLog = (v: readonly number[]): GammaGammaParams => ({
    p: Math.exp(v[0] as number),
    q: Math.exp(v[1] as number),
    gamma: Math.exp(v[2] as number),
  });
  const objectiveFor = (subset: readonly Stats[]) => {
    const scaled = spendData(subset, scale);
    const n = Math.max(scaled.ms.length, 1);
    return (v: number[]): number => {
      if (v.some((t) => Math.abs(t) > SEARCH_LOG_LIMIT)) return Number.POSITIVE_INFINITY;
      return -logLikelihoodOf(fromLog(v), scaled) / n;
    };
  };
  // BFGS on the analytic gradient first; Nelder–Mead when it does not converge (as in fitBgnbd).
  const all = spendData(repeat, scale);
  const count = Math.max(all.ms.length, 1);
  const withGradient = (v: number[]) => {
    if (v.some((t) => Math.abs(t) > SEARCH_LOG_LIMIT)) return { value: Number.POSITIVE_INFINITY, gradient: [0, 0, 0] };
    const params = fromLog(v);
    const { ll, gradient } = logLikelihoodAndGradient(params, all);
    const theta = [params.p, params.q, params.gamma];
    return { value: -ll / count, gradient: gradient.map((g, i) => (-g * (theta[i] as number)) / count) };
  };
  let result = minimiseWithGradient(withGradient, [0, 0, 0]);
  if (!result.converged) {
    const { start, step } = warmStart(repeat, [0, 0, 0], objectiveFor);
    const fallback = minimise(objectiveFor(repeat), start, { step, maxEvaluations: FALLBACK_EVALUATIONS });
    result = { ...fallback, evaluations: fallback.evaluations + result.evaluations };
  }
  const s = fromLog(result.x);
  // m scales by c ⇒ γ scales by c (ν is a rate on amounts); p and q are unit-free.
  const params: GammaGammaParams = { ...s, gamma: s.gamma / scale };
  const logLikelihood = logLikelihoodOf(params, spendData(repeat, 1));
  const judged = judgeFit(
    "Gamma-Gamma",
    ["p", "q", "gamma"],
    params as unknown as Record<string, number>,
    result,
    logLikelihood,
    "the spend data do not identify it",
    () =>
      params.q <= 1
        ? {
            message: `Gamma-Gamma: q must exceed 1 for a finite mean spend, got q = ${params.q.toPrecision(3)} (spend is too heavy-tailed to predict)`,
            failure: { kind: "heavyTail", value: params.q },
          }
        : undefined,
  );
  return { params, logLikelihood, ...judged, evaluations: result.evaluations };
}

/** The population's mean spend per transaction, E[p/ν] = pγ / (q − 1) (note 025 eq. 4); needs q > 1. */
export function populationMeanSpend(params: GammaGammaParams): number {
  return (params.p * params.gamma) / (params.q - 1);
}

/**
 * Expected spend per transaction given x repeat transactions averaging m̄ (note 025 eq. 5): a weighted mean of
 * the population mean and the customer's own average, trusting the customer more as x grows.
 */
export function expectedSpend(params: GammaGammaParams, s: Stats): number {
  const { p, q } = params;
  const weight = (p * s.x) / (p * s.x + q - 1);
  return (1 - weight) * populationMeanSpend(params) + weight * s.monetary;
}
