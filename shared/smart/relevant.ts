import type { MetricMatch, Objectives } from "./metrics.js";
import type { Verdict } from "./types.js";

/**
 * R: the metric is a sales or business metric, which every metric in the lexicon is; when the organisation
 * gives its objectives, the metric must be one of them (by id, so "omzet" matches an objective "Revenue").
 */
export type RelevantFacts =
  | { kind: "sales-metric" }
  | { kind: "objective" }
  | { kind: "no-metric" }
  | { kind: "not-an-objective"; objectives: readonly string[] };

export function judgeRelevant(
  metric: MetricMatch | undefined,
  objectives: Objectives | undefined,
  normalised: string,
): { verdict: Verdict; facts: RelevantFacts } {
  if (metric === undefined) return { verdict: "fail", facts: { kind: "no-metric" } };
  if (objectives === undefined || objectives.names.length === 0) {
    return { verdict: "pass", facts: { kind: "sales-metric" } };
  }
  // An objective the lexicon does not know is matched as words in the goal.
  const literal = objectives.literals.some((name) => normalised.includes(name));
  if (objectives.ids.has(metric.id) || literal) return { verdict: "pass", facts: { kind: "objective" } };
  return { verdict: "fail", facts: { kind: "not-an-objective", objectives: objectives.names } };
}
