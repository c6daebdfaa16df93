import type { Boundary } from "./lexicon/pack.js";
import { foldArabicLetters } from "./normalize.js";

/**
 * The letters of normalised text (lower-case Latin with accents, Arabic), spelled out so patterns compile without
 * the Unicode flag: V8 runs non-Unicode patterns markedly faster, and the goal text is already normalised.
 */
export const LETTER = "[a-z\\u00c0-\\u024f\\u0621-\\u064a\\u066e-\\u06d3]";

// Arabic attaches "and", "so", "by", "for", "as" and "the" in front of a word, and pronouns and the
// indefinite accusative alef behind it: a lexicon word may carry those and nothing else.
const ARABIC_PREFIX = "(?:[وفبلك]|لل|وال|فال|بال|كال|ولل|وب|ول|فب|فل)?(?:ال)?";
const ARABIC_SUFFIX = "(?:ا|ة|ات|ها|هم|هما|نا|كم|ه|ي)?";

// A word boundary that knows accented and Arabic letters: JavaScript's \b counts only [A-Za-z0-9_] as word
// characters, so "\bété" never matches after a space. Lexicon sources may use \b; it means this.
const WORD_CHAR = "[a-z0-9_\\u00c0-\\u024f\\u0621-\\u064a\\u066e-\\u06d3]";
const WORD_BOUNDARY = `(?:(?<!${WORD_CHAR})(?=${WORD_CHAR})|(?<=${WORD_CHAR})(?!${WORD_CHAR}))`;

/** Put the language's word boundaries around a lexicon source (see Boundary in lexicon/pack.ts). */
export function bounded(source: string, boundary: Boundary): string {
  const body = foldArabicLetters(source)
    .replaceAll("\\p{L}", LETTER)
    .replaceAll("\\w", LETTER)
    .replaceAll("\\b", WORD_BOUNDARY);
  switch (boundary) {
    case "word":
      return `(?<!${LETTER})(?:${body})(?!${LETTER})`;
    case "compound":
      return `(?:${body})(?!${LETTER})`;
    case "clitic":
      return `(?<!${LETTER})${ARABIC_PREFIX}(?:${body})${ARABIC_SUFFIX}(?!${LETTER})`;
    case "none":
      return body;
  }
}

/** Compile a lexicon source for normalised text, with the language's boundaries, global. */
export function lexiconPattern(source: string, boundary: Boundary = "none"): RegExp {
  return new RegExp(bounded(source, boundary), "g");
}

/**
 * Compile a marker tested on the few characters right before (or after) a quantity: anchored by the source
 * itself ("by$", "^に"), Arabic folded, not global.
 */
export function markerPattern(source: string): RegExp {
  const body = foldArabicLetters(source).replaceAll("\\p{L}", LETTER).replaceAll("\\b", WORD_BOUNDARY);
  return new RegExp(body, "u");
}
