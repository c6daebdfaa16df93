import { describe, expect, it } from "vitest";
import { normalizeGoal } from "../../shared/smart/normalize.js";
import { findTime } from "../../shared/smart/time.js";
import type { KnownLanguage } from "../../shared/smart/types.js";

/** The time frames of a goal (durations with a lead-in included), as the normalised words that matched. */
function frames(goal: string, language: KnownLanguage): string[] {
  const found = findTime(normalizeGoal(goal), language);
  return [...found.frames, ...found.durations.filter((d) => d.lead)]
    .sort((a, b) => a.start - b.start)
    .map((f) => f.text);
}

describe("findTime(text, language): time frames (docs/domain.md, SMART: T)", () => {
  it.each<[string, KnownLanguage, string]>([
    // Dates, quarters, halves, months, years.
    ["Increase revenue by 15% by December 31, 2026", "en", "december 31, 2026"],
    ["Raise NPS to 50 by Q4", "en", "q4"],
    ["Double the leads in H2", "en", "h2"],
    ["Learn to play the piano in 2027", "en", "in 2027"],
    ["Close the deal by may 15", "en", "by may 15"],
    ["Done by 2026-06-30", "en", "by 2026-06-30"],
    ["Grow ARR by the end of FY2027", "en", "fy2027"],
    // Periods, spans and cadences.
    ["Raise CSAT next quarter", "en", "next quarter"],
    ["Reduce churn within six months", "en", "within six months"],
    ["Book 20 demos in the next 90 days", "en", "in the next 90 days"],
    ["Grow MRR 2% year over year", "en", "year over year"],
    ["Keep monthly churn under 2%", "en", "monthly"],
    ["Send 200 emails per week", "en", "per week"],
    ["Hit quota by year-end", "en", "year-end"],
    ["Grow revenue this fiscal year", "en", "this fiscal year"],
    ["Lose weight before the summer", "en", "before the summer"],
    // Dutch.
    ["Verhoog de omzet vóór 1 juli 2027", "nl", "1 juli 2027"],
    ["Verhoog de verkoop per kwartaal", "nl", "kwartaal"],
    ["Verlaag het verloop in het derde kwartaal", "nl", "kwartaal"],
    ["Breng het verloop binnen zes maanden terug", "nl", "binnen zes maanden"],
    ["Verhoog de omzet ten opzichte van het voorgaande jaar", "nl", "jaar"],
    ["Verhoog de jaaromzet", "nl", "jaaromzet"],
    ["Stuur wekelijks 50 mails", "nl", "wekelijks"],
    ["Verhoog de NPS in Q4", "nl", "q4"],
    // Chinese.
    ["利润率同比增长5%", "zh", "同比"],
    ["每月将成本降低3%", "zh", "每月"],
    ["本季度将赢单率提高", "zh", "本季度"],
    ["两个月内安排25次会议", "zh", "两个月内"],
    ["到2027年底新增客户", "zh", "2027年底"],
    ["将胜率逐年提高5%", "zh", "逐年"],
    ["下半年线索翻一番", "zh", "下半年"],
    ["3月31日前完成", "zh", "3月31日前"],
    // Arabic.
    ["زيادة الإيرادات الشهرية", "ar", "الشهرية"],
    ["تقليل التسرب في ستة أشهر", "ar", "في ستة اشهر"],
    ["زيادة المبيعات الفصلية", "ar", "الفصلية"],
    ["خلال الربع الثالث", "ar", "الربع الثالث"],
    ["إغلاق ١٥ صفقة قبل نهاية الشهر", "ar", "نهاية"],
    ["إرسال 100 رسالة شهريًا", "ar", "شهريا"],
    ["زيادة الإيرادات في غضون ثلاثة أشهر", "ar", "في غضون ثلاثة اشهر"],
  ])("finds a frame in %s (%s)", (goal, language, first) => {
    expect(frames(goal, language)).toContain(first);
  });

  it.each<[string, KnownLanguage]>([
    ["Shorten the sales cycle by 4-6% depending on deal type", "en"],
    ["Increase ARR by 10%", "en"], // "annual" in a metric's name is no time frame
    ["Grow annual recurring revenue by 3%", "en"],
    ["Keep CAC below $400 per customer", "en"],
    ["Close 40% of the prospects who attend a sales presentation", "en"],
    ["Verhoog het aantal MQL's met 15%", "nl"],
    ["Beter worden in verkopen", "nl"],
    ["将进入销售漏斗的合格潜在客户数量增加12%", "zh"],
    ["提高年度经常性收入", "zh"],
    ["将销售周期从90天缩短到60天", "zh"], // bare lengths are reported apart, see below
    ["تقليل دوران المندوبين بنسبة 8٪", "ar"],
    ["زيادة معدل الإغلاق", "ar"],
  ])("finds no frame in %s (%s)", (goal, language) => {
    expect(frames(goal, language)).toEqual([]);
  });

  it("keeps bare lengths apart: the measure of a duration metric, a time frame otherwise", () => {
    const found = findTime(normalizeGoal("Cut the sales cycle from 90 to 60 days"), "en");
    expect(found.frames).toEqual([]);
    expect(found.durations.map((d) => [d.text, d.lead])).toEqual([["60 days", false]]);
    expect(findTime(normalizeGoal("将销售周期从90天缩短到60天"), "zh").durations.map((d) => d.text)).toEqual([
      "90天",
      "60天",
    ]);
  });
});
