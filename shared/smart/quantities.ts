import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from "./chinese-numerals.js";
import { parseDigitRun } from "./digits.js";
import { LANGUAGE_PACKS } from "./lexicon/index.js";
import { SHARED_MULTIPLIERS } from "./lexicon/universal.js";
import { nativeRegExp, twoByte } from "./native-regexp.js";
import { addNumberWords, type CompiledNumberWords, compileNumberWords } from "./number-words.js";
import { Taken } from "./overlaps.js";
import { type LexiconMatch, type LexiconPattern, lexiconPattern, markerPattern } from "./patterns.js";
import { scan } from "./scan.js";
import type { KnownLanguage, Quantity, Span } from "./types.js";

/**
 * Every quantity of a normalised goal that is not part of a date or a duration: digits with their percent
 * sign or word, multiplier and factor sign ("1,5%", "€ 18.000", "$2m", "10 Prozent", "5万", "3倍"), counts
 * ("twice", "één keer", مرتين), fractions ("a third", 三分之一) and tenths (四成, 3割) as percentages, Chinese
 * numerals, number words and factor words (double, 翻一番, verdoppeln). Spans already taken (time expressions,
 * earlier quantities) are skipped, so a number is counted once.
 */
interface CompiledQuantities {
  readonly counts: readonly (readonly [LexiconPattern, number])[];
  readonly factors: readonly (readonly [LexiconPattern, number])[];
  readonly fractions: readonly (readonly [LexiconPattern, number])[];
  readonly fractionOf: RegExp | undefined;
  readonly percentBefore: RegExp | undefined;
  readonly tenths: RegExp | undefined;
  readonly digits: RegExp;
  readonly multipliers: Readonly<Record<string, number>>;
  readonly cjk: RegExp | undefined;
  /** Digits with 億 and 万 in one amount: 1億2000万 = 120,000,000. */
  readonly cjkAmount: RegExp | undefined;
  readonly countAfter: RegExp;
  readonly words: CompiledNumberWords;
}

const NUMERAL = `[${CHINESE_NUMERAL_CHARS}]+`;
// A numeral where a run of numerals starts: patterns tried inside a long run would cost its length each time.
const NUMERAL_START = `(?<![${CHINESE_NUMERAL_CHARS}])${NUMERAL}`;
// 一 alone is a word-former (统一, 进一步, 一起); 十分 is "very". Neither is a quantity.
const CHINESE_NOT_A_NUMBER = /^(?:一|十分|万一|千万)$/;
// Units that may be glued to digits on the right ("5kg", "24h"); other letters disqualify ("3rd", "2fa").
const GLUED_UNIT = "(?:kg|km|g|h|hrs?|mins?|pcs)?";

const compiled = new Map<KnownLanguage, CompiledQuantities>();

function compile(language: KnownLanguage): CompiledQuantities {
  let c = compiled.get(language);
  if (c === undefined) {
    const { numbers: n, boundary } = LANGUAGE_PACKS[language];
    const multipliers = { ...SHARED_MULTIPLIERS, ...n.multipliers };
    const multiplierSource = Object.keys(multipliers)
      .sort((a, b) => b.length - a.length)
      .map((k) => k.replace(/[.$]/g, "\\$&"))
      .join("|");
    const factorSuffix = `x|×${n.factorSuffix === undefined ? "" : `|${n.factorSuffix}`}`;
    const list = (pairs: readonly (readonly [string, number])[]) =>
      pairs.map(([source, value]) => [lexiconPattern(source, boundary), value] as const);
    // A digit run (letters glued on the left disqualify it: "b2b", "q3", 第3), grouped by commas, dots or, as
    // French writes thousands, spaces ("700 000"); then a percent sign or word, a multiplier or a factor sign.
    // Compiled straight to machine code, for goals in the language's script (native-regexp.ts).
    const wide = twoByte(boundary);
    const digits = nativeRegExp(
      `(\\d(?<![a-z\\u00c0-\\u024f\\d.,第]\\d)(?:\\d{0,2}(?: \\d{3})+(?![\\d.,]\\d)|\\d*(?:[.,]\\d+)*))(?:\\s?(%|${n.percent})|\\s?(${multiplierSource})(?![a-z\\d])|\\s?(${factorSuffix})(?![a-z\\d]))?${GLUED_UNIT}(?![a-z\\d])`,
      "g",
      wide,
    );
    const percentAfter = markerPattern(`^\\s?(?:%|${n.percent})`);
    const countAfter = markerPattern(`^\\s?(?:${n.countUnit})`);
    c = {
      counts: list(n.counts),
      factors: list(n.factors),
      fractions: list(n.fractions),
      fractionOf: n.fractionOf === undefined ? undefined : nativeRegExp(n.fractionOf, "g", wide),
      percentBefore:
        n.percentBefore === undefined
          ? undefined
          : nativeRegExp(`${n.percentBefore}(${NUMERAL}|\\d+(?:\\.\\d+)?)`, "g", wide),
      tenths:
        n.tenths === undefined
          ? undefined
          : nativeRegExp(
              `(${NUMERAL_START}|(?<!\\d)\\d+(?:\\.\\d+)?)(?:${n.tenths})(?:([一二三四五六七八九]|\\d)(?:分)?)?`,
              "g",
              wide,
            ),
      digits,
      multipliers,
      cjk: n.cjkNumerals ? nativeRegExp(`(第)?(${NUMERAL})`, "g", wide) : undefined,
      cjkAmount: n.cjkNumerals ? /(?<!\d)(\d+(?:\.\d+)?)[億亿](\d+(?:[.,]\d+)*)万/g : undefined,
      countAfter,
      words: compileNumberWords(n, percentAfter, countAfter, wide),
    };
    compiled.set(language, c);
  }
  return c;
}

