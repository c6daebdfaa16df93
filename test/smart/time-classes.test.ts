import { describe, expect, it } from "vitest";
import { smartCheck } from "../../shared/smart/engine.js";

/** Issue 16, classes 4, 5 and 6: durations that are the target, fiscal years everywhere, levels vs changes. */
describe("durations that are the target of a duration metric", () => {
  it.each([
    ["Get time to first reply under 10 minutes.", 'measurable: "10 minutes"'],
    ["Answer every inbound lead within 5 minutes.", 'measurable: "within 5 minutes"'],
    ["Bring CAC payback down from 18 to 12 months.", 'measurable: "18"'],
    ["首次响应时间缩短到5分钟以内。", "可衡量：“5分钟以内”"],
    ["初回応答時間を5分以内に短縮する。", "測定可能：「5分以内」"],
    ["Zorg dat de reactietijd onder de 10 minuten blijft.", 'meetbaar: "10 minuten"'],
    ["Die Reaktionszeit auf neue Leads unter 10 Minuten halten.", "messbar: „10 Minuten“"],
    ["Reducir el tiempo de primera respuesta a menos de 10 minutos.", "medible: «10 minutos»"],
    ["Garder le délai de première réponse sous 10 minutes.", "mesurable\u00a0: «\u00a010 minutes\u00a0»"],
    ["Manter o tempo de primeira resposta abaixo de 10 minutos.", "mensurável: “10 minutos”"],
    ["خفض وقت الاستجابة الأولى إلى أقل من 10 دقائق.", "قابل للقياس: «10 دقائق»"],
  ])("is measurable and no deadline: %s", (goal, measure) => {
    const result = smartCheck(goal);
    expect([result.M.verdict, result.M.reason, result.T.verdict]).toEqual(["pass", measure, "fail"]);
  });

  it.each([
    // A second length, or a change that moves the metric, makes the lead-in length the deadline.
    [
      "Cut lead response time to under 5 minutes within six months.",
      'measurable: "5 minutes"',
      'time frame: "within six months"',
    ],
    ["Shorten the sales cycle by 10% within six months.", 'measurable: "10%"', 'time frame: "within six months"'],
    ["在3个月内将首次响应时间缩短到5分钟以内。", "可衡量：“5分钟以内”", "有时间范围：“在3个月内”"],
    ["明年一季度前将销售周期压缩到60天。", "可衡量：“60天”", "有时间范围：“明年一季度前”"],
  ])("tells the measure from the deadline: %s", (goal, measure, frame) => {
    const result = smartCheck(goal);
    expect([result.M.reason, result.T.reason]).toEqual([measure, frame]);
  });

  it("keeps lengths as time frames when the metric is no duration", () => {
    expect(smartCheck("Book 20 demos in the next 90 days.").T.reason).toBe('time frame: "in the next 90 days"');
    expect(smartCheck("1日100件架電する。").T.reason).toBe("期限・期間：「1日」");
  });
});

describe("cadences with a count are measurable and time-bound", () => {
  it.each([
    ["Visit every key account twice a month.", 'measurable: "twice"', 'time frame: "a month"'],
    ["Bel elke klant één keer per maand.", 'meetbaar: "één keer"', 'termijn: "maand"'],
    ["زيارة كل عميل مرة واحدة شهريًا.", "قابل للقياس: «مرة واحدة»", "إطار زمني: «شهريًا»"],
    ["Jeden Key Account zweimal im Monat besuchen.", "messbar: „zweimal“", "Zeitrahmen: „im Monat“"],
    ["Visitar a cada cliente clave dos veces al mes.", "medible: «dos veces»", "plazo: «al mes»"],
    [
      "Rendre visite à chaque grand compte deux fois par mois.",
      "mesurable\u00a0: «\u00a0deux fois\u00a0»",
      "échéance\u00a0: «\u00a0par mois\u00a0»",
    ],
    ["Visitar cada cliente-chave duas vezes por mês.", "mensurável: “duas vezes”", "prazo: “por mês”"],
    ["重要顧客を月に2回訪問する。", "測定可能：「2」", "期限・期間：「月に」"],
    ["每月与每个重点客户面谈一次。", "可衡量：“一次”", "有时间范围：“每月”"],
  ])("%s", (goal, measure, frame) => {
    const result = smartCheck(goal);
    expect([result.M.reason, result.T.reason]).toEqual([measure, frame]);
  });
});

