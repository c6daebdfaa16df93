import type { AdviceWords } from "./words.js";

export const pt: AdviceWords = {
  format: { decimal: ",", group: ".", percentSpace: false },
  specificPass: (m) => `nomeia a métrica “${m}” com uma direção ou meta`,
  noMetric:
    "nenhuma métrica de negócio: diga o que você mede, por exemplo “receita”, “taxa de fechamento” ou “novos clientes”",
  noDirection: (m) => `nomeia “${m}”, mas sem direção nem meta: diga “aumentar”, “reduzir” ou “atingir”`,
  measurablePass: (q) => `mensurável: “${q}”`,
  noQuantity: "nenhum número para a meta: acrescente um, por exemplo “em 10%” ou “200 ligações”",
  relevantPass: (m) => `“${m}” é uma métrica de vendas`,
  relevantObjective: (m) => `“${m}” é um dos objetivos`,
  notRelevant:
    "não é uma métrica de vendas nem de negócio: ligue a meta a uma, por exemplo receita, churn ou taxa de fechamento",
  notAnObjective: (m, o) => `“${m}” não está entre os objetivos (${o})`,
  timePass: (t) => `prazo: “${t}”`,
  noTime: "nenhum prazo nem período: acrescente um, por exemplo “até 30 de junho” ou “por mês”",
  fix: {
    S: "nomeie a métrica, por exemplo “receita”",
    M: "acrescente um número, por exemplo “em 10%”",
    A: "reduza a meta ou amplie o prazo",
    R: "ligue-a a uma métrica de vendas",
    T: "acrescente um prazo, por exemplo “até 30 de junho”",
  },
  allPass: "5/5 ✓ SMART",
  achievable: {
    noData: "não verificado: informe um valor de base e um histórico de valores anteriores",
    noTarget: "não verificado: a meta não traz um número para comparar com o histórico",
    shortHistory:
      "não verificado: o histórico precisa de pelo menos dois valores anteriores (e um valor de base diferente de zero)",
    redFlag: (c) => `pede ${c} em até um ano, mais que o dobro: reduza a meta ou amplie o prazo`,
    noRedFlag: (c) => `não verificado com dados (pede ${c}); informe um valor de base e um histórico`,
    judgedPass: (c, b, t, h, l) =>
      `pede ${c} (${b} → ${t}); o histórico variou no máximo ${h} por período, e até o dobro disso (${l}) é atingível`,
    judgedFail: (c, b, t, h, l) =>
      `pede ${c} (${b} → ${t}); o histórico variou no máximo ${h} por período, e mais que o dobro disso (${l}) não é atingível: reduza a meta ou amplie o prazo`,
  },
};
