import type { LanguagePack } from "./pack.js";
import { UNIVERSAL_FRAMES } from "./universal.js";

const NUM =
  "(?<!\\d)\\d+(?:[.,]\\d+)?|um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|quinze|dezoito|vinte|" +
  "trinta|quarenta|sessenta|noventa|alguns|algumas|poucos|vários";
const MONTHS = "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro";
const PERIOD = "ano fiscal|ano|trimestre|mês|semana|dia|semestre|exercício";

const WORDS: Record<string, number> = {
  um: 1,
  uma: 1,
  dois: 2,
  duas: 2,
  três: 3,
  quatro: 4,
  cinco: 5,
  seis: 6,
  sete: 7,
  oito: 8,
  nove: 9,
  dez: 10,
  onze: 11,
  doze: 12,
  treze: 13,
  catorze: 14,
  quatorze: 14,
  quinze: 15,
  dezesseis: 16,
  dezasseis: 16,
  dezessete: 17,
  dezassete: 17,
  dezoito: 18,
  dezenove: 19,
  dezanove: 19,
  vinte: 20,
  trinta: 30,
  quarenta: 40,
  cinquenta: 50,
  sessenta: 60,
  setenta: 70,
  oitenta: 80,
  noventa: 90,
  cem: 100,
  cento: 100,
  duzentos: 200,
  duzentas: 200,
  trezentos: 300,
  trezentas: 300,
  quatrocentos: 400,
  quinhentos: 500,
  seiscentos: 600,
  setecentos: 700,
  oitocentos: 800,
  novecentos: 900,
  mil: 1e3,
  milhão: 1e6,
  milhões: 1e6,
  bilhão: 1e9,
  bilhões: 1e9,
};

