/**
 * The BG/NBD log-likelihood (Fader, Hardie & Lee 2005, eq. 6 and §7) and its analytic gradient, on customer
 * data condensed to distinct patterns. Split from bgnbd.ts, which fits and predicts with it.
 */
import type { BgnbdParams } from "./bgnbd.js";
import { digamma, lnGamma } from "./gamma.js";
import type { CustomerSummary } from "./summary.js";

export type Stats = Pick<CustomerSummary, "x" | "tx" | "T">;

/**
 * Customers with the same (x, t_x, T) contribute the same term, so the data are condensed to distinct
 * patterns with counts (as Fader & Hardie do in their spreadsheets); the x-only terms are summed per distinct x.
 */
export interface Condensed {
  /** Repeat buyers' patterns: the index of their x in distinctX, of their T and t_x in times, and a count. */
  readonly xIndex: Int32Array;
  readonly tIndex: Int32Array;
  readonly txIndex: Int32Array;
  readonly weight: Float64Array;
  /** One-time buyers (x = 0) depend on T alone: the index of T in times and a count. */
  readonly zeroTIndex: Int32Array;
  readonly zeroWeight: Float64Array;
  /**
   * Every distinct T and t_x (scaled). Logged dates give few distinct values (at most one per day of history),
   * so ln(α + t) is computed once per value rather than once per customer.
   */
  readonly times: Float64Array;
  readonly distinctX: Float64Array;
  readonly countOfX: Float64Array;
  readonly customers: number;
}

export function condense(data: readonly Stats[], scale: number): Condensed {
  const patterns = new Map<string, { x: number; tx: number; T: number; n: number }>();
  const zeros = new Map<number, number>();
  const xs = new Map<number, number>();
  const times = new Map<number, number>();
  const timeIndex = (t: number): number => {
    let i = times.get(t);
    if (i === undefined) {
      i = times.size;
      times.set(t, i);
    }
    return i;
  };
  for (const s of data) {
    xs.set(s.x, (xs.get(s.x) ?? 0) + 1);
    if (s.x === 0) {
      zeros.set(s.T, (zeros.get(s.T) ?? 0) + 1);
      continue;
    }
    const key = `${s.x}|${s.tx}|${s.T}`;
    const p = patterns.get(key);
    if (p) p.n++;
    else patterns.set(key, { x: s.x, tx: s.tx, T: s.T, n: 1 });
  }
  const distinctX = [...xs.keys()];
  const indexOfX = new Map(distinctX.map((x, i) => [x, i]));
  const list = [...patterns.values()];
  const zeroList = [...zeros];
  const condensed = {
    xIndex: Int32Array.from(list, (p) => indexOfX.get(p.x) as number),
    tIndex: Int32Array.from(list, (p) => timeIndex(p.T)),
    txIndex: Int32Array.from(list, (p) => timeIndex(p.tx)),
    weight: Float64Array.from(list, (p) => p.n),
    zeroTIndex: Int32Array.from(zeroList, ([T]) => timeIndex(T)),
    zeroWeight: Float64Array.from(zeroList, ([, n]) => n),
    distinctX: Float64Array.from(distinctX),
    countOfX: Float64Array.from(xs.values()),
    customers: data.length,
  };
  return { ...condensed, times: Float64Array.from(times.keys(), (t) => t * scale) };
}

/** ln Γ(y + x) − ln Γ(y) for a whole x ≥ 0: a sum of logs for small x, log-gamma beyond. */
function lnRising(y: number, x: number): number {
  if (x > 30) return lnGamma(y + x) - lnGamma(y);
  let s = 0;
  for (let k = 0; k < x; k++) s += Math.log(y + k);
  return s;
}

export function logLikelihoodOf(p: BgnbdParams, d: Condensed): number {
  const { r, alpha, a, b } = p;
  // FHL 2005 §7 (as in lifetimes): LL = A1 + A2 + ln(exp(A3) + δ(x>0) exp(A4)), with
  // A3 = −(r+x) ln(α+T) and A4 = ln a − ln(b+x−1) − (r+x) ln(α+t_x). Terms in x alone are computed once per x.
  let ll = d.customers * (r * Math.log(alpha));
  const lnA = Math.log(a);
  const nx = d.distinctX.length;
  const a4Base = new Float64Array(nx);
  for (let i = 0; i < nx; i++) {
    const x = d.distinctX[i] as number;
    // A1 without r ln α, and A2 = ln B(a, b + x) − ln B(a, b).
    ll += (d.countOfX[i] as number) * (lnRising(r, x) + lnRising(b, x) - lnRising(a + b, x));
    a4Base[i] = x > 0 ? lnA - Math.log(b + x - 1) : 0;
  }
  const lnTimes = new Float64Array(d.times.length);
  for (let j = 0; j < d.times.length; j++) lnTimes[j] = Math.log(alpha + (d.times[j] as number));
  for (let i = 0; i < d.zeroTIndex.length; i++) {
    ll -= (d.zeroWeight[i] as number) * r * (lnTimes[d.zeroTIndex[i] as number] as number);
  }
  for (let i = 0; i < d.xIndex.length; i++) {
    const k = d.xIndex[i] as number;
    const rx = r + (d.distinctX[k] as number);
    const a3 = -rx * (lnTimes[d.tIndex[i] as number] as number);
    const a4 = (a4Base[k] as number) - rx * (lnTimes[d.txIndex[i] as number] as number);
    // ln(e^A3 + e^A4) = max + ln(1 + e^−|A3−A4|): one exp and one log1p.
    const term = a3 > a4 ? a3 + Math.log1p(Math.exp(a4 - a3)) : a4 + Math.log1p(Math.exp(a3 - a4));
    ll += (d.weight[i] as number) * term;
  }
  return ll;
}

