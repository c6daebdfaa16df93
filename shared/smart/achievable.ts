import type { CompiledDirections } from "./directions.js";
import type { TimeMatch } from "./time.js";
import type { Quantity, SmartOptions, Verdict } from "./types.js";

/**
 * A: is the change the goal asks for within reach? The rule (docs/domain.md, "Achievability": compare the required
 * growth with past period-over-period growth; 700K → 5M is the classic unrealistic goal):
 *
 * 1. The required change is relative to the baseline (the last history value when no baseline is given):
 *    "from 3% to 2.5%" → 2.5% / 3% − 1; "by 10%" → ±10% (the direction word gives the sign); "to 90%",
 *    "reach $5 million" → target / baseline − 1; "by $1 million" → 1M / baseline; double/triple/halve → ×2/×3/×½.
 * 2. History: each period-over-period change x[i] / x[i−1] − 1. The largest of their sizes is what the
 *    metric has shown it can move in one period.
 * 3. Achievable when the size of the required change is at most twice that largest change (at least 5%, so a
 *    flat history does not forbid every goal). Twice, because a goal should stretch: "challenging" is fine,
 *    "unrealistic" is not.
 * Without a baseline and history it is unchecked, unless the text is a red flag on its own: growth of more
 * than 100% (more than doubling), or a cut of 100% or more, with no time frame longer than a year.
 */
export type AchievableFacts =
  | { kind: "no-data" }
  | { kind: "no-target" }
  | { kind: "short-history" }
  | { kind: "red-flag"; change: number }
  | { kind: "no-red-flag"; change: number }
  | {
      kind: "judged";
      change: number;
      base: number;
      target: number;
      largest: number;
      limit: number;
      achievable: boolean;
    };

export const STRETCH_FACTOR = 2;
export const MINIMUM_LIMIT = 0.05;

/** What the goal asks for: a relative change, or a target level (and the level it starts from, if stated). */
export type Requirement =
  | { kind: "change"; change: number }
  | { kind: "delta"; delta: number }
  | { kind: "level"; target: number; isPercent: boolean; from?: number };

export interface AchievableInput {
  readonly normalised: string;
  readonly quantities: readonly Quantity[];
  readonly direction: "up" | "down" | "hold" | undefined;
  readonly frames: readonly TimeMatch[];
  readonly directions: CompiledDirections;
  readonly options: SmartOptions;
  /** The metric is itself a multiple (pipeline coverage): "3x" is its level, not a tripling. */
  readonly ratioMetric: boolean;
  /** Frames longer than a year, in the goal's language ("two years", 两年内). */
  readonly multiYear: RegExp;
}

/** The few characters before a quantity, without currency signs: where "by", "to" and "from" sit. */
function before(text: string, q: Quantity): string {
  return text
    .slice(Math.max(0, q.start - 20), q.start)
    .replace(/(?:\s|[$€£¥]|r\$|usd|eur|brl|rmb|cny|人民币|美元|欧元)+$/u, "")
    .trimEnd();
}

/** The few characters after a quantity, without currency words: where Japanese puts から (from) and に (to). */
function after(text: string, q: Quantity): string {
  return text.slice(q.end, q.end + 12).replace(/^\s*(?:円|元|ドル|ユーロ|usd|eur|€|\$)?\s*/u, "");
}

interface Marks {
  readonly by: boolean;
  readonly to: boolean;
  readonly from: boolean;
}

function marksOf(text: string, q: Quantity, d: CompiledDirections): Marks {
  const lead = before(text, q);
  const tail = after(text, q);
  return {
    by: d.byMarker.test(lead) || d.byAfter.test(tail),
    to: d.toMarker.test(lead) || d.toAfter.test(tail),
    from: d.fromMarker.test(lead) || d.fromAfter.test(tail),
  };
}

