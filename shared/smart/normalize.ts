/**
 * One normalised form of a goal that every rule reads, so lexicons are written once: lower case (NFKC folds
 * full-width digits and letters from Chinese input methods), Arabic-Indic and Persian digits as ASCII, the
 * Arabic percent and separators as ASCII, Arabic diacritics and tatweel removed, alef and yeh variants folded.
 * Reasons quote the goal's own words through a map back to the typed text (see quote).
 */
const ARABIC_DIGIT_ZERO = 0x0660;
const PERSIAN_DIGIT_ZERO = 0x06f0;

// Diacritics (harakat, tanween, shadda, sukun, superscript alef) and tatweel carry no meaning for matching.
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/g;

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= ARABIC_DIGIT_ZERO && code <= ARABIC_DIGIT_ZERO + 9) return String(code - ARABIC_DIGIT_ZERO);
  if (code >= PERSIAN_DIGIT_ZERO && code <= PERSIAN_DIGIT_ZERO + 9) return String(code - PERSIAN_DIGIT_ZERO);
  switch (ch) {
    case "\u066a": // ٪ Arabic percent sign
      return "%";
    case "\u066b": // ٫ Arabic decimal separator
      return ".";
    case "\u066c": // ٬ Arabic thousands separator
    case "\u060c": // ، Arabic comma
      return ",";
    case "\u0623": // أ
    case "\u0625": // إ
    case "\u0622": // آ
      return "\u0627"; // ا
    case "\u0649": // ى alef maksura read as yeh
      return "\u064a";
    case "\u2019": // ’ typographic apostrophe (MQL’s)
      return "'";
    case "\u00a0": // no-break space, as in "€ 18.000" typed in Dutch Excel
    case "\u202f":
      return " ";
    default:
      return ch;
  }
}

function isArabicMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640;
}

/** A normalised goal and, for quoting, where each of its characters came from in the NFKC form of the goal. */
export interface NormalisedGoal {
  /** What the rules read. */
  readonly text: string;
  /** The goal as typed (NFKC), for quoting the user's own words. */
  readonly display: string;
  /** origin[i] = the index in `display` of text[i]; undefined when they line up one to one. */
  readonly origin: readonly number[] | undefined;
}

// Characters that normaliseGoal changes beyond lower-casing; without them the fast path is exact.
const NEEDS_FOLDING =
  /[\u00a0\u060c\u0622\u0623\u0625\u0640\u0649\u064b-\u065f\u0660-\u066c\u0670\u06f0-\u06f9\u2019\u202f]/;

export function normaliseGoal(goal: string): NormalisedGoal {
  const display = goal.normalize("NFKC");
  const lower = display.toLowerCase();
  if (lower.length === display.length && !NEEDS_FOLDING.test(lower)) return { text: lower, display, origin: undefined };
  let text = "";
  const origin: number[] = [];
  for (let i = 0; i < display.length; i++) {
    const ch = display[i] as string;
    if (isArabicMark(ch.charCodeAt(0))) continue;
    // Lower-casing can lengthen a character (İ → i̇); every resulting unit maps back to the same place.
    const folded = foldChar(ch).toLowerCase();
    text += folded;
    for (let k = 0; k < folded.length; k++) origin.push(i);
  }
  return { text, display, origin };
}

/** The goal's own words for a span of the normalised text. */
export function quote(goal: NormalisedGoal, start: number, end: number): string {
  if (goal.origin === undefined) return goal.display.slice(start, end).trim();
  if (end <= start || start >= goal.origin.length) return "";
  const from = goal.origin[start] as number;
  const to = (goal.origin[Math.min(end, goal.origin.length) - 1] as number) + 1;
  return goal.display.slice(from, to).trim();
}

/** The normalised text alone (see normaliseGoal). */
export function normalizeGoal(goal: string): string {
  return normaliseGoal(goal).text;
}

/**
 * Fold the Arabic letters of a lexicon entry the way normalizeGoal folds a goal (hamza on alef, alef maksura,
 * diacritics), so lexicons can be written in ordinary spelling ("إلى", "أشهر"). It leaves everything else
 * alone, so it is safe on regular-expression sources.
 */
export function foldArabicLetters(source: string): string {
  return source
    .replace(ARABIC_MARKS, "")
    .replace(/[\u0622\u0623\u0625]/g, "\u0627")
    .replace(/\u0649/g, "\u064a");
}

/**
 * The letters of normalised text (lower-case Latin with accents, Arabic), spelled out so patterns compile without
 * the Unicode flag: V8 runs non-Unicode patterns markedly faster, and the goal text is already normalised.
 */
export const LETTER = "[a-z\\u00c0-\\u024f\\u0621-\\u064a\\u066e-\\u06d3]";

/** Compile a lexicon pattern for normalised text: Arabic letters folded, \\p{L} spelled out, global. */
export function lexiconPattern(source: string): RegExp {
  return new RegExp(foldArabicLetters(source).replaceAll("\\p{L}", LETTER), "g");
}
