import type { AdviceWords } from "./words.js";

export const de: AdviceWords = {
  format: { decimal: ",", group: ".", percentSpace: true },
  specificPass: (m) => `nennt die Kennzahl „${m}“ mit Richtung oder Ziel`,
  noMetric:
    "keine Geschäftskennzahl genannt: sagen Sie, was Sie messen, z. B. „Umsatz“, „Abschlussquote“ oder „Neukunden“",
  noDirection: (m) => `nennt „${m}“, aber weder Richtung noch Ziel: sagen Sie „steigern“, „senken“ oder „erreichen“`,
  measurablePass: (q) => `messbar: „${q}“`,
  noQuantity: "keine Zahl für das Ziel: ergänzen Sie eine, z. B. „um 10 %“ oder „200 Anrufe“",
  relevantPass: (m) => `„${m}“ ist eine Vertriebskennzahl`,
  relevantObjective: (m) => `„${m}“ gehört zu den Zielen`,
  notRelevant:
    "keine Vertriebs- oder Geschäftskennzahl: verbinden Sie das Ziel mit einer, z. B. Umsatz, Kundenabwanderung oder Abschlussquote",
  notAnObjective: (m, o) => `„${m}“ gehört nicht zu den Zielen (${o})`,
  timePass: (t) => `Zeitrahmen: „${t}“`,
  noTime: "weder Frist noch Zeitraum: ergänzen Sie einen, z. B. „bis 30. Juni“ oder „pro Monat“",
  fix: {
    S: "Kennzahl nennen, z. B. „Umsatz“",
    M: "Zahl ergänzen, z. B. „um 10 %“",
    A: "Ziel senken oder Frist verlängern",
    R: "mit einer Vertriebskennzahl verbinden",
    T: "Frist ergänzen, z. B. „bis 30. Juni“",
  },
  allPass: "5/5 ✓ SMART",
  achievable: {
    noData: "nicht geprüft: geben Sie einen Ausgangswert und frühere Werte an",
    noTarget: "nicht geprüft: das Ziel nennt keine Zahl, die sich mit dem Verlauf vergleichen ließe",
    shortHistory:
      "nicht geprüft: der Verlauf braucht mindestens zwei frühere Werte (und einen Ausgangswert ungleich null)",
    redFlag: (c) =>
      `verlangt ${c} innerhalb eines Jahres, mehr als eine Verdopplung: Ziel senken oder Frist verlängern`,
    noRedFlag: (c) => `nicht mit Daten geprüft (verlangt ${c}); geben Sie einen Ausgangswert und frühere Werte an`,
    judgedPass: (c, b, t, h, l) =>
      `verlangt ${c} (${b} → ${t}); der Verlauf änderte sich um höchstens ${h} pro Periode, bis zum Doppelten davon (${l}) ist erreichbar`,
    judgedFail: (c, b, t, h, l) =>
      `verlangt ${c} (${b} → ${t}); der Verlauf änderte sich um höchstens ${h} pro Periode, mehr als das Doppelte davon (${l}) ist nicht erreichbar: Ziel senken oder Frist verlängern`,
  },
};
