import type { AdviceWords } from "./words.js";

export const nl: AdviceWords = {
  format: { decimal: ",", group: ".", percentSpace: false },
  specificPass: (m) => `noemt de maatstaf "${m}" met een richting of doel`,
  noMetric: 'geen bedrijfsmaatstaf genoemd: zeg wat je meet, bijvoorbeeld "omzet", "win rate" of "nieuwe klanten"',
  noDirection: (m) => `noemt "${m}" maar geen richting of doel: zeg "verhogen", "verlagen" of "bereiken"`,
  measurablePass: (q) => `meetbaar: "${q}"`,
  noQuantity: 'geen getal voor het doel: voeg er een toe, bijvoorbeeld "met 10%" of "200 belletjes"',
  relevantPass: (m) => `"${m}" is een verkoopmaatstaf`,
  relevantObjective: (m) => `"${m}" is een van de doelstellingen`,
  notRelevant:
    "geen verkoop- of bedrijfsmaatstaf: koppel het doel aan een maatstaf, bijvoorbeeld omzet, klantverloop of win rate",
  notAnObjective: (m, o) => `"${m}" staat niet in de doelstellingen (${o})`,
  timePass: (t) => `termijn: "${t}"`,
  noTime: 'geen deadline of periode: voeg er een toe, bijvoorbeeld "vóór 30 juni" of "per maand"',
  fix: {
    S: "noem de maatstaf, bijvoorbeeld 'omzet'",
    M: "voeg een getal toe, bijvoorbeeld 'met 10%'",
    A: "verlaag het doel of verleng de termijn",
    R: "koppel het aan een verkoopmaatstaf",
    T: "voeg een deadline toe, bijvoorbeeld 'vóór 30 juni'",
  },
  allPass: "5/5 ✓ SMART",
  achievable: {
    noData: "niet gecontroleerd: geef een basiswaarde en een historie van eerdere waarden",
    noTarget: "niet gecontroleerd: het doel noemt geen getal om met de historie te vergelijken",
    shortHistory:
      "niet gecontroleerd: de historie heeft minstens twee eerdere waarden nodig (en een basiswaarde die niet nul is)",
    redFlag: (c) => `vraagt ${c} binnen een jaar, meer dan een verdubbeling: verlaag het doel of verleng de termijn`,
    noRedFlag: (c) => `niet met gegevens gecontroleerd (vraagt ${c}); geef een basiswaarde en een historie`,
    judgedPass: (c, b, t, h, l) =>
      `vraagt ${c} (${b} → ${t}); de historie veranderde hoogstens ${h} per periode, en tot het dubbele daarvan (${l}) is haalbaar`,
    judgedFail: (c, b, t, h, l) =>
      `vraagt ${c} (${b} → ${t}); de historie veranderde hoogstens ${h} per periode, en meer dan het dubbele daarvan (${l}) is niet haalbaar: verlaag het doel of verleng de termijn`,
  },
};
