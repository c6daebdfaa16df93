import { judgeAchievable } from "./achievable.js";
import { ADVICE, NOT_READ, UNRECOGNISED_LANGUAGE_NOTE } from "./advice.js";
import { directionFacts, directionsOf } from "./directions.js";
import { detectLanguage } from "./language.js";
import { LANGUAGE_PACKS } from "./lexicon/index.js";
import { judgeMeasurable } from "./measurable.js";
import { findMetrics, type MetricMatch, objectivesOf, primaryMetric } from "./metrics.js";
import { normaliseGoal, normalizeGoal, quote } from "./normalize.js";
import { markerPattern, wordStart } from "./patterns.js";
import { findQuantities } from "./quantities.js";
import { judgeRelevant } from "./relevant.js";
import { judgeSpecific } from "./specific.js";
import { durationFrames, findTime, type TimeMatch } from "./time.js";
import { judgeTimeBound } from "./timebound.js";
import {
  CRITERIA,
  type Criterion,
  type CriterionResult,
  type KnownLanguage,
  type Quantity,
  type SmartOptions,
  type SmartResult,
} from "./types.js";

const multiYear = new Map<KnownLanguage, RegExp>();
function multiYearOf(language: KnownLanguage): RegExp {
  let r = multiYear.get(language);
  if (r === undefined) {
    r = markerPattern(LANGUAGE_PACKS[language].time.multiYear);
    multiYear.set(language, r);
  }
  return r;
}

/**
 * Time words inside a metric's own name ("average days to close", 月活) are no time frame. A sweep over both
 * lists sorted by start: each span is inside a mention when a mention starting at or before it reaches past it.
 */
function outsideMentions<T extends TimeMatch>(spans: readonly T[], mentions: readonly MetricMatch[]): T[] {
  if (mentions.length === 0) return [...spans];
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: T[] = [];
  let i = 0;
  let reach = -1;
  for (const f of sorted) {
    while (i < mentions.length && (mentions[i] as MetricMatch).start <= f.start) {
      reach = Math.max(reach, (mentions[i] as MetricMatch).end);
      i++;
    }
    if (reach < f.end) out.push(f);
  }
  return out;
}

/**
 * A number inside a duration that is the metric's measure is quoted as the whole duration: "under 10 minutes".
 * Both lists are sorted by start and the measures do not overlap, so one sweep pairs them.
 */
function widen(quantities: readonly Quantity[], measures: readonly TimeMatch[]): Quantity[] {
  if (measures.length === 0) return [...quantities];
  const out: Quantity[] = [];
  let i = 0;
  for (const q of quantities) {
    while (i < measures.length && (measures[i] as TimeMatch).end <= q.start) i++;
    const d = measures[i];
    out.push(
      d !== undefined && d.start <= q.start && q.end <= d.end ? { ...q, start: d.start, end: d.end, text: d.text } : q,
    );
  }
  return out;
}

/**
 * Judge one goal statement against SMART (docs/domain.md, section SMART) in its own language. Pure, total and
 * deterministic: any string gets a result (an empty one fails S, M, R and T). Every pattern it runs is linear
 * and every overlap is resolved after a sort, so the time grows with the goal's length, not its square.
 */
