import type { AdviceWords } from "./words.js";

export const es: AdviceWords = {
  format: { decimal: ",", group: ".", percentSpace: true },
  specificPass: (m) => `nombra la métrica «${m}» con una dirección o un objetivo`,
  noMetric:
    "no nombra ninguna métrica de negocio: di qué mides, por ejemplo «ventas», «tasa de cierre» o «clientes nuevos»",
  noDirection: (m) => `nombra «${m}», pero sin dirección ni objetivo: di «aumentar», «reducir» o «alcanzar»`,
  measurablePass: (q) => `medible: «${q}»`,
  noQuantity: "no hay cifra para el objetivo: añade una, por ejemplo «un 10 %» o «200 llamadas»",
  relevantPass: (m) => `«${m}» es una métrica de ventas`,
  relevantObjective: (m) => `«${m}» es uno de los objetivos`,
  notRelevant:
    "no es una métrica de ventas ni de negocio: vincula el objetivo a una, por ejemplo ingresos, abandono de clientes o tasa de cierre",
  notAnObjective: (m, o) => `«${m}» no está entre los objetivos (${o})`,
  timePass: (t) => `plazo: «${t}»`,
  noTime: "no hay fecha límite ni periodo: añade uno, por ejemplo «antes del 30 de junio» o «al mes»",
  fix: {
    S: "nombra la métrica, por ejemplo «ventas»",
    M: "añade una cifra, por ejemplo «un 10 %»",
    A: "baja el objetivo o amplía el plazo",
    R: "vincúlalo a una métrica de ventas",
    T: "añade una fecha, por ejemplo «antes del 30 de junio»",
  },
  allPass: "5/5 ✓ SMART",
  achievable: {
    noData: "sin comprobar: indica un valor de partida y un histórico de valores anteriores",
    noTarget: "sin comprobar: el objetivo no da ninguna cifra que comparar con el histórico",
    shortHistory:
      "sin comprobar: el histórico necesita al menos dos valores anteriores (y un valor de partida distinto de cero)",
    redFlag: (c) => `pide ${c} en un año o menos, más del doble: baja el objetivo o amplía el plazo`,
    noRedFlag: (c) => `sin comprobar con datos (pide ${c}); indica un valor de partida y un histórico`,
    judgedPass: (c, b, t, h, l) =>
      `pide ${c} (${b} → ${t}); el histórico varió como mucho ${h} por periodo, y hasta el doble (${l}) es alcanzable`,
    judgedFail: (c, b, t, h, l) =>
      `pide ${c} (${b} → ${t}); el histórico varió como mucho ${h} por periodo, y más del doble (${l}) no es alcanzable: baja el objetivo o amplía el plazo`,
  },
};
