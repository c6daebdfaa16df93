import type { LanguagePack } from "./pack.js";
import { UNIVERSAL_FRAMES } from "./universal.js";

const NUM =
  "(?<!\\d)\\d+(?:[.,]\\d+)?|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|dieciocho|" +
  "veinte|treinta|cuarenta|sesenta|noventa|unos|unas|pocos|pocas|varios|varias";
const MONTHS = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre";
const PERIOD = "año fiscal|año|trimestre|mes|semana|día|semestre|ejercicio";

const UNITS = ["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"];
const WORDS: Record<string, number> = {
  un: 1,
  una: 1,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciséis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
  cien: 100,
  ciento: 100,
  doscientos: 200,
  doscientas: 200,
  trescientos: 300,
  trescientas: 300,
  cuatrocientos: 400,
  cuatrocientas: 400,
  quinientos: 500,
  quinientas: 500,
  seiscientos: 600,
  setecientos: 700,
  ochocientos: 800,
  novecientos: 900,
  mil: 1e3,
  millón: 1e6,
  millones: 1e6,
};
// 21–29 are one word (veinticinco).
UNITS.forEach((unit, i) => {
  WORDS[`veinti${unit}`] = 21 + i;
});
WORDS.veintidós = 22;
WORDS.veintitrés = 23;
WORDS.veintiséis = 26;

