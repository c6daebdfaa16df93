import { describe, expect, it } from "vitest";
import { smartCheck } from "../../shared/smart/engine.js";
import { LANGUAGE_PACKS } from "../../shared/smart/lexicon/index.js";
import { METRIC_IDS } from "../../shared/smart/metric-lexicon.js";
import { KNOWN_LANGUAGES } from "../../shared/smart/types.js";

/** Issue 16, classes 2, 3 and 7: metrics the lexicon lacked, vague goals, and matches inside words. */
describe("metrics people track, in every language", () => {
  it.each([
    // Forecast accuracy.
    ["Improve forecast accuracy to 90% by Q3.", "forecast_accuracy"],
    ["Verbeter de forecastnauwkeurigheid naar 90%.", "forecast_accuracy"],
    ["Die Prognosegenauigkeit auf 90 % verbessern.", "forecast_accuracy"],
    ["Mejorar la precisión del pronóstico al 90%.", "forecast_accuracy"],
    ["Améliorer la précision des prévisions à 90 %.", "forecast_accuracy"],
    ["Melhorar a precisão da previsão para 90%.", "forecast_accuracy"],
    ["把销售预测准确率提升到90%。", "forecast_accuracy"],
    ["予測精度を90%に高める。", "forecast_accuracy"],
    ["تحسين دقة التوقعات إلى 90%.", "forecast_accuracy"],
    // Contact (connect) rate.
    ["Raise the connect rate to 15%.", "contact_rate"],
    ["Verhoog de connect rate naar 25%.", "contact_rate"],
    ["Die Erreichbarkeitsquote auf 15 % heben.", "contact_rate"],
    ["Subir la tasa de contacto al 15%.", "contact_rate"],
    ["Porter le taux de joignabilité à 15 %.", "contact_rate"],
    ["Aumentar a taxa de contato para 15%.", "contact_rate"],
    ["外呼接通率不低于30%。", "contact_rate"],
    ["接続率を15%まで上げる。", "contact_rate"],
    ["رفع معدل الاتصال الناجح إلى 30%.", "contact_rate"],
    // Collection rate.
    ["Keep the collection rate above 97%.", "collection_rate"],
    ["Houd het incassopercentage boven 97%.", "collection_rate"],
    ["Die Inkassoquote über 97 % halten.", "collection_rate"],
    ["Mantener la tasa de cobro por encima del 97%.", "collection_rate"],
    ["Maintenir le taux de recouvrement au-dessus de 97 %.", "collection_rate"],
    ["Manter a taxa de cobrança acima de 97%.", "collection_rate"],
    ["回款率达到95%以上。", "collection_rate"],
    ["回収率を97%以上に保つ。", "collection_rate"],
    ["رفع معدل التحصيل إلى 95%.", "collection_rate"],
    // Quota as "target" in Dutch, compounds in Dutch and German, payback and coverage.
    ["Haal 110% van je target.", "quota"],
    ["Verdubbel het aantal partnerleads.", "leads"],
    ["Verhoog de renewalomzet met 10%.", "revenue"],
    ["Den Neukundenumsatz um 30 % steigern.", "revenue"],
    ["Die Zahl der Partnerleads verdoppeln.", "leads"],
    ["Bring CAC payback down from 18 to 12 months.", "payback"],
    ["Keep 3x pipeline coverage every quarter.", "coverage"],
  ])("%s → %s", (goal, id) => {
    const result = smartCheck(goal);
    expect([result.metric, result.S.verdict, result.R.verdict]).toEqual([id, "pass", "pass"]);
  });

  it("names every metric id in every language, so a pack cannot silently lack one", () => {
    for (const language of KNOWN_LANGUAGES) {
      const missing = METRIC_IDS.filter((id) => (LANGUAGE_PACKS[language].metrics[id] ?? "").trim() === "");
      expect(missing, language).toEqual([]);
    }
  });
});

describe("vague goals that mention customers without a measure", () => {
  it.each([
    "Put more focus on the right customers.",
    "Spend more time with customers this quarter.",
    "Meer focus op de juiste klanten.",
    "Besteed deze maand meer tijd aan klanten.",
    "Mehr Fokus auf die richtigen Kunden legen.",
    "Prestar más atención a los clientes adecuados.",
    "Mettre davantage l'accent sur les bons clients.",
    "Dar mais atenção aos clientes certos.",
    "多关注重点客户。",
    "適切な顧客にもっと集中する。",
    "التركيز أكثر على العملاء المناسبين.",
  ])("names no metric: %s", (goal) => {
    const result = smartCheck(goal);
    expect([result.metric, result.S.verdict, result.R.verdict]).toEqual([null, "fail", "fail"]);
  });

  it.each([
    ["Win more customers next quarter.", "customers"],
    ["Grow the pipeline.", "pipeline"],
    ["Win meer klanten.", "customers"],
    ["Wir brauchen mehr Kunden.", "customers"],
    ["Conseguir más clientes.", "customers"],
    ["Gagner plus de clients.", "customers"],
    ["Conquistar mais clientes.", "customers"],
    ["新規顧客をもっと増やす。", "customers"],
    // Counted right before it, the weak noun is the subject even when a stronger metric follows.
    ["Signer 10 nouveaux clients par trimestre avec un panier moyen supérieur à 1 000 €.", "customers"],
  ])("names the weak noun when the goal moves or counts it: %s", (goal, id) => {
    const result = smartCheck(goal);
    expect([result.metric, result.S.verdict]).toEqual([id, "pass"]);
  });
});

