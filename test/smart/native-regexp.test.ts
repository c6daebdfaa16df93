import { describe, expect, it } from "vitest";
import { LANGUAGE_PACKS } from "../../shared/smart/lexicon/index.js";
import { nativeRegExp, twoByte, writtenWide } from "../../shared/smart/native-regexp.js";
import { KNOWN_LANGUAGES } from "../../shared/smart/types.js";

/** Every match of a pattern over a text, as a plain regular expression finds them. */
function matches(pattern: RegExp, text: string): string[] {
  const found: string[] = [];
  pattern.lastIndex = 0;
  if (!pattern.global && !pattern.sticky) return [String(pattern.exec(text))];
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(`${m.index}:${m[0]}`);
    if (m[0].length === 0) pattern.lastIndex++;
    if (pattern.sticky) break;
  }
  return found;
}

describe("nativeRegExp", () => {
  const cases: [string, string][] = [
    ["(?<![a-z])(?:deals?|orders?)(?![a-z])", "g"],
    ["revenue|omzet", "y"],
    ["\\bby$", "u"],
    ["(?:收入|营收)(?:增长)?", "g"],
    ["زيادة|رفع", ""],
    ["x*", "g"],
  ];
  const texts = ["close 10 deals and orders", "revenue up", "grow it by", "将收入增长10%", "رفع الإيرادات", ""];

  it.each(cases)("is /%s/%s, unmoved, and finds what the plain expression finds", (source, flags) => {
    for (const wide of [false, true]) {
      const pattern = nativeRegExp(source, flags, wide);
      expect([pattern.source, pattern.flags, pattern.lastIndex]).toEqual([
        new RegExp(source, flags).source,
        new RegExp(source, flags).flags,
        0,
      ]);
      for (const text of texts) expect(matches(pattern, text)).toEqual(matches(new RegExp(source, flags), text));
    }
  });

  it("compiles for two-byte goals exactly in the languages written in Arabic, Chinese or Japanese script", () => {
    const byLanguage = KNOWN_LANGUAGES.map((language) => {
      const pack = LANGUAGE_PACKS[language];
      return [language, twoByte(pack.boundary), twoByte(pack.metricBoundary ?? pack.boundary)] as const;
    });
    expect(byLanguage.filter(([, wide]) => wide).map(([language]) => language)).toEqual(["zh", "ar", "ja"]);
    for (const [language, wide, metricsWide] of byLanguage) {
      expect([language, metricsWide, writtenWide(LANGUAGE_PACKS[language].metrics.revenue)]).toEqual([
        language,
        wide,
        wide,
      ]);
    }
  });
});
