import { describe, expect, it } from "vitest";
import { smartCheck } from "../../shared/smart/engine.js";
import { METRIC_LEXICON } from "../../shared/smart/metric-lexicon.js";

describe("the metric a goal is about (canonical ids)", () => {
  it.each([
    // One row per id in at least one language; the report binds goals to data through these ids.
    ["Increase revenue by 10%", "revenue"],
    ["Grow monthly recurring revenue 2%", "mrr"],
    ["Grow annual recurring revenue by 3%", "arr"],
    ["Raise ARPU by 5%", "arpu"],
    ["Grow net profit by 5%", "profit"],
    ["Raise gross margin to 45%", "margin"],
    ["Cut costs by 7%", "cost"],
    ["每月将客户获取成本降低3%", "cac"],
    ["Verhoog de klantwaarde met 10%", "clv"],
    ["Breng het klantverloop terug tot onder de 1%", "churn"],
    ["年底前将客户留存率提高10%", "retention"],
    ["Increase upsell revenue by $300,000", "expansion"],
    ["تقليل دوران المندوبين بنسبة 8٪", "rep_turnover"],
    ["将胜率逐年提高5%", "win_rate"],
    ["Close 40% of the prospects who attend a sales presentation", "win_rate"],
    ["Improve the lead-to-customer conversion rate by 5%", "conversion"],
    ["Shorten the sales cycle by 4-6%", "cycle"],
    ["Halve the lead response time", "response_time"],
    ["提高平均交易规模", "deal_size"],
    ["إغلاق ١٥ صفقة جديدة", "deals"],
    ["Generate $2.5 million in pipeline", "pipeline"],
    ["Verhoog het aantal MQL's met 15%", "leads"],
    ["两个月内每位代表安排25次发现会议", "meetings"],
    ["Make 50 cold calls every day", "calls"],
    ["Send 200 prospecting emails per week", "emails"],
    ["زيادة عدد عروض المبيعات المحجوزة بنسبة 15٪", "demos"],
    ["Send 40 proposals a month", "proposals"],
    ["Attend 3 networking events per month", "activities"],
    ["到2027年底新增客户五百家", "customers"],
    ["زيادة مبيعات الوحدات الفصلية بنسبة 20٪", "units"],
    ["Reach 110% of quota every quarter", "quota"],
    ["Vergroot het marktaandeel tot 20%", "market_share"],
    ["Get 25 referrals by year-end", "referrals"],
    ["Beperk kortingen tot 10%", "discount"],
    ["Raise NPS to 50", "nps"],
    ["在接下来的季度内提升客户满意度至90%", "csat"],
    ["Boost sales team productivity by 10%", "productivity"],
    ["Increase website traffic by 25%", "traffic"],
    ["Hire 5 new sales reps", "headcount"],
    ["Expand into two new markets", "markets"],
  ])("%s → %s", (goal, id) => {
    expect(smartCheck(goal).metric).toBe(id);
  });

  it("lists every id it can return, once", () => {
    const ids = METRIC_LEXICON.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(35);
  });

  it.each([
    // The head of two side-by-side mentions: second in English and Chinese, first in Arabic.
    ["Halve the lead response time", "response_time"],
    ["3月底前把线索响应时间减半", "response_time"],
    ["خفض تكاليف المبيعات بنسبة 7٪", "cost"],
    // Chinese: the last metric before the verb (演示到成交的转化率 is a conversion rate).
    ["6月前将演示到成交的转化率提高5个百分点", "conversion"],
    // A word inside a longer name does not compete: customer in customer acquisition cost.
    ["Lower customer acquisition cost by 5%", "cac"],
  ])("picks the head metric: %s → %s", (goal, id) => {
    expect(smartCheck(goal).metric).toBe(id);
  });

  it.each([
    "Let's make more money.",
    "Be the best team.",
    "Make our customers happy.", // a weak word without a count or a direction
    "Het beste verkoopteam van de regio worden.",
    "أن نكون أفضل فريق مبيعات.",
    "成为最好的销售团队。",
    "Learn to play the piano in 2027.",
  ])("names no metric in %s", (goal) => {
    expect(smartCheck(goal).metric).toBeNull();
  });
});