export function smartCheck(text: string, options: SmartOptions = {}): SmartResult {
  const goal = normaliseGoal(text);
  const language = detectLanguage(goal.text);
  const rules: KnownLanguage = language === "und" ? "en" : language;
  const pack = LANGUAGE_PACKS[rules];
  const advice = ADVICE[rules];

  const mentions = findMetrics(goal.text, rules);
  const facts = directionFacts(goal.text, rules);
  const direction = facts.direction;
  const directionAt = pack.objectBeforeVerb ? facts.firstAt : -1;
  const time = findTime(goal.text, rules);

  // Whether the metric is a duration decides what its lengths are: "under 10 minutes" is a response time's
  // target, "within six months" a deadline. The provisional metric counts every mention.
  const provisional = primaryMetric(mentions, goal.text, rules, directionAt);
  const fixed = outsideMentions(time.frames, mentions);
  const durations = outsideMentions(time.durations, mentions);
  let timed: TimeMatch[] = durations;
  if (provisional?.entry.unit === "duration") {
    const others = findQuantities(goal.text, rules, [...fixed, ...durations]);
    timed = durationFrames(durations, true, others.length > 0, direction === "up" || direction === "down");
  }
  const frames = [...fixed, ...timed].sort((a, b) => a.start - b.start);
  const asFrames = new Set<TimeMatch>(timed);
  const measures = timed === durations ? [] : durations.filter((d) => !asFrames.has(d));
  const quantities = widen(findQuantities(goal.text, rules, frames), measures);
  const metric = primaryMetric(mentions, goal.text, rules, directionAt, {
    hasQuantity: quantities.length > 0,
    words: facts.words,
    // Counts, not shares: "10 nouveaux clients" is about clients, "80% of reps to quota" about quota.
    quantities: quantities.filter((q) => q.kind === "number"),
  });
  const metricWords = metric === undefined ? "" : quote(goal, wordStart(goal.text, metric.start), metric.end);

  const s = judgeSpecific(metric, metricWords, direction !== undefined, quantities);
  const m = judgeMeasurable(quantities);
  const a = judgeAchievable({
    normalised: goal.text,
    quantities,
    direction,
    frames,
    directions: directionsOf(rules),
    options,
    ratioMetric: metric?.entry.unit === "ratio",
    multiYear: multiYearOf(rules),
  });
  const objectives = options.objectives === undefined ? undefined : objectivesOf(options.objectives, normalizeGoal);
  const r = judgeRelevant(metric, objectives, goal.text);
  const t = judgeTimeBound(frames);

  const reasons: Record<Criterion, string> = {
    S:
      s.facts.kind === "pass"
        ? advice.specificPass(s.facts.metric)
        : s.facts.kind === "no-direction"
          ? advice.noDirection(s.facts.metric)
          : advice.noMetric,
    M: m.quantity ? advice.measurablePass(quote(goal, m.quantity.start, m.quantity.end)) : advice.noQuantity,
    A: advice.achievable(a.facts),
    R:
      r.facts.kind === "sales-metric"
        ? advice.relevantPass(metricWords)
        : r.facts.kind === "objective"
          ? advice.relevantObjective(metricWords)
          : r.facts.kind === "not-an-objective"
            ? advice.notAnObjective(metricWords, r.facts.objectives.join(", "))
            : advice.notRelevant,
    T: t.frame ? advice.timePass(quote(goal, t.frame.start, t.frame.end)) : advice.noTime,
  };
  const verdicts = { S: s.verdict, M: m.verdict, A: a.verdict, R: r.verdict, T: t.verdict };
  const result = {} as Record<Criterion, CriterionResult>;
  // Words in a language we cannot read (any script); digits and punctuation alone are simply no goal.
  const unreadWords = language === "und" && /\p{L}/u.test(goal.text);
  for (const c of CRITERIA) {
    // A language we cannot read: what the English rules found stands, with the note; what they did not find
    // may be there in words we cannot read, so it is not checked rather than failed.
    if (language === "und") {
      const unread = unreadWords && verdicts[c] === "fail" && c !== "A";
      result[c] = {
        verdict: unread ? "unchecked" : verdicts[c],
        reason: UNRECOGNISED_LANGUAGE_NOTE + (unread ? NOT_READ : reasons[c]),
      };
    } else {
      result[c] = { verdict: verdicts[c], reason: reasons[c] };
    }
  }
  const score = CRITERIA.filter(
    (c) => result[c].verdict === "pass" || (result[c].verdict === "unchecked" && c === "A"),
  ).length;
  return { score, language, metric: metric?.id ?? null, ...result };
}
