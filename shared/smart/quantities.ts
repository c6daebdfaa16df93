import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from "./chinese-numerals.js";
import { parseDigitRun } from "./digits.js";
import { lexiconPattern } from "./normalize.js";
import {
  ARABIC_DUALS,
  combineNumberWords,
  FACTOR_WORDS,
  MULTIPLIERS,
  NUMBER_JOINERS,
  NUMBER_WORDS,
} from "./number-words.js";
import { scan } from "./scan.js";
import { overlapsAny } from "./time.js";
import type { KnownLanguage, Quantity, Span } from "./types.js";

/**
 * Every quantity of a normalised goal that is not part of a date or a duration: digits with their percent
 * sign and multiplier ("1,5%", "€ 18.000", "$2m", "5万", "3 مليون"), 百分之二十, Chinese numerals (五百, 两),
 * number words (twenty, vijfentwintig, عشرة) and factor words (double, 翻一番, مضاعفة). Spans already taken
 * (time expressions, factor words) are skipped, so a number is counted once.
 */
const MULTIPLIER_SOURCE = Object.keys(MULTIPLIERS)
  .sort((a, b) => b.length - a.length)
  .join("|");
// A digit run, then optionally a percent sign, a multiplier or "x" (a factor: 2x). Letters glued on the left
// ("b2b", "q3") disqualify it, as do other letters glued on the right ("3rd", "2fa").
const DIGITS = new RegExp(
  `(\\d(?<![a-z\\u00c0-\\u024f\\d.,]\\d)\\d*(?:[.,]\\d+)*)(?:\\s?(%|٪|percent\\b|procent\\b|pct\\b)|\\s?(${MULTIPLIER_SOURCE})(?![a-z\\d])|(x)(?![a-z\\d]))?(?![a-z\\d])`,
  "g",
);
const CHINESE_NUMERAL = new RegExp(`(第)?([${CHINESE_NUMERAL_CHARS}]+)`, "g");
const CHINESE_PERCENT = new RegExp(`百分之([${CHINESE_NUMERAL_CHARS}]+|\\d+(?:\\.\\d+)?)`, "g");
// 一 alone is a word-former (统一, 进一步, 一起); 十分 is "very". Neither is a quantity.
const CHINESE_NOT_A_NUMBER = /^(?:一|十分|万一|千万)$/;
const LATIN_WORD = /[a-z\u00c0-\u024f'-]+/g;
const ARABIC_WORD = /[\u0621-\u064a\u066e-\u06d3]+/g;

const factorPatterns = new Map<KnownLanguage, readonly (readonly [RegExp, number])[]>();
function factorsOf(language: KnownLanguage): readonly (readonly [RegExp, number])[] {
  let list = factorPatterns.get(language);
  if (list === undefined) {
    list = FACTOR_WORDS[language].map(([source, factor]) => [lexiconPattern(source), factor] as const);
    factorPatterns.set(language, list);
  }
  return list;
}

export function findQuantities(normalised: string, language: KnownLanguage, taken: readonly Span[]): Quantity[] {
  const out: Quantity[] = [];
  const blocked: Span[] = [...taken];
  const add = (q: Quantity): void => {
    if (overlapsAny(q, blocked)) return;
    out.push(q);
    blocked.push(q);
  };

  for (const [pattern, factor] of factorsOf(language)) {
    for (const m of scan(pattern, normalised)) {
      add({ start: m.index, end: m.index + m[0].length, value: factor, kind: "factor", text: m[0].trim() });
    }
  }
  if (language === "zh") {
    for (const m of scan(CHINESE_PERCENT, normalised)) {
      const raw = m[1] as string;
      const value = /\d/.test(raw) ? Number(raw) : parseChineseNumeral(raw);
      if (value !== undefined) add({ start: m.index, end: m.index + m[0].length, value, kind: "percent", text: m[0] });
    }
  }
  for (const m of scan(DIGITS, normalised)) {
    const base = parseDigitRun(m[1] as string);
    if (base === undefined) continue;
    const span = { start: m.index, end: m.index + m[0].length, text: m[0].trim() };
    if (m[2] !== undefined) add({ ...span, value: base, kind: "percent" });
    else if (m[4] !== undefined) add({ ...span, value: base, kind: "factor" });
    else add({ ...span, value: base * (m[3] === undefined ? 1 : (MULTIPLIERS[m[3]] as number)), kind: "number" });
  }
  if (language === "zh") {
    for (const m of scan(CHINESE_NUMERAL, normalised)) {
      const chars = m[2] as string;
      if (m[1] !== undefined || CHINESE_NOT_A_NUMBER.test(chars)) continue; // 第三 is an ordinal
      const value = parseChineseNumeral(chars);
      if (value !== undefined) add({ start: m.index, end: m.index + m[0].length, value, kind: "number", text: chars });
    }
  } else {
    addNumberWords(normalised, language, add);
  }
  return out.sort((a, b) => a.start - b.start);
}

// A cheap first test per language: most goals write digits, so the word-by-word pass is usually skipped.
const NUMBER_WORD_HINTS = new Map(
  (["en", "nl", "ar"] as const).map((language) => {
    const words = [...Object.keys(NUMBER_WORDS[language]), "een", "one", ...(language === "ar" ? ARABIC_DUALS : [])];
    return [language, new RegExp(words.sort((x, y) => y.length - x.length).join("|"))] as const;
  }),
);

/** Runs of number words ("twenty five thousand", "خمسة وعشرين"), joined by "and"/"en"/"و". */
function addNumberWords(text: string, language: "en" | "nl" | "ar", add: (q: Quantity) => void): void {
  if (!(NUMBER_WORD_HINTS.get(language) as RegExp).test(text)) return;
  const words = NUMBER_WORDS[language];
  let run: { start: number; end: number; values: number[] } | undefined;
  const flush = (): void => {
    // "one"/"een"/"واحد" alone is an article or a pronoun ("the number one team"); in a run it is a number.
    if (run !== undefined && !(run.values.length === 1 && run.values[0] === 1)) {
      const value = combineNumberWords(run.values);
      add({ start: run.start, end: run.end, value, kind: "number", text: text.slice(run.start, run.end) });
    }
    run = undefined;
  };
  for (const m of scan(language === "ar" ? ARABIC_WORD : LATIN_WORD, text)) {
    let word = m[0];
    let joined = false;
    if (language === "ar" && ARABIC_DUALS.includes(word.replace(/^(?:ال|[وبل])/, ""))) {
      flush();
      add({ start: m.index, end: m.index + m[0].length, value: 2, kind: "number", text: m[0] });
      continue;
    }
    // Arabic attaches "and"/"by"/"for" to the next word: وعشرين, بعشرة.
    if (language === "ar" && !(word in words) && /^[وبل]/.test(word) && word.slice(1) in words) {
      joined = word.startsWith("و");
      word = word.slice(1);
    }
    const value = words[word] ?? (word === "een" || word === "one" ? 1 : undefined);
    if (value === undefined) {
      if (!(run !== undefined && NUMBER_JOINERS.has(word))) flush();
      continue;
    }
    const gap = run === undefined ? "" : text.slice(run.end, m.index).trim();
    if (run !== undefined && (gap === "" || gap === "-" || NUMBER_JOINERS.has(gap) || (joined && gap === ""))) {
      run.values.push(value);
      run.end = m.index + m[0].length;
    } else {
      flush();
      run = { start: m.index, end: m.index + m[0].length, values: [value] };
    }
  }
  flush();
}
