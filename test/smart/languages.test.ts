import { describe, expect, it } from "vitest";
import { excel } from "../../shared/functions.js";
import { smartCheck } from "../../shared/smart/engine.js";

/**
 * Issue 16, item 2: every language answers in its own words and writes numbers its own way. The goals miss a
 * deadline, so the one-cell summary names the fix in the goal's language.
 */
describe("reasons and advice in the goal's language", () => {
  it.each([
    ["Increase sales by 20% in North America.", "en", "4/5 · T: add a deadline such as 'by 30 June'"],
    ["Verhoog de omzet met 20% in Noord-Amerika.", "nl", "4/5 · T: voeg een deadline toe, bijvoorbeeld 'vóór 30 juni'"],
    ["北美销售额提高20%。", "zh", "4/5 · T: 加上截止日期，例如“6月30日前”"],
    ["زيادة المبيعات بنسبة 20% في أمريكا الشمالية.", "ar", "4/5 · T: أضف موعدًا نهائيًا، مثل «قبل 30 يونيو»"],
    ["Umsatz um 20 % in Nordamerika steigern.", "de", "4/5 · T: Frist ergänzen, z. B. „bis 30. Juni“"],
    [
      "Aumentar las ventas un 20% en Norteamérica.",
      "es",
      "4/5 · T: añade una fecha, por ejemplo «antes del 30 de junio»",
    ],
    [
      "Augmenter les ventes de 20 % en Amérique du Nord.",
      "fr",
      "4/5 · T: ajoutez une échéance, par exemple «\u00a0d’ici le 30 juin\u00a0»",
    ],
    [
      "Aumentar as vendas em 20% na América do Norte.",
      "pt",
      "4/5 · T: acrescente um prazo, por exemplo “até 30 de junho”",
    ],
    ["北米の売上を20%増やす。", "ja", "4/5 · T: 期限を追加（例：「6月30日まで」）"],
  ])("%s (%s)", (goal, language, summary) => {
    expect(smartCheck(goal).language).toBe(language);
    expect(excel.SMARTCHECK(goal)).toBe(summary);
  });

  it.each([
    // History 900,000 → 950,000 → 1,000,000 moved at most +5.6% a period (950/900 − 1); twice that is 11.1%,
    // and 1,000,000 → 1,300,000 asks for +30%: not achievable, written with each language's separators.
    [
      "Grow revenue by 30% next quarter.",
      "needs +30.0% (1,000,000 → 1,300,000); history moved at most 5.6% a period, and more than twice that (11.1%) is not achievable: lower the target or extend the deadline",
    ],
    [
      "Verhoog de omzet volgend kwartaal met 30%.",
      "vraagt +30,0% (1.000.000 → 1.300.000); de historie veranderde hoogstens 5,6% per periode, en meer dan het dubbele daarvan (11,1%) is niet haalbaar: verlaag het doel of verleng de termijn",
    ],
    [
      "Den Umsatz im nächsten Quartal um 30 % steigern.",
      "verlangt +30,0\u00a0% (1.000.000 → 1.300.000); der Verlauf änderte sich um höchstens 5,6\u00a0% pro Periode, mehr als das Doppelte davon (11,1\u00a0%) ist nicht erreichbar: Ziel senken oder Frist verlängern",
    ],
    [
      "Aumentar las ventas un 30% el próximo trimestre.",
      "pide +30,0\u00a0% (1.000.000 → 1.300.000); el histórico varió como mucho 5,6\u00a0% por periodo, y más del doble (11,1\u00a0%) no es alcanzable: baja el objetivo o amplía el plazo",
    ],
    [
      "Augmenter le chiffre d'affaires de 30 % le trimestre prochain.",
      "demande +30,0\u00a0% (1\u202f000\u202f000 → 1\u202f300\u202f000)\u00a0; l’historique a varié d’au plus 5,6\u00a0% par période, et plus du double (11,1\u00a0%) n’est pas atteignable\u00a0: baissez l’objectif ou allongez le délai",
    ],
    [
      "Aumentar a receita em 30% no próximo trimestre.",
      "pede +30,0% (1.000.000 → 1.300.000); o histórico variou no máximo 5,6% por período, e mais que o dobro disso (11,1%) não é atingível: reduza a meta ou amplie o prazo",
    ],
    [
      "来四半期に売上を30%伸ばす。",
      "+30.0%の変化が必要（1,000,000 → 1,300,000）。過去の1期あたりの最大変化は5.6%で、その2倍（11.1%）を超えるため達成は困難です：目標を下げるか期限を延ばしてください",
    ],
  ])("judges A with the language's number format: %s", (goal, reason) => {
    expect(smartCheck(goal, { baseline: 1_000_000, history: [900_000, 950_000, 1_000_000] }).A).toEqual({
      verdict: "fail",
      reason,
    });
  });

  it("reads French '… de 10 %' as +10%, not −10%", () => {
    expect(smartCheck("Augmenter le chiffre d'affaires de 10 % d'ici fin juin.").A.reason).toBe(
      "non vérifié avec des données (demande +10,0\u00a0%)\u00a0; indiquez une valeur de départ et un historique",
    );
  });

  it("never gives a confident verdict in a language it cannot read", () => {
    const result = smartCheck("Aumentare il fatturato del 10% entro giugno.");
    expect(result.language).toBe("und");
    expect([result.S.verdict, result.M.verdict, result.R.verdict, result.T.verdict]).toEqual([
      "unchecked",
      "pass",
      "unchecked",
      "unchecked",
    ]);
    expect(result.S.reason).toBe(
      "language not recognised, read with the English rules: not checked: SMARTCHECK reads English, Chinese, Dutch, Arabic, German, Spanish, French, Portuguese and Japanese",
    );
    expect(excel.SMARTCHECK("Aumentare il fatturato del 10% entro giugno.")).toBe(
      "2/5 · S, R, T: not checked, language not recognised",
    );
  });
});