/** d/dy [ln Γ(y + x) − ln Γ(y)]: Σ 1/(y + k) for small x, ψ(y + x) − ψ(y) beyond. */
function dLnRising(y: number, x: number): number {
  if (x > 30) return digamma(y + x) - digamma(y);
  let s = 0;
  for (let k = 0; k < x; k++) s += 1 / (y + k);
  return s;
}

/**
 * The log-likelihood and its gradient in (r, α, a, b), term by term from logLikelihoodOf: ln(e^A3 + e^A4)
 * differentiates to w3·dA3 + w4·dA4 with w3 = 1 / (1 + e^(A4−A3)), the share of the "still alive" branch.
 */
export function logLikelihoodAndGradient(p: BgnbdParams, d: Condensed): { ll: number; gradient: number[] } {
  const { r, alpha, a, b } = p;
  let ll = d.customers * r * Math.log(alpha);
  let gr = d.customers * Math.log(alpha);
  let gAlpha = (d.customers * r) / alpha;
  let ga = 0;
  let gb = 0;
  const lnA = Math.log(a);
  const nx = d.distinctX.length;
  const a4Base = new Float64Array(nx);
  for (let i = 0; i < nx; i++) {
    const x = d.distinctX[i] as number;
    const n = d.countOfX[i] as number;
    ll += n * (lnRising(r, x) + lnRising(b, x) - lnRising(a + b, x));
    const dab = dLnRising(a + b, x);
    gr += n * dLnRising(r, x);
    gb += n * (dLnRising(b, x) - dab);
    ga -= n * dab;
    a4Base[i] = x > 0 ? lnA - Math.log(b + x - 1) : 0;
  }
  const lnTimes = new Float64Array(d.times.length);
  const invTimes = new Float64Array(d.times.length);
  for (let j = 0; j < d.times.length; j++) {
    const v = alpha + (d.times[j] as number);
    lnTimes[j] = Math.log(v);
    invTimes[j] = 1 / v;
  }
  for (let i = 0; i < d.zeroTIndex.length; i++) {
    const w = d.zeroWeight[i] as number;
    const j = d.zeroTIndex[i] as number;
    ll -= w * r * (lnTimes[j] as number);
    gr -= w * (lnTimes[j] as number);
    gAlpha -= w * r * (invTimes[j] as number);
  }
  for (let i = 0; i < d.xIndex.length; i++) {
    const k = d.xIndex[i] as number;
    const x = d.distinctX[k] as number;
    const rx = r + x;
    const jT = d.tIndex[i] as number;
    const jx = d.txIndex[i] as number;
    const a3 = -rx * (lnTimes[jT] as number);
    const a4 = (a4Base[k] as number) - rx * (lnTimes[jx] as number);
    const w = d.weight[i] as number;
    let w3: number;
    if (a3 > a4) {
      const e = Math.exp(a4 - a3);
      ll += w * (a3 + Math.log1p(e));
      w3 = 1 / (1 + e);
    } else {
      const e = Math.exp(a3 - a4);
      ll += w * (a4 + Math.log1p(e));
      w3 = e / (1 + e);
    }
    const w4 = 1 - w3;
    gr -= w * (w3 * (lnTimes[jT] as number) + w4 * (lnTimes[jx] as number));
    gAlpha -= w * rx * (w3 * (invTimes[jT] as number) + w4 * (invTimes[jx] as number));
    ga += (w * w4) / a;
    gb -= (w * w4) / (b + x - 1);
  }
  return { ll, gradient: [gr, gAlpha, ga, gb] };
}

/** The BG/NBD log-likelihood's gradient in (r, α, a, b) (exported for tests against finite differences). */
export function bgnbdGradient(params: BgnbdParams, data: readonly Stats[]): number[] {
  return logLikelihoodAndGradient(params, condense(data, 1)).gradient;
}

/** The BG/NBD log-likelihood of the summaries at given parameters (in the summaries' time unit). */
export function bgnbdLogLikelihood(params: BgnbdParams, data: readonly Stats[]): number {
  return logLikelihoodOf(params, condense(data, 1));
}