export function requirementOf(input: AchievableInput): Requirement | undefined {
  const { quantities, normalised: text, directions: d, direction } = input;
  if (quantities.length === 0) return undefined;
  // Quantities are few in a goal; beyond the first hundred they change nothing but the cost.
  const n = Math.min(quantities.length, 100);
  for (let i = 0; i + 1 < n; i++) {
    const from = quantities[i] as Quantity;
    const to = quantities[i + 1] as Quantity;
    if (from.kind === to.kind && marksOf(text, from, d).from && marksOf(text, to, d).to) {
      return { kind: "level", target: to.value, isPercent: to.kind === "percent", from: from.value };
    }
  }
  let q = quantities[0] as Quantity;
  for (let i = 0; i < n; i++) {
    if ((quantities[i] as Quantity).kind === "factor") {
      q = quantities[i] as Quantity;
      break;
    }
  }
  const marks = marksOf(text, q, d);
  const isBy = marks.by && !marks.to;
  const isTo = !isBy && marks.to;
  if (q.kind === "factor") {
    // A multiple of the current value ("double", "3x the pipeline", 翻一番, إلى ثلاثة أضعاف) is a change, unless the
    // metric is itself a multiple: "keep 3x pipeline coverage" is a level of coverage, not a tripling.
    const written = /\d/.test(q.text);
    if (input.ratioMetric && (written || isTo || direction === "hold")) {
      return { kind: "level", target: q.value, isPercent: false };
    }
    return { kind: "change", change: q.value - 1 };
  }
  if (q.kind === "percent") {
    if (isTo || (!isBy && direction === "hold")) return { kind: "level", target: q.value, isPercent: true };
    return { kind: "change", change: ((direction === "down" ? -1 : 1) * q.value) / 100 };
  }
  if (isBy) return { kind: "delta", delta: (direction === "down" ? -1 : 1) * q.value };
  return { kind: "level", target: q.value, isPercent: false };
}

/** A target level as a relative change from a base; a percent level is read in the base's own units. */
function changeFrom(req: Requirement, base: number): { change: number; target: number } | undefined {
  if (req.kind === "change") return { change: req.change, target: base * (1 + req.change) };
  // "by $1 million": the amount is added (or, going down, removed).
  if (req.kind === "delta") return base === 0 ? undefined : { change: req.delta / base, target: base + req.delta };
  const target = req.isPercent && Math.abs(base) <= 1 ? req.target / 100 : req.target;
  return base === 0 ? undefined : { change: target / base - 1, target };
}

export function judgeAchievable(input: AchievableInput): { verdict: Verdict; facts: AchievableFacts } {
  const req = requirementOf(input);
  const { baseline, history } = input.options;
  const values = history ?? [];
  const base = baseline ?? values[values.length - 1];
  const hasHistory = values.length > 0;

  if (hasHistory) {
    if (req === undefined) return { verdict: "unchecked", facts: { kind: "no-target" } };
    // One pass, no spread into Math.max: a history of millions of values must not overflow the stack.
    let largest = 0;
    let changes = 0;
    for (let i = 1; i < values.length; i++) {
      const prev = values[i - 1] as number;
      if (prev === 0) continue;
      largest = Math.max(largest, Math.abs((values[i] as number) / prev - 1));
      changes++;
    }
    const step = base === undefined ? undefined : changeFrom(req, base);
    if (changes === 0 || step === undefined || base === undefined) {
      return { verdict: "unchecked", facts: { kind: "short-history" } };
    }
    const limit = Math.max(STRETCH_FACTOR * largest, MINIMUM_LIMIT);
    const achievable = Math.abs(step.change) <= limit + 1e-12;
    return {
      verdict: achievable ? "pass" : "fail",
      facts: { kind: "judged", change: step.change, base, target: step.target, largest, limit, achievable },
    };
  }

  // No history: only the text's own red flags (and a baseline alone lets a target level become a change).
  let change: number | undefined;
  if (req?.kind === "change") change = req.change;
  else if (req !== undefined && base !== undefined) change = changeFrom(req, base)?.change;
  // "From $700K to $5M": the goal states its own start, so the change is known without a baseline.
  else if (req?.kind === "level" && req.from !== undefined && req.from !== 0) change = req.target / req.from - 1;
  if (change === undefined || !Number.isFinite(change)) return { verdict: "unchecked", facts: { kind: "no-data" } };
  const longHorizon = input.frames.some((f) => input.multiYear.test(f.text));
  if (!longHorizon && (change > 1 + 1e-12 || change <= -1))
    return { verdict: "fail", facts: { kind: "red-flag", change } };
  return { verdict: "unchecked", facts: { kind: "no-red-flag", change } };
}
