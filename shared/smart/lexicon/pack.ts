import type { MetricId } from "../metric-lexicon.js";

/**
 * Everything SMARTCHECK knows about one language, as data: one file per language under `lexicon/`, so a language
 * is added by writing its words, never by branching the rules. Every source is a regular expression over the
 * normalised goal (lower case, NFKC, ASCII digits, folded Arabic letters: see normalize.ts), compiled once by
 * patterns.ts, which also puts the language's word boundaries around it. Patterns are plain alternations with
 * bounded repeats, so matching stays linear in the goal's length.
 */

/**
 * How a lexicon match meets the words around it:
 * - `word`: whole words only (English, Romance languages): "march" never matches inside "marching".
 * - `compound`: the match may close a compound (Dutch, German: partner|leads, Jahres|umsatz) but must end a word.
 * - `clitic`: Arabic attaches "and", "by", "for" and "the" in front (و، ب، ل، ال) and pronouns behind: those
 *   are allowed, any other letter is not, so مارس (March) is not found inside ممارسة (practice).
 * - `none`: Chinese and Japanese write no spaces; the longest of overlapping matches wins (下一季度 over 一季度).
 */
export type Boundary = "word" | "compound" | "clitic" | "none";

export interface TimeLexicon {
  /** Metric names that contain a period word but are no time frame (annual recurring revenue, 月活). */
  readonly mask?: string;
  /** A deadline, a period or a cadence on its own ("by Q3", "per maand", 同比, شهريًا). */
  readonly frames: readonly string[];
  /**
   * A number with a time unit. Groups: `lead` (a lead-in such as "within", "binnen", خلال), `within` (a suffix
   * such as 内, 以内). With either it is a frame; bare ("30 days") it is a length, a frame for most metrics and
   * the measure itself for duration metrics (the sales cycle).
   */
  readonly durations: string;
  /** Right before a duration: it is the value a duration metric should reach ("under", "to", 缩短到, "auf"). */
  readonly measureBefore: string;
  /** Right after a duration: the same, for languages that put the marker behind (Japanese 5分以内に短縮). */
  readonly measureAfter?: string;
  /** A time frame longer than a year ("two years", "binnen drie jaar", 两年内, سنتين): no red flag for A. */
  readonly multiYear: string;
}

export interface DirectionLexicon {
  readonly up: string;
  readonly down: string;
  /** Verbs and phrases that set a target state without a direction ("reach", "keep", "send", "close"). */
  readonly target: string;
  /** Right before a quantity: the quantity is the change ("by 10%", "met 10%", "um 10 %", بنسبة). */
  readonly byMarker: string;
  /** Right before a quantity: the quantity is the target level ("to 90%", "tot 1%", "auf", 至, إلى). */
  readonly toMarker: string;
  /** Right before a quantity: the quantity is the starting level ("from 3%", "van 3%", 从, من). */
  readonly fromMarker: string;
  /** Right after a quantity, for languages that mark it behind (Japanese 10%から, 20%に, 3割増). */
  readonly byAfter?: string;
  readonly toAfter?: string;
  readonly fromAfter?: string;
}

export interface NumberLexicon {
  /** Number words and their values; runs combine ("twenty five thousand"). Compounds may be generated. */
  readonly words: Readonly<Record<string, number>>;
  /** Words joining the parts of one number: "and", "en", "und", "y", "e", "و". */
  readonly joiners: readonly string[];
  /** Words for 1 that are also an article ("one", "een", "ein", "un"): a number only in a run or before a unit. */
  readonly articles: readonly string[];
  /** Right after a number: it is a percentage ("percent", "procent", "Prozent", "por ciento", بالمئة). */
  readonly percent: string;
  /** Right after a number: it counts occurrences ("times", "keer", "Mal", "veces", "fois", مرات, 回). */
  readonly countUnit: string;
  /** Whole phrases that are a count ("once", "twice", "zweimal", "één keer", مرتين), with the count. */
  readonly counts: readonly (readonly [string, number])[];
  /** Fractions as percentages ("a third" = 33.3, "een kwart" = 25, 四成 is handled by `tenths`). */
  readonly fractions: readonly (readonly [string, number])[];
  /** Factor words (double, verdubbelen, 翻一番, مضاعفة), longer phrases first. */
  readonly factors: readonly (readonly [string, number])[];
  /** Multipliers written after digits ("Mio.", "millones", "mil"), beyond the shared ones (k, m, million). */
  readonly multipliers?: Readonly<Record<string, number>>;
  /** A counter after a numeral that makes it tenths (Chinese 成, Japanese 割): 四成 = 40%. */
  readonly tenths?: string;
  /** Right after digits: a factor ("3x" everywhere; 3倍 in Chinese and Japanese). */
  readonly factorSuffix?: string;
  /** Right before a numeral: a percentage (Chinese 百分之二十). */
  readonly percentBefore?: string;
  /** A general fraction with groups `den` and `num` (Chinese 三分之一, Japanese 3分の1). */
  readonly fractionOf?: string;
  /** Numerals written with Chinese characters (五百, 两, 三千万), read by chinese-numerals.ts. */
  readonly cjkNumerals?: boolean;
}

/** The order in which a language names a metric: the head of "lead response time" is last in English. */
export type HeadOrder = "head-last" | "head-first";

export interface LanguagePack {
  readonly boundary: Boundary;
  /** Metric names may close a compound in Dutch and German; otherwise the language's boundary. */
  readonly metricBoundary?: Boundary;
  /** Latin-script languages: frequent words of goals in this language, space-separated, for detection. */
  readonly detect?: string;
  /** Spelling that gives a word away (Dutch ij, German sch/ß, Portuguese ção), for detection. */
  readonly spelling?: string;
  readonly metrics: Readonly<Record<MetricId, string>>;
  /** Phrases that contain a metric word but name no metric (the sales team, ممارسات المبيعات). */
  readonly notAMetric?: string;
  /** Words that may stand between a direction and a weak noun it moves ("more", "the number of", "new"). */
  readonly fillers: string;
  /** Words that join two metric mentions into one name ("de" in "tasa de conversión", 的). */
  readonly linkers: string;
  readonly head: HeadOrder;
  /** Chinese and Japanese put the object before the verb: the metric is the last one before the first verb. */
  readonly objectBeforeVerb?: boolean;
  readonly time: TimeLexicon;
  readonly directions: DirectionLexicon;
  readonly numbers: NumberLexicon;
}
