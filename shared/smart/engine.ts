import { judgeAchievable } from "./achievable.js";
import { ADVICE, UNRECOGNISED_LANGUAGE_NOTE } from "./advice.js";
import { directionOf, directionsOf, firstDirectionIndex } from "./directions.js";
import { detectLanguage } from "./language.js";
import { judgeMeasurable } from "./measurable.js";
import { findMetrics, objectivesOf, primaryMetric } from "./metrics.js";
import { normaliseGoal, normalizeGoal, quote } from "./normalize.js";
import { findQuantities } from "./quantities.js";
import { judgeRelevant } from "./relevant.js";
import { judgeSpecific } from "./specific.js";
import { findTime } from "./time.js";
import { judgeTimeBound } from "./timebound.js";
import { CRITERIA, type CriterionResult, type KnownLanguage, type SmartOptions, type SmartResult } from "./types.js";

/**
 * Judge one goal statement against SMART (DOMAIN.md, section SMART) in its own language. Pure, total and
 * deterministic: any string gets a result (an empty one fails S, M, R and T). Every pattern it runs is linear,
 * so a 20,000-character cell returns promptly.
 */
export function smartCheck(text: string, options: SmartOptions = {}): SmartResult {
  const goal = normaliseGoal(text);
  const language = detectLanguage(goal.text);
  const rules: KnownLanguage = language === "und" ? "en" : language;
  const advice = ADVICE[rules];

  const mentions = findMetrics(goal.text, rules);
  const headFinal = rules === "zh" ? { directionAt: firstDirectionIndex(goal.text, rules) } : undefined;
  const named = primaryMetric(mentions, goal.text, headFinal, rules === "ar");
  const time = findTime(goal.text, rules);
  // A bare length ("30 days") is the target of a duration metric (the sales cycle), a time frame otherwise.
  // Period words inside a metric's own name ("average days to close") are not a time frame.
  const durationMetric = named?.entry.unit === "duration";
  const frames = (durationMetric ? time.frames : [...time.frames, ...time.lengths])
    .filter((f) => !mentions.some((m) => m.start <= f.start && f.end <= m.end))
    .sort((a, b) => a.start - b.start);
  const quantities = findQuantities(goal.text, rules, frames);
  const directions = directionsOf(rules);
  const direction = directionOf(goal.text, rules);
  // A weak word ("customers", "pipeline") names a metric only when the goal counts or moves it:
  // "win 50 new customers" does, "make our customers happy" does not.
  const metric =
    named?.entry.weak && quantities.length === 0 && direction !== "up" && direction !== "down" ? undefined : named;
  const metricWords = metric === undefined ? "" : quote(goal, metric.start, metric.end);

  const s = judgeSpecific(metric, metricWords, direction !== undefined, quantities);
  const m = judgeMeasurable(quantities);
  const a = judgeAchievable({ normalised: goal.text, quantities, direction, frames, directions, options });
  const objectives = options.objectives === undefined ? undefined : objectivesOf(options.objectives, normalizeGoal);
  const r = judgeRelevant(metric, objectives, goal.text);
  const t = judgeTimeBound(frames);

  const note = language === "und" ? UNRECOGNISED_LANGUAGE_NOTE : "";
  const result = (verdict: CriterionResult["verdict"], reason: string): CriterionResult => ({
    verdict,
    reason: note + reason,
  });
  const S = result(
    s.verdict,
    s.facts.kind === "pass"
      ? advice.specificPass(s.facts.metric)
      : s.facts.kind === "no-direction"
        ? advice.noDirection(s.facts.metric)
        : advice.noMetric,
  );
  const M = result(
    m.verdict,
    m.quantity ? advice.measurablePass(quote(goal, m.quantity.start, m.quantity.end)) : advice.noQuantity,
  );
  const A = result(a.verdict, advice.achievable(a.facts));
  const R = result(
    r.verdict,
    r.facts.kind === "sales-metric"
      ? advice.relevantPass(metricWords)
      : r.facts.kind === "objective"
        ? advice.relevantObjective(metricWords)
        : r.facts.kind === "not-an-objective"
          ? advice.notAnObjective(metricWords, r.facts.objectives.join(", "))
          : advice.notRelevant,
  );
  const T = result(t.verdict, t.frame ? advice.timePass(quote(goal, t.frame.start, t.frame.end)) : advice.noTime);
  const verdicts = { S, M, A, R, T };
  const score = CRITERIA.filter((c) => verdicts[c].verdict !== "fail").length;
  return { score, language, metric: metric?.id ?? null, S, M, A, R, T };
}
