import { IDENTIFIED_LOG_LIMIT, type OptimiseResult } from "./optimise.js";

/**
 * Why a fit did not converge, as data (the message says it in English; the report words it per locale):
 * a parameter that runs to the edge of what the data identify, a search that stopped before it settled, a
 * likelihood that is not finite at the estimate, or (Gamma-Gamma) q ≤ 1, a spend too heavy-tailed to have a mean.
 */
export type FitFailure =
  | { readonly kind: "edge"; readonly param: string; readonly value: number }
  | { readonly kind: "search" }
  | { readonly kind: "notFinite" }
  | { readonly kind: "heavyTail"; readonly value: number };

export interface FitJudgement {
  readonly converged: boolean;
  readonly message: string;
  readonly failure?: FitFailure;
}

/**
 * Whether a model's estimate can be used, for BG/NBD and Gamma-Gamma alike: the search converged, no parameter
 * ran to the edge of what the data identify (its log passed IDENTIFIED_LOG_LIMIT, which a search alone may call
 * converged), the model's own condition holds (`extra`), and the likelihood is finite at the estimate.
 */
export function judgeFit(
  model: string,
  names: readonly string[],
  params: Readonly<Record<string, number>>,
  result: OptimiseResult,
  logLikelihood: number,
  edgeHint: string,
  extra?: () => { readonly message: string; readonly failure: FitFailure } | undefined,
): FitJudgement {
  let judgement: FitJudgement = result.converged
    ? { converged: true, message: result.message }
    : { converged: false, message: `${model} did not converge: ${result.message}`, failure: { kind: "search" } };
  const edge = result.x.findIndex((t) => Math.abs(t) > IDENTIFIED_LOG_LIMIT);
  if (edge >= 0) {
    const name = names[edge] as string;
    const value = params[name] as number;
    judgement = {
      converged: false,
      message: `${model} did not converge: ${name} = ${value.toPrecision(3)} runs to the edge (${edgeHint})`,
      failure: { kind: "edge", param: name, value },
    };
  } else if (judgement.converged) {
    const failed = extra?.();
    if (failed) judgement = { converged: false, ...failed };
  }
  if (!Number.isFinite(logLikelihood)) {
    judgement = {
      converged: false,
      message: `${model} did not converge: the log-likelihood is not finite at the estimate`,
      failure: { kind: "notFinite" },
    };
  }
  return judgement;
}