export const pt: LanguagePack = {
  boundary: "word",
  detect:
    "o a os as um uma de do da dos das e ou em no na nos nas por pelo pela para com sem até desde antes depois cada " +
    "este esta neste nesta próximo próxima próximos ano anos mês meses semana semanas trimestre semestre dia dias " +
    "vendas clientes aumentar reduzir melhorar atingir alcançar manter fechar nosso nossa nossos mais menos que se " +
    "é ser fazer novos novas fim final milhões mil receita faturamento taxa equipe dois duas três quatro cinco dez " +
    "vinte ao à às meta metas organizar enviar realizar fazer fechar conquistar gerar visitar ligar contratar vender obter dobrar triplicar elevar primeiro segundo terceiro quarto seis sete oito nove doze quinze trinta quarenta webinars ligações reuniões propostas contratos negócios melhor região aprender perder quilos verão inverno primavera outono antes fim início durante dentro próximos próximas todo toda cada neste nesta cota",
  spelling: "ção$|ções$|ão$|ões$|ã|õ|nh|lh|^qu|mente$|ável$",
  head: "head-first",
  linkers: "de|do|da|dos|das|por|em|no|na",
  fillers:
    "os|as|o|a|um|uma|nossos|nossas|nosso|nossa|seus|suas|novos|novas|novo|nova|mais|número|quantidade|de|do|da|" +
    "dos|das|em|no|na|ativos|pagantes|qualificados",
  notAMetric:
    "equipe de vendas|time de vendas|equipe comercial|time comercial|processo de vendas|estratégia de vendas|técnicas de vendas|força de vendas|apresentação comercial",
  metrics: {
    mrr: "receita recorrente mensal|\\bmrr\\b",
    arr: "receita recorrente anual|receita recorrente|\\barr\\b",
    arpu: "receita média por (?:usuário|cliente|conta)|\\barp[ua]\\b",
    cac: "custos? de aquisição(?: de clientes?| por cliente)?|custo por (?:cliente|lead)|\\bcac\\b|\\bcpl\\b",
    payback: "(?:período|prazo|tempo) de (?:payback|retorno|recuperação)(?: do cac)?|payback(?: do cac)?",
    clv: "valor (?:do tempo de vida|vitalício|de vida|ao longo da vida) do cliente|lifetime value|\\bclv\\b|\\bltv\\b",
    rep_turnover:
      "rotatividade(?: (?:de|dos|da) (?:vendedores|equipe|funcionários|pessoal|time comercial))?|turnover (?:de|dos|da) (?:vendedores|equipe|time)",
    churn: "taxa de (?:cancelamento|churn|evasão|abandono)|churn|cancelamentos|evasão de clientes|perda de clientes",
    retention:
      "taxa de (?:retenção|renovação|recompra)|retenção(?: de clientes)?|renovações|renovação|recompra|fidelização|reter",
    expansion:
      "receita de (?:upsell|expansão|cross-?sell)\\p{L}*|upsell\\p{L}*|up-?selling|cross-?selling|venda cruzada|vendas adicionais|\\bnrr\\b",
    win_rate: "taxa de (?:fechamento|ganho|sucesso|vitória)|win rate|índice de fechamento",
    forecast_accuracy:
      "(?:precisão|acurácia|assertividade) (?:da|das|do|dos) (?:previsão|previsões|forecast|projeções)(?: de vendas)?",
    contact_rate: "taxa de (?:contato|contatos|conexão|atendimento telefônico)|contactabilidade",
    collection_rate: "taxa de (?:cobrança|adimplência|recuperação de crédito)|índice de cobrança|cobrança",
    conversion: "taxa de conversão|conversão|conversões|converter",
    cycle: "ciclo de vendas?|tempo (?:médio )?de fechamento|duração do ciclo",
    response_time: "tempo (?:médio )?de (?:primeira )?resposta|velocidade de resposta",
    deal_size:
      "ticket médio|valor médio (?:do pedido|dos pedidos|por venda|dos contratos|do contrato|das vendas)|tamanho médio (?:dos|do) (?:negócios|contratos|deals)",
    market_share: "participação (?:de|no) mercado|market share|fatia de mercado",
    quota: "cotas?|metas? de vendas|metas? comerciais|atingimento da meta|metas?",
    nps: "net promoter score|\\bnps\\b",
    csat: "satisfação(?: do cliente| dos clientes| de clientes)?|\\bcsat\\b",
    coverage: "cobertura (?:do |de )?(?:pipeline|funil)|cobertura",
    leads: "leads?|prospects?|oportunidades|clientes potenciais|\\bmqls?\\b|\\bsqls?\\b|inscrições|testes gratuitos",
    meetings: "reuniões|reunião|visitas|visitar|encontros|agendamentos",
    calls: "ligações(?: de prospecção)?|ligação|chamadas|telefonemas|ligar",
    emails: "e-?mails?|mensagens",
    demos: "demos?|demonstrações|apresentações|webinars?|webinários",
    proposals: "propostas|proposta|orçamentos|cotações|licitações",
    activities: "follow-?ups?|atividades|pontos de contato|eventos|feiras",
    deals: "negócios|contratos|pedidos|vendas fechadas|fechamentos",
    units: "unidades(?: vendidas)?|volume de vendas|licenças|assinaturas",
    margin: "margem(?: bruta| líquida| de lucro| de contribuição)?|margens|rentabilidade|lucratividade|\\bebitda\\b",
    profit: "lucro(?: líquido| bruto| operacional)?|lucros",
    cost: "custos?|despesas|gastos",
    referrals: "indicações|indicação|referências|recomendações|avaliações|depoimentos",
    discount: "descontos?|abatimentos",
    revenue: "receitas?|faturamento|vendas",
    productivity: "produtividade|eficiência",
    traffic: "tráfego(?: do site| web)?|visitantes|seguidores|taxa de abertura|taxa de cliques",
    headcount:
      "(?:novos )?(?:vendedores|representantes(?: de vendas)?|consultores(?: de vendas)?|executivos de contas|sdrs?|bdrs?)",
    markets: "mercados?|regiões|países|territórios",
    customers: "clientes?(?:-chave)?|contas|assinantes|usuários|compradores|carteira de clientes|base de clientes",
    pipeline: "pipeline|funil(?: de vendas)?",
  },
  time: {
    mask: "receita recorrente (?:mensal|anual)",
    frames: [
      ...UNIVERSAL_FRAMES,
      `(?:\\b\\d{1,2}(?:o|º)?\\s(?:de\\s)?)?\\b(?:${MONTHS})\\b(?:\\s(?:de\\s)?\\d{4})?`,
      "\\b(?:até|em|antes de|durante|para|desde|no fim de|no final de)\\s(?:o\\s)?(?:19|20)\\d{2}\\b",
      `\\b(?:este|esta|neste|nesta|próximo|próxima|no próximo|na próxima|cada|todo|toda|todos os|todas as|por|ao|o|a|do|da|no|na|primeiro|primeira|segundo|segunda|terceiro|terceira|quarto|quarta|último|última|atual|mesmo|em todo|em cada)\\s(?:${PERIOD})s?\\b`,
      "\\b(?:mensal(?:mente)?|mensais|semanal(?:mente)?|semanais|diári(?:o|a|os|as|amente)|anual(?:mente)?|anuais|trimestral(?:mente)?|trimestrais|semestral(?:mente)?|quinzenal(?:mente)?)\\b",
      "\\b(?:fim|final|encerramento|início|meados)\\s(?:do|de)\\s(?:ano|trimestre|mês|semestre|exercício|período|ano fiscal)\\b",
      "\\bano fiscal\\b(?:\\s(?:de\\s)?\\d{4})?|\\bexercício\\s\\d{4}\\b",
      "\\bem relação ao (?:ano anterior|mesmo período)\\b|\\bcomparado ao ano anterior\\b|\\bano a ano\\b|\\bano contra ano\\b",
      "\\b(?:até|antes|antes do|durante o|neste|no|próximo|até o)\\s(?:o\\s)?(?:verão|inverno|primavera|outono)\\b",
      "\\bprazo\\b|\\bdata limite\\b",
    ],
    durations: `(?:\\b(?<lead>em|dentro de|nos próximos|nas próximas|durante|após|depois de|em até|no prazo de|ao longo de)\\s)?\\b(?:${NUM})\\s(?:dias?|semanas?|meses|mês|trimestres?|anos?|horas?|minutos?|segundos?|dias úteis)\\b`,
    multiYear: "(?:[2-9]|\\d\\d|dois|três|quatro|cinco|dez)\\s?anos|plurianual",
    measureBefore:
      "\\b(?:a|para|até|abaixo de|acima de|menos de|mais de|de|em|no máximo|no mínimo|máximo|mínimo|inferior a|superior a)$|[<≤=]$",
  },
  directions: {
    up: "aument\\p{L}*|elev\\p{L}*|cresc\\p{L}*|melhor\\p{L}*|ampli\\p{L}*|expand\\p{L}*|impulsion\\p{L}*|dobr\\p{L}*|duplic\\p{L}*|triplic\\p{L}*|quadruplic\\p{L}*|maximiz\\p{L}*|mais|maior(?:es)?|acima|pelo menos|no mínimo|superar|supera|conquistar|conquiste|ganhar|gerar|gere|atrair|captar|adquirir|contratar|acelerar|incrementar|subir|entrar",
    down: "reduz\\p{L}*|diminu\\p{L}*|baix\\p{L}*|cort\\p{L}*|encurt\\p{L}*|minimiz\\p{L}*|limit\\p{L}*|menos|menor(?:es)?|abaixo|no máximo|perder|conter",
    target:
      "atingir|atinja|alcanç\\p{L}*|manter|mantenha|fechar|feche|enviar|envie|realizar|realize|fazer|faça|agendar|organizar|apresentar|assinar|vender|obter|garantir|bater|cumprir|chegar|reter|visitar|ligar|entregar|atender",
    byMarker: "\\b(?:em|de|em até|em cerca de)$",
    toMarker:
      "\\b(?:para|a|até|ao|à|abaixo de|acima de|menos de|mais de|atingir|alcançar|manter|atingir o|alcançar o)$",
    fromMarker: "\\b(?:de|do|desde)$",
  },
  numbers: {
    words: WORDS,
    joiners: ["e"],
    articles: ["um", "uma"],
    percent: "por ?cento\\b",
    countUnit: "vezes\\b|vez\\b",
    counts: [["\\buma vez\\b", 1]],
    fractions: [
      ["\\bum terço\\b", 100 / 3],
      ["\\bdois terços\\b", 200 / 3],
      ["\\bum quarto\\b", 25],
      ["\\bum quinto\\b", 20],
    ],
    factors: [
      ["\\bpela metade\\b|\\bà metade\\b", 0.5],
      ["\\bdobr\\p{L}*|\\bduplic\\p{L}*|\\bo dobro\\b", 2],
      ["\\btriplic\\p{L}*|\\bo triplo\\b", 3],
      ["\\bquadruplic\\p{L}*|\\bo quádruplo\\b", 4],
    ],
    multipliers: { mil: 1e3, milhão: 1e6, milhões: 1e6, mi: 1e6, bilhão: 1e9, bilhões: 1e9, bi: 1e9 },
  },
};
