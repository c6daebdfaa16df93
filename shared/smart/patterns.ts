import type { Boundary } from "./lexicon/pack.js";
import { nativeRegExp, twoByte, writtenWide } from "./native-regexp.js";
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
  if (wrapped) return source.replaceAll("\\b", "");
  // Two replacements without a callback: a language's first goal compiles some hundred sources.
  return source.replace(STARTING_BOUNDARY, START).replaceAll("\\b", END);
}

/** \b at the start of the source or of an alternative or group: after "|", "(?:" or "(". */
const STARTING_BOUNDARY = /(?<=^|\||\(\?:|\()\\b/g;

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

/**
 * The start of the word around index: a metric name found closing a compound (Neu|kunden, partner|leads) is
 * quoted as the whole word the goal wrote ("Neukunden"), never as a piece of it.
 */
export function wordStart(text: string, index: number): number {
  let i = index;
  while (i > 0 && isWordChar(text.charCodeAt(i - 1))) i--;
  return i;
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
    this.pattern = nativeRegExp(compiledSource(source, boundary), "g", twoByte(boundary));
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
      else pattern.lastIndex = afterRejected(text, m.index, this.boundary);
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
      pattern.lastIndex = afterRejected(text, m.index, this.boundary);
    }
    return -1;
  }

  private start(text: string, index: number): number {
    return startOf(text, index, this.boundary);
  }
}

/**
 * A source as the pattern it compiles to: Arabic folded, \p{L} spelled out, the end boundary appended. A run of
 * letters ("churn\w*", "maand\p{L}*") is bounded at 40: no word is longer, and tried at every position of a
 * hostile million-letter "word" an unbounded run would cost the square of its length.
 */
function compiledSource(source: string, boundary: Boundary): string {
  const folded = foldArabicLetters(source)
    .replace(/\\(?:p\{L\}|w)\*/g, `${LETTER}{0,40}`)
    .replace(/\\(?:p\{L\}|w)\+/g, `${LETTER}{1,40}`)
    .replaceAll("\\p{L}", LETTER)
    .replaceAll("\\w", LETTER);
  const body = boundaries(folded, boundary === "word" || boundary === "clitic");
  return boundary === "none" ? body : boundary === "clitic" ? `(?:${body})${ARABIC_SUFFIX}${END}` : `(?:${body})${END}`;
}

/** Where a match found at `index` really starts (clitics included), or -1 when it starts inside a word. */
function startOf(text: string, index: number, boundary: Boundary): number {
  if (boundary === "none" || boundary === "compound") return index;
  if (index === 0 || !isWordChar(text.charCodeAt(index - 1))) return index;
  if (boundary === "word") return -1;
  let j = index;
  while (j > 0 && index - j < 5 && isWordChar(text.charCodeAt(j - 1))) j--;
  if (j > 0 && isWordChar(text.charCodeAt(j - 1))) return -1;
  return CLITICS.test(text.slice(j, index)) ? j : -1;
}

/**
 * Where to look again after a match that starts inside a word: past the word, since every later start inside it
 * has a letter before it too (for Arabic, once the letters before it are too many to be clitics). So a
 * million-letter "word" is passed over once, not tried again from each of its positions.
 */
function afterRejected(text: string, index: number, boundary: Boundary): number {
  if (boundary !== "word" && boundary !== "clitic") return index + 1;
  let wordStart = index;
  while (wordStart > 0 && isWordChar(text.charCodeAt(wordStart - 1))) wordStart--;
  if (boundary === "clitic" && index - wordStart < 5) return index + 1;
  let end = index + 1;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  return end;
}

/** A match of one member of a LexiconSet. */
export interface SetMatch<K> {
  readonly index: number;
  readonly text: string;
  readonly key: K;
}

/**
 * After this many goals a set also compiles the alternation of all its members: a long run (a workbook of many
 * goals, the add-in's recalculations) then scans each goal once, not once per member.
 */
const WARM_SCANS = 32;

/**
 * Many lexicon sources read as one (a language's metric names, its time frames): every member matching at a
 * position is reported, as separate scans would, and positions are taken in order as one alternation of all
 * members finds them (it reports only its first member at a position).
 *
 * Two ways to the same matches. A set's first goals are scanned member by member, each member keeping where it
 * matches next: in a short-lived process compiling the patterns is most of a first check, and the alternation is
 * as large as all members together. From the WARM_SCANS-th goal on, the alternation finds the positions in one
 * scan and each member is tried there alone, which costs less per goal once compiled.
 */