describe("every lexicon match is a whole word or phrase", () => {
  it.each([
    // مارس (March) inside ممارسة (practice); sales practices are no metric either.
    ["تحسين ممارسات المبيعات.", "ar"],
    ["Improve marching discipline in the team.", "en"], // march inside marching
    ["Ser el mayor distribuidor de la región.", "es"], // mayo (May) inside mayor
    ["Ter maior presença na região.", "pt"], // maio (May) inside maior
    ["Die Maibaumfeier im Dorf organisieren.", "de"], // mai inside a compound is no month
  ])("finds no time frame in %s", (goal, language) => {
    const result = smartCheck(goal);
    expect([result.language, result.T.verdict]).toEqual([language, "fail"]);
  });

  it.each([
    ["在下一季度将收入提高10%。", "有时间范围：“下一季度”"], // the phrase, not the 一季度 (Q1) inside it
    ["زيادة الإيرادات بنسبة 10% في السنة المالية 2027.", "إطار زمني: «السنة المالية 2027»"],
    ["Grow revenue this fiscal year.", 'time frame: "this fiscal year"'],
    ["Verhoog de omzet met 10% in boekjaar 2027.", 'termijn: "boekjaar 2027"'],
    ["来四半期に売上を5%伸ばす。", "期限・期間：「来四半期」"],
    ["Augmenter le chiffre d'affaires de 10 % d'ici fin juin.", "échéance\u00a0: «\u00a0d'ici fin juin\u00a0»"],
  ])("quotes the whole phrase: %s", (goal, reason) => {
    expect(smartCheck(goal).T.reason).toBe(reason);
  });

  it.each([
    // A metric name may close a compound in Dutch and German; the reason quotes the word the goal wrote.
    ["Bis Ende des Quartals 25 Neukunden gewinnen.", "customers", "„Neukunden“ ist eine Vertriebskennzahl"],
    ["Den Jahresumsatz bis Dezember um 10 % steigern.", "revenue", "„Jahresumsatz“ ist eine Vertriebskennzahl"],
    ["Genereer 40 partnerleads per kwartaal.", "leads", '"partnerleads" is een verkoopmaatstaf'],
    ["Verhoog de renewalomzet met 8% in 2026.", "revenue", '"renewalomzet" is een verkoopmaatstaf'],
  ])("quotes a compound metric name whole: %s", (goal, id, reason) => {
    const result = smartCheck(goal);
    expect([result.metric, result.R.reason]).toEqual([id, reason]);
  });
});

describe("German, Spanish, French and Portuguese read with their own words, not the English rules", () => {
  it.each([
    // Sales words pass S and R; deadlines, periods and cadences are time frames (issue 16, last class).
    [
      "Den Umsatz bis Ende Juni um 10 % steigern.",
      "de",
      "„Umsatz“ ist eine Vertriebskennzahl",
      "Zeitrahmen: „bis Ende Juni“",
    ],
    [
      "Aumentar las ventas un 15 % antes del 30 de septiembre.",
      "es",
      "«ventas» es una métrica de ventas",
      "plazo: «30 de septiembre»",
    ],
    [
      "Faire 40 rendez-vous clients par semaine.",
      "fr",
      "«\u00a0rendez-vous\u00a0» est un indicateur commercial",
      "échéance\u00a0: «\u00a0par semaine\u00a0»",
    ],
    [
      "Augmenter le chiffre d'affaires de 10 % d'ici fin juin.",
      "fr",
      "«\u00a0chiffre d'affaires\u00a0» est un indicateur commercial",
      "échéance\u00a0: «\u00a0d'ici fin juin\u00a0»",
    ],
    ["Aumentar a receita em 20% até o fim do ano.", "pt", "“receita” é uma métrica de vendas", "prazo: “fim do ano”"],
    ["Fechar 12 novos contratos por mês.", "pt", "“contratos” é uma métrica de vendas", "prazo: “por mês”"],
  ])("%s", (goal, language, relevant, time) => {
    const result = smartCheck(goal);
    expect([result.language, result.S.verdict, result.R.reason, result.T.reason]).toEqual([
      language,
      "pass",
      relevant,
      time,
    ]);
  });
});