describe("fiscal years in every language", () => {
  it.each([
    ["FY27收入增长10%。", "有时间范围：“FY27”"],
    ["2027财年营业收入达到5亿元。", "有时间范围：“2027财年”"],
    ["Verhoog de omzet met 10% in FY27.", 'termijn: "FY27"'],
    ["Verhoog de omzet met 10% in boekjaar 2027.", 'termijn: "boekjaar 2027"'],
    ["زيادة الإيرادات بنسبة 10% في السنة المالية 2027.", "إطار زمني: «السنة المالية 2027»"],
    ["Den Umsatz im GJ 2027 um 8 % steigern.", "Zeitrahmen: „GJ 2027“"],
    ["Crecer un 12% en el ejercicio 2027.", "plazo: «el ejercicio 2027»"],
    ["Augmenter le chiffre d'affaires de 8 % sur l'exercice 2027.", "échéance\u00a0: «\u00a0l'exercice 2027\u00a0»"],
    ["Crescer 12% no ano fiscal de 2027.", "prazo: “no ano fiscal de 2027”"],
    ["2027年度の売上を8%伸ばす。", "期限・期間：「2027年度」"],
    ["FY2026の営業利益を2億円にする。", "期限・期間：「FY2026」"],
  ])("%s", (goal, frame) => {
    expect(smartCheck(goal).T).toEqual({ verdict: "pass", reason: frame });
  });

  it("counts a named period for T even where it is not a deadline (the README's contract)", () => {
    expect(smartCheck("Agree next quarter's quotas with every rep.").T.reason).toBe('time frame: "next quarter"');
  });
});

describe("target levels are levels, not changes", () => {
  it("keeps 3x pipeline coverage as a level: no red flag without data, judged against the baseline with it", () => {
    expect(smartCheck("Keep 3x pipeline coverage every quarter.").A).toEqual({
      verdict: "unchecked",
      reason: "not checked: give a baseline and a history of past values to judge it",
    });
    // 2.5 → 3 is +20%; the history 2.2 → 2.4 → 2.5 moved at most 2.4 / 2.2 − 1 = 9.1%, so at most 18.2% passes.
    expect(
      smartCheck("Keep 3x pipeline coverage every quarter.", { baseline: 2.5, history: [2.2, 2.4, 2.5] }).A,
    ).toEqual({
      verdict: "fail",
      reason:
        "needs +20.0% (2.5 → 3); history moved at most 9.1% a period, and more than twice that (18.2%) is not achievable: lower the target or extend the deadline",
    });
  });

  it.each([
    "Houd elk kwartaal een pipelinedekking van 3x aan.",
    "In jedem Quartal eine Pipeline-Abdeckung von 3x halten.",
    "Mantener una cobertura de pipeline de 3x cada trimestre.",
    "Maintenir une couverture de pipeline de 3x chaque trimestre.",
    "Manter uma cobertura de pipeline de 3x em todo trimestre.",
    "每个季度保持3倍的管道覆盖率。",
    "毎四半期、パイプラインカバレッジを3倍に維持する。",
    "الحفاظ على تغطية خط المبيعات بثلاثة أضعاف كل ربع.",
  ])("reads a coverage multiple as a level: %s", (goal) => {
    const result = smartCheck(goal);
    expect([result.metric, result.A.verdict]).toEqual(["coverage", "unchecked"]);
  });

  it("still reads multiplying a metric as a change", () => {
    expect(smartCheck("Triple revenue by the end of the year.").A.verdict).toBe("fail");
    expect(smartCheck("زيادة خط المبيعات إلى ثلاثة أضعاف خلال ثلاثة أشهر.").A.verdict).toBe("fail");
    expect(smartCheck("今期中に売上を3倍にする。").A.verdict).toBe("fail");
    // From $700K to $5M states its own start: +614.3% with no history is a red flag.
    expect(smartCheck("Grow revenue from $700K to $5M this year.").A.reason).toBe(
      "asks for +614.3% within a year, more than doubling: lower the target or extend the deadline",
    );
  });
});
