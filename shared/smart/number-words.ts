import type { NumberLexicon } from "./lexicon/pack.js";
import { nativeRegExp } from "./native-regexp.js";
import type { Quantity } from "./types.js";

/**
 * Numbers written as words in the languages that space their words: runs of number words ("twenty five
 * thousand", "vijfentwintig", "dreißig", "veinte", "خمسة وعشرين") joined by the language's "and", and what
 * follows a run: a percent word ("twenty percent", "veertig procent", أربعين بالمئة) makes it a percentage, a
 * count word ("één keer") makes even "one" a count. The words themselves live in each language's pack.
 */
const LATIN_WORD = /[a-z\u00c0-\u024f'-]+/g;
const ARABIC_WORD = /[\u0621-\u064a\u066e-\u06d3]+/g;
// Arabic attaches "and", "by" and "for" to the next word: وعشرين, بعشرة.
const ARABIC_ATTACHED = /^[وبل]/;

export interface CompiledNumberWords {
  /** The words and their values, in a Map: a goal's "constructor" or "toString" is no number. */
  readonly words: ReadonlyMap<string, number>;
  readonly joiners: readonly string[];
  readonly articles: readonly string[];
  /** A cheap first test: most goals write digits, so the word-by-word pass is usually skipped. */
  readonly hint: RegExp | undefined;
  readonly percentAfter: RegExp;
  readonly countAfter: RegExp;
  readonly arabic: boolean;
}

/** @param wide the language's goals are two-byte strings (see native-regexp.ts) */
export function compileNumberWords(
  lexicon: NumberLexicon,
  percent: RegExp,
  count: RegExp,
  wide: boolean,
): CompiledNumberWords {
  const words = Object.keys(lexicon.words).sort((x, y) => y.length - x.length);
  return {
    words: new Map(Object.entries(lexicon.words)),
    joiners: lexicon.joiners,
    articles: lexicon.articles,
    // Whole words only: "un" (Spanish, French) is inside half the words of a goal.
    hint:
      words.length === 0
        ? undefined
        : nativeRegExp(`(?<![a-z\\u00c0-\\u024f])(?:${words.join("|")})(?![a-z\\u00c0-\\u024f])`, "", wide),
    percentAfter: percent,
    countAfter: count,
    arabic: words.some((w) => /[\u0621-\u064a]/.test(w)),
  };
}

/** A run of number words being read, and what to do with it when it ends. */
class Runs {
  private start = 0;
  private end = 0;
  private values: number[] = [];

  constructor(
    private readonly text: string,
    private readonly c: CompiledNumberWords,
    private readonly out: { add(q: Quantity): void },
  ) {}

  take(word: string, start: number, end: number, joined: boolean): void {
    const { c, text } = this;
    const value = c.words.get(word);
    if (value === undefined) {
      if (!(this.values.length > 0 && c.joiners.includes(word))) this.flush();
      return;
    }
    const open = this.values.length > 0;
    const gap = open ? text.slice(this.end, start).trim() : "";
    // An article before a number below a hundred is no part of it: "un veinte por ciento" is 20, not 21; before a
    // multiplier it is one of them: "one hundred", "ein Tausend".
    if (open && value < 100 && this.values.length === 1 && c.articles.includes(text.slice(this.start, this.end))) {
      this.values = [];
    }
    if (this.values.length > 0 && (gap === "" || gap === "-" || c.joiners.includes(gap) || joined)) {
      this.values.push(value);
      this.end = end;
    } else {
      this.flush();
      this.start = start;
      this.end = end;
      this.values = [value];
    }
  }

  flush(): void {
    const { c, text, start, end: runEnd, values } = this;
    if (values.length === 0) return;
    this.values = [];
    const after = text.slice(runEnd, runEnd + 16);
    const percent = c.percentAfter.exec(after);
    const count = percent === null ? c.countAfter.exec(after) : null;
    const lone = values.length === 1 && values[0] === 1;
    // "one"/"een"/"un" alone is an article or a pronoun ("the number one team"); in a run, before a percent or a
    // count word, or written as a number only ("één"), it is a number.
    if (lone && c.articles.includes(text.slice(start, runEnd)) && percent === null && count === null) return;
    const unit = percent ?? count;
    const end = unit === null ? runEnd : runEnd + unit.index + unit[0].length;
    this.out.add({
      start,
      end,
      value: combineNumberWords(values),
      kind: percent === null ? "number" : "percent",
      text: text.slice(start, end),
    });
  }
}

export function addNumberWords(text: string, c: CompiledNumberWords, out: { add(q: Quantity): void }): void {
  if (c.hint === undefined || !c.hint.test(text)) return;
  const runs = new Runs(text, c, out);
  // An exec loop, not scan(): a long goal has as many words as it has spaces, and none needs keeping.
  const word = c.arabic ? ARABIC_WORD : LATIN_WORD;
  word.lastIndex = 0;
  for (let m = word.exec(text); m !== null; m = word.exec(text)) {
    const found = m[0];
    const end = m.index + found.length;
    if (c.arabic && !c.words.has(found) && ARABIC_ATTACHED.test(found) && c.words.has(found.slice(1))) {
      runs.take(found.slice(1), m.index, end, found.startsWith("و"));
    } else if (c.words.has(found) || !found.includes("-")) {
      runs.take(found, m.index, end, false);
    } else {
      // "vingt-cinq", "quatre-vingt-dix": the parts of a hyphenated word, each in turn.
      let at = m.index;
      for (const part of found.split("-")) {
        if (part !== "") runs.take(part, at, at + part.length, false);
        at += part.length + 1;
      }
    }
  }
  runs.flush();
}

/** Combine the values of consecutive number words: "two hundred fifty thousand" = 250,000. */
export function combineNumberWords(values: readonly number[]): number {
  let total = 0;
  let section = 0;
  for (const v of values) {
    if (v >= 1000) {
      total += (section || 1) * v;
      section = 0;
    } else if (v === 100) {
      section = (section || 1) * 100;
    } else {
      section += v;
    }
  }
  return total + section;
}
