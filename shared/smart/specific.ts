import type { MetricMatch } from "./metrics.js";
import type { Quantity, Verdict } from "./types.js";

/**
 * S: the goal names a recognisable business metric and gives it a direction or a target state (docs/domain.md,
 * SMART). A direction word ("increase", 降低, خفض) or a target verb ("reach", "send") counts, and so does a
 * quantity on its own ("churn under 2%"): a number is a target state. "Sell more" and "be the best team" name
 * no metric; "Revenue." names one without saying where it should go.
 */
export type SpecificFacts =
  | { kind: "pass"; metric: string }
  | { kind: "no-metric" }
  | { kind: "no-direction"; metric: string };

export function judgeSpecific(
  metric: MetricMatch | undefined,
  metricWords: string,
  hasDirection: boolean,
  quantities: readonly Quantity[],
): { verdict: Verdict; facts: SpecificFacts } {
  if (metric === undefined) return { verdict: "fail", facts: { kind: "no-metric" } };
  if (!hasDirection && quantities.length === 0) {
    return { verdict: "fail", facts: { kind: "no-direction", metric: metricWords } };
  }
  return { verdict: "pass", facts: { kind: "pass", metric: metricWords } };
}
