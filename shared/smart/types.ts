/** The languages SMARTCHECK reads, each with its own lexicon and advice (lexicon/<language>.ts, advice/). */
export const KNOWN_LANGUAGES = ["en", "zh", "nl", "ar", "de", "es", "fr", "pt", "ja"] as const;
export type KnownLanguage = (typeof KNOWN_LANGUAGES)[number];

/**
 * "und" (undetermined): text in none of the known languages. It is read with the English rules as a best effort;
 * what those rules cannot find is reported as not checked rather than failed, and every reason says so.
 */
export type Language = KnownLanguage | "und";

export type Verdict = "pass" | "fail" | "unchecked";

export interface CriterionResult {
  readonly verdict: Verdict;
  /** Why, in the goal's language, with the fix when the verdict is fail. */
  readonly reason: string;
}

export const CRITERIA = ["S", "M", "A", "R", "T"] as const;
export type Criterion = (typeof CRITERIA)[number];

/** What `smartCheck` returns: the shape `goalsheet smartcheck --jsonl` writes, one object per goal. */
export interface SmartResult {
  /**
   * Criteria that did not fail, 0–5: A unchecked for want of data is not held against a goal. In a language
   * SMARTCHECK cannot read ("und"), a criterion it could not check does not count either.
   */
  readonly score: number;
  readonly language: Language;
  /** The canonical metric id the goal is about (see METRIC_IDS), or null when none is named. */
  readonly metric: string | null;
  readonly S: CriterionResult;
  readonly M: CriterionResult;
  readonly A: CriterionResult;
  readonly R: CriterionResult;
  readonly T: CriterionResult;
}

export interface SmartOptions {
  /** The metric's current value, the base the required change is measured from. */
  readonly baseline?: number;
  /** Past period values, oldest first, for the historical period-over-period change. */
  readonly history?: readonly number[];
  /** Metric names the organisation cares about; when given, R requires the goal's metric among them. */
  readonly objectives?: readonly string[];
}

/** A half-open character range [start, end) in the normalised text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A quantity found in a goal: a number, a percentage, an amount, or a factor ("double"). */
export interface Quantity extends Span {
  readonly value: number;
  readonly kind: "number" | "percent" | "factor";
  /** The text as written, quoted in reasons. */
  readonly text: string;
}
