import type { Boundary } from "./lexicon/pack.js";
import { foldArabicLetters } from "./normalize.js";

/**
 * The letters of normalised text (lower-case Latin with accents, Arabic), spelled out so patterns compile without
 * the Unicode flag: V8 runs non-Unicode patterns markedly faster, and the goal text is already normalised.
 */
export const LETTER = "[a-z\\u00c0-\\u024f\\u0621-\\u064a\\u066e-\\u06d3]";

// Arabic attaches pronouns and the indefinite accusative alef behind a word (and "and", "by", "for", "the" in
// front, see CLITICS): a lexicon word may carry those and nothing else.
const ARABIC_SUFFIX = "(?:ا|ة|ات|ها|هم|هما|نا|كم|ه|ي)?";

// Word characters for boundaries: letters (accented and Arabic included) and digits. JavaScript's \b counts only
// [A-Za-z0-9_], so "\bété" never matches after a space; lexicon sources may write \b, and it means this.
const WORD = "[a-z0-9\\u00c0-\\u024f\\u0621-\\u064a\\u066e-\\u06d3]";
const START = `(?<!${WORD})`;
const END = `(?!${WORD})`;

/**
 * \b in a source, as a start or an end boundary by its place: at the start of an alternative it asks for a word
 * start, elsewhere for a word end. Where the whole source is wrapped in word boundaries anyway, \b at either end
 * of an alternative is redundant and dropped (lookarounds at the start of a pattern keep V8 from scanning fast).
 */
function boundaries(source: string, wrapped: boolean): string {
  return source.replace(/\\b/g, (_, at: number) => {
    const before = source.slice(Math.max(0, at - 3), at);
    const atStart = at === 0 || /(?:\||\(\?:|\()$/.test(before);
    if (wrapped) return "";
    return atStart ? START : END;
  });
}

/** Is this char code a word character (a letter, accented or Arabic, or a digit)? */
function isWordChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0xc0 && code <= 0x24f) ||
    (code >= 0x621 && code <= 0x64a) ||
    (code >= 0x66e && code <= 0x6d3)
  );
}

const CLITICS = /^(?:[وفبلك]|لل|وال|فال|بال|كال|ولل|وب|ول|فب|فل)?(?:ال)?$/;

/** One match of a lexicon pattern: where it starts in the normalised goal, its text and its named groups. */
export interface LexiconMatch {
  readonly index: number;
  readonly text: string;
  readonly groups: Readonly<Record<string, string | undefined>> | undefined;
}

/**
 * A lexicon source compiled with the language's word boundaries (see Boundary in lexicon/pack.ts). The end of a
 * match is checked by the pattern; its start is checked here, on the character before it, because a lookbehind
 * at the start of a pattern keeps V8 from skipping ahead to the characters the pattern can start with, and most
 * patterns do not occur in a given goal.
 */
export class LexiconPattern {
  private readonly pattern: RegExp;

  constructor(
    source: string,
    private readonly boundary: Boundary = "none",
  ) {
    const folded = foldArabicLetters(source).replaceAll("\\p{L}", LETTER).replaceAll("\\w", LETTER);
    const body = boundaries(folded, boundary === "word" || boundary === "clitic");
    this.pattern = new RegExp(
      boundary === "none" ? body : boundary === "clitic" ? `(?:${body})${ARABIC_SUFFIX}${END}` : `(?:${body})${END}`,
      "g",
    );
  }

  /** Every match, in order, each starting at a boundary the language allows. */
  scan(text: string): LexiconMatch[] {
    const pattern = this.pattern;
    pattern.lastIndex = 0;
    let m = pattern.exec(text);
    if (m === null) return NONE;
    const found: LexiconMatch[] = [];
    for (; m !== null; m = pattern.exec(text)) {
      const start = this.start(text, m.index);
      if (start >= 0) found.push({ index: start, text: text.slice(start, m.index + m[0].length), groups: m.groups });
      else pattern.lastIndex = m.index + 1;
      if (m[0].length === 0 && pattern.lastIndex === m.index) pattern.lastIndex++;
    }
    return found;
  }

  /** Where the first match starts, or -1. */
  first(text: string): number {
    const pattern = this.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const start = this.start(text, m.index);
      if (start >= 0) return start;
      pattern.lastIndex = m.index + 1;
    }
    return -1;
  }

  /** Where a match found at `index` really starts (clitics included), or -1 when it starts inside a word. */
  private start(text: string, index: number): number {
    if (this.boundary === "none" || this.boundary === "compound") return index;
    if (index === 0 || !isWordChar(text.charCodeAt(index - 1))) return index;
    if (this.boundary === "word") return -1;
    let j = index;
    while (j > 0 && index - j < 5 && isWordChar(text.charCodeAt(j - 1))) j--;
    if (j > 0 && isWordChar(text.charCodeAt(j - 1))) return -1;
    return CLITICS.test(text.slice(j, index)) ? j : -1;
  }
}

const NONE: LexiconMatch[] = [];

/** Compile a lexicon source for normalised text, with the language's boundaries. */
export function lexiconPattern(source: string, boundary: Boundary = "none"): LexiconPattern {
  return new LexiconPattern(source, boundary);
}

/**
 * Compile a marker tested on the few characters right before (or after) a quantity: anchored by the source
 * itself ("by$", "^に"), Arabic folded, not global.
 */
export function markerPattern(source: string): RegExp {
  const body = boundaries(foldArabicLetters(source).replaceAll("\\p{L}", LETTER), false);
  return new RegExp(body, "u");
}
