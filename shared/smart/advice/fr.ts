import type { AdviceWords } from "./words.js";

// French typography: a no-break space inside « » and before « : », so a quote never wraps away from its marks.
const q = (text: string): string => `«\u00a0${text}\u00a0»`;

export const fr: AdviceWords = {
  format: { decimal: ",", group: "\u202f", percentSpace: true },
  specificPass: (m) => `nomme l’indicateur ${q(m)} avec une direction ou une cible`,
  noMetric: `aucun indicateur commercial\u00a0: dites ce que vous mesurez, par exemple ${q("chiffre d’affaires")}, ${q("taux de closing")} ou ${q("nouveaux clients")}`,
  noDirection: (m) =>
    `nomme ${q(m)} sans direction ni cible\u00a0: dites ${q("augmenter")}, ${q("réduire")} ou ${q("atteindre")}`,
  measurablePass: (m) => `mesurable\u00a0: ${q(m)}`,
  noQuantity: `aucun chiffre pour l’objectif\u00a0: ajoutez-en un, par exemple ${q("de 10\u00a0%")} ou ${q("200 appels")}`,
  relevantPass: (m) => `${q(m)} est un indicateur commercial`,
  relevantObjective: (m) => `${q(m)} fait partie des objectifs`,
  notRelevant:
    "aucun indicateur commercial ni financier\u00a0: rattachez l’objectif à un indicateur, par exemple chiffre d’affaires, attrition ou taux de closing",
  notAnObjective: (m, o) => `${q(m)} ne fait pas partie des objectifs (${o})`,
  timePass: (t) => `échéance\u00a0: ${q(t)}`,
  noTime: `ni échéance ni période\u00a0: ajoutez-en une, par exemple ${q("d’ici le 30 juin")} ou ${q("par mois")}`,
  fix: {
    S: `nommez l’indicateur, par exemple ${q("chiffre d’affaires")}`,
    M: `ajoutez un chiffre, par exemple ${q("de 10\u00a0%")}`,
    A: "baissez l’objectif ou allongez le délai",
    R: "rattachez-le à un indicateur commercial",
    T: `ajoutez une échéance, par exemple ${q("d’ici le 30 juin")}`,
  },
  allPass: "5/5 ✓ SMART",
  achievable: {
    noData: "non vérifié\u00a0: indiquez une valeur de départ et un historique de valeurs passées",
    noTarget: "non vérifié\u00a0: l’objectif ne donne aucun chiffre à comparer avec l’historique",
    shortHistory:
      "non vérifié\u00a0: l’historique doit compter au moins deux valeurs passées (et une valeur de départ non nulle)",
    redFlag: (c) =>
      `demande ${c} en un an ou moins, plus qu’un doublement\u00a0: baissez l’objectif ou allongez le délai`,
    noRedFlag: (c) =>
      `non vérifié avec des données (demande ${c})\u00a0; indiquez une valeur de départ et un historique`,
    judgedPass: (c, b, t, h, l) =>
      `demande ${c} (${b} → ${t})\u00a0; l’historique a varié d’au plus ${h} par période, et jusqu’au double (${l}) est atteignable`,
    judgedFail: (c, b, t, h, l) =>
      `demande ${c} (${b} → ${t})\u00a0; l’historique a varié d’au plus ${h} par période, et plus du double (${l}) n’est pas atteignable\u00a0: baissez l’objectif ou allongez le délai`,
  },
};
