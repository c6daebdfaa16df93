import { describe, expect, it } from "vitest";
import { parseChineseNumeral } from "../../shared/smart/chinese-numerals.js";
import { parseDigitRun } from "../../shared/smart/digits.js";
import { normalizeGoal } from "../../shared/smart/normalize.js";
import { findQuantities } from "../../shared/smart/quantities.js";
import { findTime } from "../../shared/smart/time.js";
import type { KnownLanguage } from "../../shared/smart/types.js";

describe("parseDigitRun(run)", () => {
  it.each([
    ["1.5", 1.5],
    ["1,5", 1.5], // Dutch decimal comma
    ["18.000", 18000], // Dutch thousands
    ["22,000", 22000], // English thousands
    ["1,234,567", 1234567],
    ["1.234.567", 1234567],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["2027", 2027],
    ["0,25", 0.25],
  ])("reads %s as %d", (run, value) => {
    expect(parseDigitRun(run)).toBe(value);
  });

  it("rejects malformed groups", () => {
    expect(parseDigitRun("1.2.34")).toBeUndefined();
    expect(parseDigitRun("12,34,567")).toBeUndefined();
  });
});

describe("parseChineseNumeral(text)", () => {
  it.each([
    ["五百", 500],
    ["九十", 90],
    ["两", 2],
    ["十", 10],
    ["十二", 12],
    ["二十五", 25],
    ["三千五百", 3500],
    ["一万二千", 12000],
    ["一百万", 1_000_000],
    ["三亿五千万", 350_000_000],
    ["二〇二七", 2027],
  ])("reads %s as %d", (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it("rejects runs that are not one number", () => {
    expect(parseChineseNumeral("三四")).toBeUndefined();
    expect(parseChineseNumeral("")).toBeUndefined();
  });
});

/** Quantities of a goal, as [value, kind] pairs, after skipping its time expressions. */
function quantities(goal: string, language: KnownLanguage): [number, string][] {
  const text = normalizeGoal(goal);
  const time = findTime(text, language);
  return findQuantities(text, language, [...time.frames, ...time.durations]).map((q) => [q.value, q.kind]);
}

describe("findQuantities(text, language, taken)", () => {
  it.each<[string, KnownLanguage, [number, string][]]>([
    // Percentages in every form (docs/domain.md: 1,5% and 1.5%, ٪).
    ["Grow MRR 1.5% a month", "en", [[1.5, "percent"]]],
    ["Verhoog de marge met 1,5%", "nl", [[1.5, "percent"]]],
    ["زيادة الإيرادات 12٪", "ar", [[12, "percent"]]],
    ["提高到百分之二十", "zh", [[20, "percent"]]],
    [
      "Shorten the cycle by 4-6%",
      "en",
      [
        [4, "number"],
        [6, "percent"],
      ],
    ],
    // Amounts with currency and multipliers.
    ["Verhoog de omzet met € 18.000", "nl", [[18000, "number"]]],
    ["Close $22,000 in deals", "en", [[22000, "number"]]],
    ["收入达到5000元", "zh", [[5000, "number"]]],
    ["Reach $5 million in revenue", "en", [[5_000_000, "number"]]],
    ["Reach $2m ARR", "en", [[2_000_000, "number"]]],
    ["Verhoog de omzet met € 1 miljoen", "nl", [[1_000_000, "number"]]],
    ["收入增加5万", "zh", [[50_000, "number"]]],
    ["销售额达到2百万", "zh", [[2_000_000, "number"]]],
    ["زيادة الإيرادات 3 مليون دولار", "ar", [[3_000_000, "number"]]],
    ["زيادة الإيرادات بمقدار مليون دولار", "ar", [[1_000_000, "number"]]],
    // Chinese numerals, Arabic-Indic digits, number words.
    ["新增客户五百家", "zh", [[500, "number"]]],
    ["胜率达到九十", "zh", [[90, "number"]]],
    ["إغلاق ٤٠ صفقة", "ar", [[40, "number"]]],
    ["Send twenty emails", "en", [[20, "number"]]],
    ["Add two hundred new logos", "en", [[200, "number"]]],
    ["Win vijfentwintig nieuwe klanten", "nl", [[25, "number"]]],
    ["Win tweehonderd nieuwe klanten", "nl", [[200, "number"]]],
    ["إضافة خمسة وعشرين عميلا", "ar", [[25, "number"]]],
    ["دخول سوقين جديدين", "ar", [[2, "number"]]],
    // Factors: double, triple, halve.
    ["Double the pipeline", "en", [[2, "factor"]]],
    ["Halve the response time", "en", [[0.5, "factor"]]],
    ["Verdubbelen van de omzet", "nl", [[2, "factor"]]],
    ["Halveer het klantverloop", "nl", [[0.5, "factor"]]],
    ["收入翻一番", "zh", [[2, "factor"]]],
    ["收入翻两番", "zh", [[4, "factor"]]],
    ["响应时间减半", "zh", [[0.5, "factor"]]],
    ["مضاعفة الإيرادات", "ar", [[2, "factor"]]],
    ["زيادة خط المبيعات إلى ثلاثة أضعاف", "ar", [[3, "factor"]]],
    ["Grow active users 2x", "en", [[2, "factor"]]],
  ])("%s (%s)", (goal, language, expected) => {
    expect(quantities(goal, language)).toEqual(expected);
  });

  it.each<[string, KnownLanguage]>([
    // Numbers of dates and durations are not measures (docs/domain.md, SMART: M).
    ["Learn to play the piano in 2027", "en"],
    ["By the end of Q2", "en"],
    ["vóór 1 juli 2027", "nl"],
    ["binnen zes maanden", "nl"],
    ["两个月内", "zh"],
    ["到2027年底", "zh"],
    ["第三季度", "zh"],
    ["خلال ستة أشهر", "ar"],
    ["قبل 30 يونيو 2027", "ar"],
    // Letters glued to digits (B2B, ordinals), "one" as a pronoun, and Chinese 一 as a word-former.
    ["Grow B2B sales", "en"],
    ["Be the number one team", "en"],
    ["进一步统一流程", "zh"],
    ["Een betere verkoper worden", "nl"],
  ])("finds no measure in %s (%s)", (goal, language) => {
    expect(quantities(goal, language)).toEqual([]);
  });
});