export class LexiconSet<K> {
  private readonly keys: readonly K[];
  private readonly sources: readonly string[];
  /** The members, each searching on its own (global). */
  private readonly searching: readonly RegExp[];
  /** After WARM_SCANS goals: the alternation of all members, and each member anchored (sticky). */
  private warm: { readonly any: RegExp; readonly anchored: readonly RegExp[] } | undefined;
  private scans = 0;

  /**
   * @param overlapping also look for matches that start inside an earlier one (time frames, which merge into one
   *   phrase: "el ejercicio" and "ejercicio 2027"); otherwise go on after the longest match (metric names).
   * @param warmAfter goals scanned member by member before the alternation is compiled (tests set 0 or Infinity)
   */
  constructor(
    members: readonly (readonly [K, string])[],
    private readonly boundary: Boundary = "none",
    private readonly overlapping = false,
    private readonly warmAfter = WARM_SCANS,
  ) {
    this.keys = members.map(([key]) => key);
    this.sources = members.map(([, source]) => compiledSource(source, boundary));
    this.searching = this.sources.map((source) => nativeRegExp(source, "g", twoByte(boundary)));
  }

  scan(text: string): SetMatch<K>[] {
    if (this.warm === undefined && this.scans++ >= this.warmAfter) {
      const wide = twoByte(this.boundary);
      this.warm = {
        any: nativeRegExp(this.sources.map((source) => `(?:${source})`).join("|"), "g", wide),
        anchored: this.sources.map((source) => nativeRegExp(source, "y", wide)),
      };
    }
    return this.warm === undefined ? this.scanEachMember(text) : this.scanWithAlternation(text, this.warm);
  }

  private scanEachMember(text: string): SetMatch<K>[] {
    const members = this.searching;
    // Where each member matches next from `from` on (Infinity: nowhere) and how long that match is; -1: not
    // looked for yet.
    const next = new Array<number>(members.length).fill(-1);
    const lengths = new Array<number>(members.length).fill(0);
    const found: SetMatch<K>[] = [];
    let from = 0;
    for (;;) {
      let at = Number.POSITIVE_INFINITY;
      for (let i = 0; i < members.length; i++) {
        if ((next[i] as number) < from) {
          const member = members[i] as RegExp;
          member.lastIndex = from;
          const m = member.exec(text);
          next[i] = m === null ? Number.POSITIVE_INFINITY : m.index;
          lengths[i] = m === null ? 0 : m[0].length;
        }
        if ((next[i] as number) < at) at = next[i] as number;
      }
      if (at === Number.POSITIVE_INFINITY) return found;
      const start = startOf(text, at, this.boundary);
      if (start < 0) {
        from = afterRejected(text, at, this.boundary);
        continue;
      }
      from = at + 1;
      for (let i = 0; i < members.length; i++) {
        const length = lengths[i] as number;
        if (next[i] !== at || length === 0) continue;
        found.push({ index: start, text: text.slice(start, at + length), key: this.keys[i] as K });
        if (!this.overlapping) from = Math.max(from, at + length);
      }
    }
  }

  private scanWithAlternation(text: string, warm: { readonly any: RegExp; readonly anchored: readonly RegExp[] }) {
    const any = warm.any;
    any.lastIndex = 0;
    let m = any.exec(text);
    if (m === null) return [];
    const found: SetMatch<K>[] = [];
    for (; m !== null; m = any.exec(text)) {
      const at = m.index;
      const start = startOf(text, at, this.boundary);
      if (start < 0) {
        any.lastIndex = afterRejected(text, at, this.boundary);
        continue;
      }
      let next = at + 1;
      for (let i = 0; i < warm.anchored.length; i++) {
        const member = warm.anchored[i] as RegExp;
        member.lastIndex = at;
        const hit = member.exec(text);
        if (hit === null || hit[0].length === 0) continue;
        found.push({ index: start, text: text.slice(start, at + hit[0].length), key: this.keys[i] as K });
        if (!this.overlapping) next = Math.max(next, at + hit[0].length);
      }
      any.lastIndex = next;
    }
    return found;
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
  return nativeRegExp(body, "u", writtenWide(source));
}
