import type { NumberLexicon } from "./lexicon/pack.js";
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
  readonly lexicon: NumberLexicon;
  /** A cheap first test: most goals write digits, so the word-by-word pass is usually skipped. */
  readonly hint: RegExp;
  readonly percentAfter: RegExp;
  readonly countAfter: RegExp;
  readonly arabic: boolean;
}

export function compileNumberWords(lexicon: NumberLexicon, percent: RegExp, count: RegExp): CompiledNumberWords {
  const words = Object.keys(lexicon.words).sort((x, y) => y.length - x.length);
  const arabic = words.some((w) => /[\u0621-\u064a]/.test(w));
  return {
    lexicon,
    hint: new RegExp(words.length === 0 ? "(?!)" : words.join("|")),
    percentAfter: percent,
    countAfter: count,
    arabic,
  };
}

export function addNumberWords(text: string, c: CompiledNumberWords, out: { add(q: Quantity): void }): void {
  if (!c.hint.test(text)) return;
  const { words, joiners, articles } = c.lexicon;
  let run: { start: number; end: number; values: number[] } | undefined;
  const flush = (): void => {
    if (run === undefined) return;
    const after = text.slice(run.end, run.end + 16);
    const percent = c.percentAfter.exec(after);
    const count = percent === null ? c.countAfter.exec(after) : null;
    const lone = run.values.length === 1 && run.values[0] === 1;
    const word = text.slice(run.start, run.end);
    // "one"/"een"/"un" alone is an article or a pronoun ("the number one team"); in a run, before a percent or a
    // count word, or written as a number only ("één"), it is a number.
    if (!(lone && articles.includes(word) && percent === null && count === null)) {
      const value = combineNumberWords(run.values);
      const unit = percent ?? count;
      const end = unit === null ? run.end : run.end + unit.index + unit[0].length;
      out.add({
        start: run.start,
        end,
        value,
        kind: percent === null ? "number" : "percent",
        text: text.slice(run.start, end),
      });
    }
    run = undefined;
  };
  const take = (word: string, start: number, end: number, joined: boolean): void => {
    const value = words[word];
    if (value === undefined) {
      if (!(run !== undefined && joiners.includes(word))) flush();
      return;
    }
    const gap = run === undefined ? "" : text.slice(run.end, start).trim();
    // An article before a number below a hundred is no part of it: "un veinte por ciento" is 20, not 21; before a
    // multiplier it is one of them: "one hundred", "ein Tausend".
    if (
      run !== undefined &&
      value < 100 &&
      run.values.length === 1 &&
      articles.includes(text.slice(run.start, run.end))
    ) {
      run = undefined;
    }
    if (run !== undefined && (gap === "" || gap === "-" || joiners.includes(gap) || joined)) {
      run.values.push(value);
      run.end = end;
    } else {
      flush();
      run = { start, end, values: [value] };
    }
  };
  // An exec loop, not scan(): a long goal has as many words as it has spaces, and none needs keeping.
  const word = c.arabic ? ARABIC_WORD : LATIN_WORD;
  word.lastIndex = 0;
  for (let m = word.exec(text); m !== null; m = word.exec(text)) {
    const found = m[0];
    const end = m.index + found.length;
    if (c.arabic && !(found in words) && ARABIC_ATTACHED.test(found) && found.slice(1) in words) {
      take(found.slice(1), m.index, end, found.startsWith("و"));
    } else if (found in words || !found.includes("-")) {
      take(found, m.index, end, false);
    } else {
      // "vingt-cinq", "quatre-vingt-dix": the parts of a hyphenated word, each in turn.
      let at = m.index;
      for (const part of found.split("-")) {
        if (part !== "") take(part, at, at + part.length, false);
        at += part.length + 1;
      }
    }
  }
  flush();
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
