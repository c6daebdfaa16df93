/**
 * Minimise a smooth function of a few unconstrained variables (the models fit log-parameters, so every real
 * vector is a valid model). Nelder–Mead needs no gradients, which suits likelihoods built from ₂F₁ and log-gamma;
 * its known weakness, a simplex that collapses before the minimum (McKinnon 1998), is handled the standard way:
 * restart from the best point with a fresh simplex until a restart no longer improves the value.
 * Uses the adaptive coefficients of Gao & Han (2012), which behave better than the classic ones as the
 * dimension grows, and reports whether it converged instead of returning a guess silently.
 */
export interface OptimiseOptions {
  /** Stop when the simplex's values differ by less than this (absolute). */
  readonly valueTolerance?: number;
  /** ...and its points by less than this (in the variables' own scale). */
  readonly pointTolerance?: number;
  /** Evaluations allowed across all restarts. */
  readonly maxEvaluations?: number;
  /** Size of the initial simplex's steps. */
  readonly step?: number;
  readonly maxRestarts?: number;
}

export interface OptimiseResult {
  /** The best point found and its value. */
  readonly x: number[];
  readonly value: number;
  readonly converged: boolean;
  /** Why it stopped, for the user: "converged" or the reason it did not. */
  readonly message: string;
  readonly evaluations: number;
  readonly restarts: number;
}

export function minimise(
  f: (x: number[]) => number,
  start: readonly number[],
  options: OptimiseOptions = {},
): OptimiseResult {
  const valueTolerance = options.valueTolerance ?? 1e-10;
  const pointTolerance = options.pointTolerance ?? 1e-5;
  const maxEvaluations = options.maxEvaluations ?? 20_000;
  const maxRestarts = options.maxRestarts ?? 20;
  let evaluations = 0;
  // A non-finite value (an overflow far from the optimum) is treated as +Infinity, so the simplex moves away.
  const value = (x: number[]): number => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  let best = { x: [...start], value: value([...start]) };
  if (!Number.isFinite(best.value)) {
    return {
      ...best,
      converged: false,
      message: "the function is not finite at the starting point",
      evaluations,
      restarts: 0,
    };
  }
  let step = options.step ?? 0.5;
  for (let restart = 0; restart <= maxRestarts; restart++) {
    const run = nelderMead(value, best.x, step, valueTolerance, pointTolerance, () => evaluations >= maxEvaluations);
    const improvement = best.value - run.value;
    if (run.value <= best.value) best = run;
    if (evaluations >= maxEvaluations) {
      return {
        ...best,
        converged: false,
        message: `no convergence within ${maxEvaluations} evaluations`,
        evaluations,
        restarts: restart,
      };
    }
    // A restart that finds nothing better confirms the minimum; later restarts use a smaller simplex.
    if (restart > 0 && improvement <= valueTolerance * 10) {
      return { ...best, converged: true, message: "converged", evaluations, restarts: restart };
    }
    step = Math.max(step / 2, 0.05);
  }
  return {
    ...best,
    converged: false,
    message: `still improving after ${maxRestarts} restarts`,
    evaluations,
    restarts: maxRestarts,
  };
}

function nelderMead(
  f: (x: number[]) => number,
  start: number[],
  step: number,
  valueTolerance: number,
  pointTolerance: number,
  outOfBudget: () => boolean,
): { x: number[]; value: number } {
  const n = start.length;
  const reflect = 1;
  const expand = 1 + 2 / n;
  const contract = 0.75 - 1 / (2 * n);
  const shrink = 1 - 1 / n;
  const points: number[][] = [start];
  for (let i = 0; i < n; i++) {
    const p = [...start];
    p[i] = (p[i] as number) + step;
    points.push(p);
  }
  let values = points.map(f);
  const order = (): void => {
    const idx = points.map((_, i) => i).sort((i, j) => (values[i] as number) - (values[j] as number));
    const sortedPoints = idx.map((i) => points[i] as number[]);
    values = idx.map((i) => values[i] as number);
    for (let i = 0; i < sortedPoints.length; i++) points[i] = sortedPoints[i] as number[];
  };
  const along = (from: number[], to: number[], t: number): number[] =>
    from.map((v, i) => v + t * ((to[i] as number) - v));
  while (!outOfBudget()) {
    order();
    const spread = (values[n] as number) - (values[0] as number);
    let size = 0;
    for (let k = 1; k < points.length; k++) {
      const p = points[k] as number[];
      for (let i = 0; i < p.length; i++)
        size = Math.max(size, Math.abs((p[i] as number) - (points[0] as number[])[i]!));
    }
    if (spread <= valueTolerance && size <= pointTolerance) break;
    if (!Number.isFinite(spread) && size <= pointTolerance) break;
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) centroid[j] = (centroid[j] as number) + (points[i] as number[])[j]! / n;
    const worst = points[n] as number[];
    const xr = along(centroid, worst, -reflect);
    const fr = f(xr);
    if (fr < (values[0] as number)) {
      const xe = along(centroid, worst, -expand);
      const fe = f(xe);
      if (fe < fr) replaceWorst(xe, fe);
      else replaceWorst(xr, fr);
    } else if (fr < (values[n - 1] as number)) {
      replaceWorst(xr, fr);
    } else {
      const outside = fr < (values[n] as number);
      const xc = along(centroid, worst, outside ? -contract : contract);
      const fc = f(xc);
      if (fc < Math.min(fr, values[n] as number)) replaceWorst(xc, fc);
      else {
        const bestPoint = points[0] as number[];
        for (let i = 1; i <= n; i++) {
          points[i] = along(bestPoint, points[i] as number[], shrink);
          values[i] = f(points[i] as number[]);
        }
      }
    }
  }
  order();
  return { x: points[0] as number[], value: values[0] as number };

  function replaceWorst(x: number[], v: number): void {
    points[n] = x;
    values[n] = v;
  }
}

/**
 * The fits work on parameters rescaled to the data (times by the oldest age, amounts by their mean), where
 * every sensible estimate lies well within e^±12 (≈ 6e-6 … 1.6e5). An optimum beyond that is a parameter the
 * likelihood keeps pushing to 0 or infinity: not identified, so the fit is reported as not converged.
 * The search itself is boxed at e^±30 so the likelihood stays finite.
 */
export const IDENTIFIED_LOG_LIMIT = 12;
export const SEARCH_LOG_LIMIT = 30;

/** Nelder–Mead evaluations allowed when BFGS has failed (3–4 parameters converge in under 1,000). */
export const FALLBACK_EVALUATIONS = 4000;

/** Above this many customers a fit first runs on a systematic subsample of this size (see warmStart). */
export const WARM_START_SAMPLE = 10_000;

/**
 * A starting point for a large fit: the optimum on every k-th record (about WARM_START_SAMPLE of them). It is
 * already close to the full-data optimum, so the full fit only polishes it with a small simplex, which saves
 * most of the expensive full-data evaluations. Small data start from the given point.
 */
export function warmStart<T>(
  data: readonly T[],
  start: readonly number[],
  objectiveFor: (subset: readonly T[]) => (x: number[]) => number,
): { start: number[]; step: number } {
  if (data.length <= 2 * WARM_START_SAMPLE) return { start: [...start], step: 0.5 };
  const stride = Math.floor(data.length / WARM_START_SAMPLE);
  const subset = data.filter((_, i) => i % stride === 0);
  const rough = minimise(objectiveFor(subset), start, { pointTolerance: 1e-3, maxRestarts: 1 });
  return Number.isFinite(rough.value) ? { start: rough.x, step: 0.1 } : { start: [...start], step: 0.5 };
}
