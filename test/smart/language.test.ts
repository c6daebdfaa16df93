import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../shared/smart/language.js";
import { normalizeGoal } from "../../shared/smart/normalize.js";

describe("detectLanguage(normalised)", () => {
  it.each([
    ["Let's make more money.", "en"],
    ["Send 200 prospecting emails per week.", "en"],
    ["Increase ARR.", "en"],
    ["让我们产生更多收入。", "zh"],
    ["提高MRR 10%", "zh"], // Chinese with a Latin acronym stays Chinese
    ["Verhoog de omzet met 10%.", "nl"],
    ["Verbeter onze win rate.", "nl"], // "win rate" is written in Dutch goals too
    ["Meer deals winnen.", "nl"],
    ["Organiseer in 2026 acht webinars.", "nl"], // the -eer imperative and a Dutch number word
    ["زيادة الإيرادات الشهرية بنسبة 10٪ في سنة.", "ar"],
    ["إغلاق ١٥ صفقة", "ar"],
    ["Augmenter le chiffre d'affaires de 10 %", "fr"],
    ["Den Umsatz bis Ende Juni um 10 % steigern.", "de"],
    ["Aumentar las ventas un 15% en el próximo trimestre.", "es"],
    ["Aumentar a receita em 20% até o fim do ano.", "pt"],
    ["今期中に売上を10%増やす。", "ja"], // kana: Japanese, not Chinese
    ["四半期の売上3,000万円を達成する。", "ja"],
    ["第3四半期までに解約率を1%未満に抑える。", "ja"],
    ["本季度销售额提高15%。", "zh"],
    ["Organiser 8 webinaires en 2026.", "fr"], // "en" is Dutch and Spanish too: the other words decide
    ["Organizar 8 webinars en 2026.", "es"],
    ["2026 acht Webinare veranstalten.", "de"], // "acht" is Dutch and German
    ["Aumentare il fatturato del 10% entro giugno.", "und"], // Italian: best effort, never a confident verdict
    ["Zwiększyć sprzedaż o 10% do końca roku.", "und"], // Polish
    ["", "und"],
    ["12345", "und"],
  ])("%s → %s", (goal, language) => {
    expect(detectLanguage(normalizeGoal(goal))).toBe(language);
  });
});