export const es: LanguagePack = {
  boundary: "word",
  detect:
    "el la los las un una unos unas de del al y o en por para con sin hasta desde antes después cada este esta " +
    "estos próximo próxima próximos próximas año años mes meses semana semanas trimestre semestre día días ventas " +
    "clientes aumentar reducir mejorar incrementar alcanzar lograr mantener conseguir nuestro nuestros nuestra más " +
    "menos que se es ser hacer cerrar nuevos nuevas fin finales millones mil ingresos facturación tasa equipo dos " +
    "tres cuatro cinco diez veinte subir bajar organizar enviar realizar hacer cerrar conseguir captar generar visitar llamar contratar vender obtener duplicar triplicar cuatrimestre primer segundo tercer cuarto seis siete ocho nueve doce quince treinta cuarenta webinars llamadas reuniones propuestas contratos negocios ser mejor equipo región aprender bajar kilos verano invierno primavera otoño antes finales principios durante dentro próximos",
  spelling: "ción$|ciones$|ñ|^qu|dad$|mente$|ía$",
  head: "head-first",
  linkers: "de|del|de la|de los|de las|por|a|al|en",
  fillers:
    "los|las|el|la|un|una|unos|unas|nuestros|nuestras|nuestro|nuestra|sus|su|nuevos|nuevas|nuevo|nueva|más|número|" +
    "cantidad|de|del|a|en|activos|activas|de pago|cualificados|calificados",
  notAMetric:
    "equipos? (?:de )?ventas|equipos? comercial(?:es)?|proceso de ventas?|estrategias? de ventas?|técnicas de ventas?|fuerza de ventas|cultura de ventas",
  metrics: {
    mrr: "ingresos? recurrentes? mensual(?:es)?|\\bmrr\\b",
    arr: "ingresos? recurrentes? anual(?:es)?|ingresos? recurrentes?|\\barr\\b",
    arpu: "ingreso (?:medio|promedio) por (?:usuario|cliente|cuenta)|\\barp[ua]\\b",
    cac: "cost[oe]s? de adquisición(?: de clientes?| por cliente)?|cost[oe] por (?:cliente|lead|adquisición)|\\bcac\\b|\\bcpl\\b",
    payback:
      "(?:periodo|período|plazo|tiempo) de (?:recuperación|retorno|amortización)(?: del cac| de la inversión)?|payback",
    clv: "valor (?:de |por )?vida del cliente|valor del ciclo de vida del cliente|valor de vida|customer lifetime value|\\bclv\\b|\\bltv\\b",
    rep_turnover:
      "rotación (?:de|del) (?:personal|vendedores|comerciales|equipo(?: comercial| de ventas)?|empleados)|rotación de la fuerza de ventas",
    churn:
      "tasa de (?:abandono|cancelación|bajas|deserción)(?: de clientes)?|abandono de clientes|churn(?: rate)?|cancelaciones|bajas de clientes|pérdida de clientes",
    retention:
      "tasa de (?:retención|renovación|recompra)|retención(?: de clientes)?|retener|renovaciones|recompra|fidelización|fidelizar",
    expansion:
      "ingresos por (?:upsell\\p{L}*|venta cruzada|ventas cruzadas|expansión)|upsell\\p{L}*|up-?selling|cross-?selling|ventas? cruzadas?|ingresos de expansión|retención neta de ingresos|\\bnrr\\b",
    win_rate:
      "tasa de (?:cierre|éxito|victorias|ganancia|cierre de (?:negocios|ventas))|ratio de cierre|win rate|porcentaje de cierre|índice de cierre",
    forecast_accuracy:
      "(?:precisión|exactitud|fiabilidad) (?:del|de los|de la|de las) (?:pronósticos?|previsión|previsiones|forecast)(?: de ventas)?",
    contact_rate: "tasa de (?:contacto|contactabilidad|conexión)|contactabilidad",
    collection_rate: "tasa de (?:cobro|cobranza|recaudo|recaudación)|índice de cobranza|cobranza|recaudo",
    conversion: "tasa de conversión|conversión|conversiones|convertir",
    cycle: "ciclo de ventas?|tiempo (?:promedio |medio )?(?:de|del) cierre|duración del ciclo",
    response_time: "tiempo (?:promedio |medio )?de (?:primera )?respuesta|tiempo de reacción|velocidad de respuesta",
    deal_size:
      "ticket (?:promedio|medio)|valor (?:promedio|medio) (?:del pedido|de pedido|de la venta|por venta|del contrato|de los contratos|de las operaciones)|tamaño (?:promedio |medio )?de (?:los )?(?:negocios|acuerdos|tratos|operaciones)",
    market_share: "cuota de mercado|participación (?:de|en el) mercado",
    quota: "cuotas?|cumplimiento de (?:la )?cuota|objetivos? de ventas|metas? de ventas|presupuesto de ventas",
    nps: "net promoter score|\\bnps\\b",
    csat: "(?:índice de )?satisfacción(?: del cliente| de los clientes| de clientes)?|\\bcsat\\b",
    coverage: "cobertura(?: del| de)? (?:pipeline|embudo|cartera)|cobertura",
    leads:
      "leads?|prospectos|clientes potenciales|oportunidades(?: de venta)?|\\bmqls?\\b|\\bsqls?\\b|solicitudes|registros|pruebas gratuitas",
    meetings: "reuniones|reunión|citas|visitas|visitar|entrevistas|encuentros",
    calls: "llamadas(?: en frío| de prospección| salientes)?|llamada|llamar",
    emails: "correos(?: electrónicos| de prospección)?|correo electrónico|e-?mails?|mensajes",
    demos: "demos?|demostraciones|presentaciones|webinars?|seminarios web",
    proposals: "propuestas|propuesta|cotizaciones|presupuestos|ofertas|licitaciones",
    activities: "seguimientos?|actividades|puntos de contacto|contactos|eventos|ferias",
    deals: "negocios|contratos|pedidos|acuerdos|tratos|operaciones|ventas cerradas",
    units: "unidades(?: vendidas)?|volumen de ventas|licencias|suscripciones",
    margin: "márgenes|margen(?: bruto| neto| de beneficio| operativo| de contribución)?|rentabilidad|\\bebitda\\b",
    profit: "beneficios?(?: netos?| brutos?)?|utilidad(?:es)?(?: netas?)?|ganancias?",
    cost: "costos?|costes?|gastos",
    referrals: "referidos|referencias|recomendaciones|reseñas|testimonios",
    discount: "descuentos?|rebajas",
    revenue: "ingresos|facturación|ventas|volumen de negocio|cifra de negocio|nuevos negocios",
    productivity: "productividad|eficiencia",
    traffic:
      "tráfico(?: web| del sitio| de la web)?|visitantes|seguidores|visitas a la web|tasa de apertura|tasa de clics",
    headcount:
      "(?:nuevos )?(?:comerciales|vendedores|representantes de ventas|ejecutivos de cuentas?|agentes comerciales)",
    markets: "mercados?|regiones|países|territorios",
    customers: "clientes?|cuentas(?: clave| principales)?|usuarios|suscriptores|compradores",
    pipeline: "pipeline|embudo(?: de ventas)?|cartera de oportunidades",
  },
  time: {
    mask: "ingresos? recurrentes? (?:mensual|anual)(?:es)?",
    frames: [
      ...UNIVERSAL_FRAMES,
      `(?:\\b\\d{1,2}\\s(?:de\\s)?)?\\b(?:${MONTHS})\\b(?:\\s(?:de|del)\\s\\d{4})?`,
      "\\b(?:en|para|antes de|hasta|durante|desde|a finales de|a fines de|a principios de)\\s(?:el\\s)?(?:19|20)\\d{2}\\b",
      `\\b(?:este|esta|próximo|próxima|siguiente|cada|por|al|el|la|del|de la|primer|primera|segundo|segunda|tercer|tercera|cuarto|cuarta|último|última|actual|todo el|toda la|mismo)\\s(?:${PERIOD})s?\\b`,
      "\\b(?:año|trimestre|mes|semestre|ejercicio)s? (?:próximo|siguiente|que viene|actual|en curso|fiscal)\\b",
      "\\b(?:mensual(?:es|mente)?|semanal(?:es|mente)?|diari(?:o|a|os|as|amente)|anual(?:es|mente)?|trimestral(?:es|mente)?|semestral(?:es|mente)?|quincenal(?:es|mente)?|interanual(?:es|mente)?)\\b",
      "\\b(?:año|ejercicio) fiscal\\b(?:\\s\\d{4})?|\\bejercicio\\s(?:\\d{4}|\\d{2})\\b",
      "\\b(?:fin|final|cierre|finales|fines|principios|mitad)\\s(?:de|del)\\s(?:año|trimestre|mes|semestre|ejercicio|periodo|período|año fiscal)\\b|\\bfin de año\\b",
      "\\b(?:antes del?|para el|para la|hasta el|en el|durante el|este|esta|en)\\s(?:verano|invierno|primavera|otoño)\\b|\\bpróxima (?:primavera|temporada)\\b",
      "\\bplazo\\b|\\bfecha límite\\b|\\b(?:en comparación con|respecto al|frente al) año (?:anterior|pasado)\\b",
      "\\bt[1-4]\\b(?:\\s\\d{4})?",
    ],
    durations: `(?:\\b(?<lead>en|dentro de|en los próximos|en las próximas|durante|tras|después de|en un plazo de|a lo largo de|los próximos|las próximas)\\s)?\\b(?:${NUM})\\s(?:días?|semanas?|meses|mes|trimestres?|años?|horas?|minutos?|segundos?|días hábiles)\\b`,
    multiYear: "(?:[2-9]|\\d\\d|dos|tres|cuatro|cinco|diez)\\s?años|plurianual",
    measureBefore:
      "\\b(?:a|al|hasta|por debajo de|por encima de|menos de|más de|de|del|en|máximo|mínimo|como máximo|como mínimo|inferior a|superior a)$|[<≤=]$",
  },
  directions: {
    up: "aument\\p{L}*|increment\\p{L}*|crec\\p{L}*|mejor\\p{L}*|elev\\p{L}*|subir|sube|suba|impuls\\p{L}*|ampli\\p{L}*|expand\\p{L}*|duplic\\p{L}*|triplic\\p{L}*|cuadruplic\\p{L}*|maximiz\\p{L}*|potenci\\p{L}*|más|mayor(?:es)?|superar|supera|por encima|al menos|como mínimo|ganar|gana|captar|capta|conseguir|consigue|atraer|generar|genera|adquirir|sumar|añadir|acelerar|contratar|incorporar",
    down: "reduc\\p{L}*|disminu\\p{L}*|bajar|baje|baja|recort\\p{L}*|acort\\p{L}*|minimiz\\p{L}*|limit\\p{L}*|menos|menor(?:es)?|por debajo|como máximo|máximo|descend\\p{L}*|rebaj\\p{L}*",
    target:
      "alcanz\\p{L}*|lograr|logra|logre|mantener|mantenga|mantiene|cerrar|cierre|enviar|envía|realizar|realice|hacer|haga|organizar|programar|agendar|presentar|firmar|vender|obtener|asegurar|cumplir|llegar a|llegar|retener|visitar|llamar|entregar|atender",
    byMarker: "\\b(?:en un|un|en|de un)$",
    toMarker:
      "\\b(?:a|al|hasta|hasta el|el|del|por debajo del|por encima del|por debajo de|por encima de|menos del|más del|lograr el|alcanzar el|alcanzar|mantener|mantener el)$",
    fromMarker: "\\b(?:de|del|desde|desde el)$",
  },
  numbers: {
    words: WORDS,
    joiners: ["y"],
    articles: ["un", "una", "uno"],
    percent: "por ciento\\b|porciento\\b",
    countUnit: "veces\\b|vez\\b",
    counts: [["\\buna vez\\b", 1]],
    fractions: [
      ["\\bun tercio\\b", 100 / 3],
      ["\\bdos tercios\\b", 200 / 3],
      ["\\buna cuarta parte\\b", 25],
      ["\\btres cuartas partes\\b", 75],
      ["\\buna quinta parte\\b", 20],
    ],
    factors: [
      ["\\ba la mitad\\b|\\bpor la mitad\\b", 0.5],
      ["\\bduplic\\p{L}*|\\bel doble\\b", 2],
      ["\\btriplic\\p{L}*|\\bel triple\\b", 3],
      ["\\bcuadruplic\\p{L}*|\\bel cuádruple\\b", 4],
    ],
    multipliers: { "mil millones": 1e9, mil: 1e3, millón: 1e6, millones: 1e6, "mill.": 1e6 },
  },
};
