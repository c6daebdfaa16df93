import { lnGamma } from "./gamma.js";
import { minimise } from "./optimise.js";
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
  readonly evaluations: number;
}

type Stats = Pick<CustomerSummary, "x" | "monetary">;

function logLikelihoodOf(params: GammaGammaParams, xs: Float64Array, ms: Float64Array): number {
  const { p, q, gamma } = params;
  // Note 025 eq. (1a) per customer; the x-only log-gamma terms are shared by customers with the same x.
  let ll = 0;
  const cache = new Map<number, number>();
  const lnGammaQ = lnGamma(q);
  const lnG = Math.log(gamma);
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    const m = ms[i] as number;
    let shared = cache.get(x);
    if (shared === undefined) {
      shared = lnGamma(p * x + q) - lnGamma(p * x) - lnGammaQ + q * lnG + p * x * Math.log(x);
      cache.set(x, shared);
    }
    ll += shared + (p * x - 1) * Math.log(m) - (p * x + q) * Math.log(gamma + m * x);
  }
  return ll;
}

function repeaters(data: readonly Stats[]): { xs: Float64Array; ms: Float64Array } {
  const used = data.filter((s) => s.x > 0);
  return { xs: Float64Array.from(used, (s) => s.x), ms: Float64Array.from(used, (s) => s.monetary) };
}

/** The Gamma-Gamma log-likelihood over customers with x > 0 (others carry no spend information). */
export function gammaGammaLogLikelihood(params: GammaGammaParams, data: readonly Stats[]): number {
  const { xs, ms } = repeaters(data);
  return logLikelihoodOf(params, xs, ms);
}

const LOG_PARAM_LIMIT = 25;

/**
 * Maximum-likelihood Gamma-Gamma. Amounts are rescaled by their mean so γ starts near 1 in any currency;
 * every repeat customer's m̄ must be positive (the Excel face says which one is not).
 */
export function fitGammaGamma(data: readonly Stats[]): GammaGammaFit {
  const { xs, ms } = repeaters(data);
  const mean = ms.reduce((s, m) => s + m, 0) / Math.max(ms.length, 1);
  const scale = mean > 0 ? 1 / mean : 1;
  const scaled = ms.map((m) => m * scale);
  const fromLog = (v: readonly number[]): GammaGammaParams => ({
    p: Math.exp(v[0] as number),
    q: Math.exp(v[1] as number),
    gamma: Math.exp(v[2] as number),
  });
  const n = Math.max(xs.length, 1);
  const result = minimise(
    (v) => {
      if (v.some((t) => Math.abs(t) > LOG_PARAM_LIMIT + 5)) return Number.POSITIVE_INFINITY;
      return -logLikelihoodOf(fromLog(v), xs, scaled) / n;
    },
    [0, 0, 0],
  );
  const s = fromLog(result.x);
  // m scales by c ⇒ γ scales by c (ν is a rate on amounts); p and q are unit-free.
  const params: GammaGammaParams = { ...s, gamma: s.gamma / scale };
  const logLikelihood = logLikelihoodOf(params, xs, ms);
  let { converged, message } = result;
  const names = ["p", "q", "gamma"] as const;
  const edge = result.x.findIndex((t) => Math.abs(t) > LOG_PARAM_LIMIT);
  if (edge >= 0) {
    converged = false;
    const name = names[edge] as (typeof names)[number];
    message = `Gamma-Gamma did not converge: ${name} = ${params[name].toPrecision(3)} runs to the edge (the spend data do not identify it)`;
  } else if (!converged) {
    message = `Gamma-Gamma did not converge: ${message}`;
  } else if (params.q <= 1) {
    converged = false;
    message = `Gamma-Gamma: q must exceed 1 for a finite mean spend, got q = ${params.q.toPrecision(3)} (spend is too heavy-tailed to predict)`;
  }
  if (!Number.isFinite(logLikelihood)) {
    converged = false;
    message = "Gamma-Gamma did not converge: the log-likelihood is not finite at the estimate";
  }
  return { params, logLikelihood, converged, message, evaluations: result.evaluations };
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
