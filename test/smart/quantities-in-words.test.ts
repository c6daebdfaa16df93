import { describe, expect, it } from "vitest";
import { smartCheck } from "../../shared/smart/engine.js";
import { normalizeGoal } from "../../shared/smart/normalize.js";
import { findQuantities } from "../../shared/smart/quantities.js";
import { findTime } from "../../shared/smart/time.js";
import type { KnownLanguage } from "../../shared/smart/types.js";

/** Quantities of a goal as [words, value, kind], after its time expressions are taken (as the engine does). */
function quantities(goal: string, language: KnownLanguage): [string, number, string][] {
  const text = normalizeGoal(goal);
  const time = findTime(text, language);
  return findQuantities(text, language, [...time.frames, ...time.durations]).map((q) => [
    q.text,
    Math.round(q.value * 100) / 100,
    q.kind,
  ]);
}

/**
 * Issue 16, class 1: quantities written in words, as fractions and as tenths are quantities of the right kind,
 * so A is judged on the right number ("twenty percent" is +20%, not +20 units).
 */
describe("quantities in words, fractions and tenths, per language", () => {
  it.each<[string, KnownLanguage, [string, number, string][]]>([
    // Percent words after number words.
    ["Raise deal size by twenty percent.", "en", [["twenty percent", 20, "percent"]]],
    ["Grow revenue by two hundred percent.", "en", [["two hundred percent", 200, "percent"]]],
    ["Verhoog de omzet met veertig procent.", "nl", [["veertig procent", 40, "percent"]]],
    ["Verhoog de omzet met vijfentwintig procent.", "nl", [["vijfentwintig procent", 25, "percent"]]],
    ["زيادة الإيرادات بنسبة أربعين بالمئة.", "ar", [["اربعين بالمئة", 40, "percent"]]],
    ["Den Umsatz um fünfundzwanzig Prozent steigern.", "de", [["fünfundzwanzig prozent", 25, "percent"]]],
    // "un" is an article before a number below a hundred: 20, not 21.
    ["Aumentar las ventas un veinte por ciento.", "es", [["veinte por ciento", 20, "percent"]]],
    ["Augmenter le CA de quatre-vingt-quinze pour cent.", "fr", [["quatre-vingt-quinze pour cent", 95, "percent"]]],
    ["Aumentar a receita em vinte por cento.", "pt", [["vinte por cento", 20, "percent"]]],
    // Tenths: 成 (Chinese) and 割 (Japanese) count tenths of the whole.
    ["续约率提高四成。", "zh", [["四成", 40, "percent"]]],
    ["完成销售目标的八成。", "zh", [["八成", 80, "percent"]]],
    ["成交率达到九成。", "zh", [["九成", 90, "percent"]]],
    ["毛利率提高三成五。", "zh", [["三成五", 35, "percent"]]],
    ["売上を3割伸ばす。", "ja", [["3割", 30, "percent"]]],
    ["受注率を8割にする。", "ja", [["8割", 80, "percent"]]],
    // Fractions are shares of the whole.
    ["Convert a third of trials.", "en", [["a third", 33.33, "percent"]]],
    ["Laat de orderwaarde met een kwart stijgen.", "nl", [["een kwart", 25, "percent"]]],
    ["Einen Marktanteil von einem Drittel erreichen.", "de", [["einem drittel", 33.33, "percent"]]],
    ["Captar un tercio del mercado.", "es", [["un tercio", 33.33, "percent"]]],
    ["Gagner un tiers de parts de marché.", "fr", [["un tiers", 33.33, "percent"]]],
    ["Conquistar um terço do mercado.", "pt", [["um terço", 33.33, "percent"]]],
    ["市场份额达到三分之一。", "zh", [["三分之一", 33.33, "percent"]]],
    ["市場シェアを3分の1にする。", "ja", [["3分の1", 33.33, "percent"]]],
    // Amounts as each language groups and scales them.
    ["Atteindre 700 000 € de chiffre d'affaires.", "fr", [["700 000", 700000, "number"]]],
    ["Den Umsatz auf 1,1 Mio. € steigern.", "de", [["1,1 mio.", 1100000, "number"]]],
    ["Aumentar a receita para R$ 250 mil.", "pt", [["250 mil", 250000, "number"]]],
    ["Cerrar 1,2 millones de euros en nuevos negocios.", "es", [["1,2 millones", 1200000, "number"]]],
    ["年間売上1億2000万円を達成する。", "ja", [["1億2000万", 120000000, "number"]]],
  ])("%s (%s)", (goal, language, expected) => {
    expect(quantities(goal, language)).toEqual(expected);
  });

  it.each<[string, KnownLanguage, [string, number, string][]]>([
    // A cadence with a count is measurable: the count is the quantity, the period the time frame.
    ["Visit every key account twice a month.", "en", [["twice", 2, "number"]]],
    ["Bel elke klant één keer per maand.", "nl", [["één keer", 1, "number"]]],
    ["زيارة كل عميل مرة واحدة شهريًا.", "ar", [["مرة واحدة", 1, "number"]]],
    ["Jeden Kunden zweimal im Monat besuchen.", "de", [["zweimal", 2, "number"]]],
    ["Visitar a cada cliente dos veces al mes.", "es", [["dos veces", 2, "number"]]],
    ["Rendre visite à chaque client deux fois par mois.", "fr", [["deux fois", 2, "number"]]],
    ["Visitar cada cliente duas vezes por mês.", "pt", [["duas vezes", 2, "number"]]],
    ["每月拜访每个重点客户一次。", "zh", [["一次", 1, "number"]]],
    ["重要顧客を月に2回訪問する。", "ja", [["2", 2, "number"]]],
  ])("counts a cadence: %s (%s)", (goal, language, expected) => {
    expect(quantities(goal, language)).toEqual(expected);
  });

  it("reads no number from words that are properties of every object ('constructor', 'toString')", () => {
    expect(quantities("Grow constructor revenue with toString valueOf hasOwnProperty.", "en")).toEqual([]);
  });

  it("judges A on the right number: twenty percent is +20%, two hundred percent a red flag", () => {
    expect(smartCheck("Raise deal size by twenty percent this year.").A.reason).toBe(
      "not checked against data (asks for +20.0%); give a baseline and a history to judge it",
    );
    expect(smartCheck("Increase revenue by two hundred percent this year.").A).toEqual({
      verdict: "fail",
      reason: "asks for +200.0% within a year, more than doubling: lower the target or extend the deadline",
    });
    expect(smartCheck("Verhoog de omzet met veertig procent dit jaar.").A.reason).toBe(
      "niet met gegevens gecontroleerd (vraagt +40,0%); geef een basiswaarde en een historie",
    );
    expect(smartCheck("今年将续约率提高四成。").A.reason).toBe(
      "未用数据检查（要求变化+40.0%）：请提供基准值和历史数据以便判断",
    );
  });

  it("reads 'from 80% to 九成' as a target of 90%: +12.5% from the baseline, not 1.44", () => {
    // 0.8 → 0.9 is 0.9 / 0.8 − 1 = +12.5%; the history 0.70 → 0.75 → 0.80 moved at most 0.75 / 0.7 − 1 = 7.1%.
    const result = smartCheck("将赢单率从80%提高到九成。", { baseline: 0.8, history: [0.7, 0.75, 0.8] });
    expect(result.A).toEqual({
      verdict: "pass",
      reason: "需要变化+12.5%（0.8 → 0.9）；历史每期最大变化为7.1%，不超过其两倍（14.3%）即可实现",
    });
    // Without data the goal's own start gives the change: 90 / 80 − 1 = +12.5%, no red flag.
    expect(smartCheck("将赢单率从80%提高到九成。").A.reason).toBe(
      "未用数据检查（要求变化+12.5%）：请提供基准值和历史数据以便判断",
    );
  });
});