function numeral(raw: string): number | undefined {
  return /\d/.test(raw) ? Number(raw) : parseChineseNumeral(raw);
}

/** Quantities kept in order of finding, each skipped when it overlaps a taken span. */
class Collector {
  readonly found: Quantity[] = [];
  private readonly blocked: Taken;

  constructor(length: number, taken: readonly Span[]) {
    this.blocked = new Taken(length, taken);
  }

  add(q: Quantity): void {
    if (this.blocked.overlaps(q)) return;
    this.found.push(q);
    this.blocked.take(q);
  }

  phrase(index: number, text: string, value: number, kind: Quantity["kind"]): void {
    const trimmed = text.trimEnd();
    this.add({ start: index, end: index + trimmed.length, value, kind, text: trimmed });
  }

  lexicon(m: LexiconMatch, value: number, kind: Quantity["kind"]): void {
    this.phrase(m.index, m.text, value, kind);
  }
}

export function findQuantities(normalised: string, language: KnownLanguage, taken: readonly Span[]): Quantity[] {
  const c = compile(language);
  const out = new Collector(normalised.length, taken);
  for (const [pattern, count] of c.counts) for (const m of pattern.scan(normalised)) out.lexicon(m, count, "number");
  for (const [pattern, factor] of c.factors) for (const m of pattern.scan(normalised)) out.lexicon(m, factor, "factor");
  for (const [pattern, share] of c.fractions)
    for (const m of pattern.scan(normalised)) out.lexicon(m, share, "percent");
  if (c.fractionOf !== undefined) {
    for (const m of scan(c.fractionOf, normalised)) {
      const den = numeral(m.groups?.den ?? "");
      const num = numeral(m.groups?.num ?? "");
      if (den !== undefined && num !== undefined && den > 0) out.phrase(m.index, m[0], (100 * num) / den, "percent");
    }
  }
  if (c.percentBefore !== undefined) {
    for (const m of scan(c.percentBefore, normalised)) {
      const value = numeral(m[1] as string);
      if (value !== undefined) out.phrase(m.index, m[0], value, "percent");
    }
  }
  if (c.tenths !== undefined) {
    for (const m of scan(c.tenths, normalised)) {
      const tens = numeral(m[1] as string);
      const units = m[2] === undefined ? 0 : (numeral(m[2]) ?? 0);
      if (tens !== undefined) out.phrase(m.index, m[0], tens * 10 + units, "percent");
    }
  }
  if (c.cjkAmount !== undefined) {
    for (const m of scan(c.cjkAmount, normalised)) {
      const low = parseDigitRun(m[2] as string);
      if (low !== undefined) out.phrase(m.index, m[0], Number(m[1]) * 1e8 + low * 1e4, "number");
    }
  }
  for (const m of scan(c.digits, normalised)) {
    const base = parseDigitRun((m[1] as string).replaceAll(" ", ""));
    if (base === undefined) continue;
    if (m[2] !== undefined) out.phrase(m.index, m[0], base, "percent");
    else if (m[4] !== undefined) out.phrase(m.index, m[0], base, "factor");
    else out.phrase(m.index, m[0], base * (m[3] === undefined ? 1 : (c.multipliers[m[3]] as number)), "number");
  }
  if (c.cjk !== undefined) {
    for (const m of scan(c.cjk, normalised)) {
      const chars = m[2] as string;
      if (m[1] !== undefined) continue; // 第三 is an ordinal
      // 一 alone is not a number, unless it counts: 一次 (once).
      const next = normalised.slice(m.index + chars.length, m.index + chars.length + 4);
      if (CHINESE_NOT_A_NUMBER.test(chars) && !c.countAfter.test(next)) continue;
      const value = parseChineseNumeral(chars);
      if (value !== undefined) out.phrase(m.index, chars, value, "number");
    }
  }
  addNumberWords(normalised, c.words, out);
  return out.found.sort(byStart);
}

function byStart(a: Quantity, b: Quantity): number {
  return a.start - b.start;
}
