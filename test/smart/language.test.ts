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
    ["Augmenter le chiffre d'affaires de 10 %", "und"], // French: best effort with English rules
    ["", "und"],
    ["12345", "und"],
  ])("%s → %s", (goal, language) => {
    expect(detectLanguage(normalizeGoal(goal))).toBe(language);
  });
});
