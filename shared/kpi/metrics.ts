/**
 * The metric registry: every business metric Goalsheet names, by a stable id. SMARTCHECK reports a goal's metric
 * as one of these ids (shared/smart/metric-lexicon.ts holds the words it recognises in goal text, keyed by
 * them), and the report binds a goal to data through the same id: the Metric cell, or SMARTCHECK's metric when
 * the cell is blank. Ids are part of the API (SMARTCHECK's output, the report's JSON model): add ids, never
 * rename them.
 *
 * The metrics a report can compute from a workbook also carry their unit, the direction a goal wants them to
 * move, and the names users write in a goal's Metric column (matched case- and width-insensitively, in the
 * report languages). How each is computed lives with the report (generator/report/model/metrics.ts), from
 * the core functions the Excel cells use.
 */
export const METRIC_IDS = [
  "payback",
  "forecast_accuracy",
  "contact_rate",
  "collection_rate",
  "coverage",
  "revenue",
  "mrr",
  "arr",
  "arpu",
  "aov",
  "profit",
  "margin",
  "cost",
  "cac",
  "clv",
  "ltv_cac",
  "churn",
  "retention",
  "expansion",
  "rep_turnover",
  "win_rate",
  "conversion",
  "cycle",
  "response_time",
  "deal_size",
  "deals",
  "pipeline",
  "leads",
  "meetings",
  "calls",
  "emails",
  "demos",
  "proposals",
  "activities",
  "customers",
  "units",
  "quota",
  "market_share",
  "referrals",
  "discount",
  "nps",
  "csat",
  "productivity",
  "traffic",
  "headcount",
  "markets",
] as const;

export type MetricId = (typeof METRIC_IDS)[number];

/** How a metric's value reads: an amount, a fraction (0.6 = 60%), a count, days, or a multiple (3.0×). */
export type MetricUnit = "money" | "percent" | "int" | "days" | "ratio";

export interface ComputedMetric {
  readonly id: MetricId;
  readonly unit: MetricUnit;
  /** Whether a goal is to raise (up) or lower (down) the metric. */
  readonly direction: "up" | "down";
  /** Names users write in a goal's Metric column besides the id. */
  readonly aliases: readonly string[];
}

/** The metrics the report computes from a workbook, in the order its key figures show them. */
export const COMPUTED_METRICS: readonly ComputedMetric[] = [
  {
    id: "revenue",
    unit: "money",
    direction: "up",
    aliases: ["revenue", "bookings", "sales", "closed won", "omzet", "收入", "营收", "销售额", "الإيرادات", "المبيعات"],
  },
  {
    id: "deals",
    unit: "int",
    direction: "up",
    // "deals_won" was this metric's id in the report before the registry was shared with SMARTCHECK.
    aliases: ["deals_won", "deals won", "won deals", "gewonnen deals", "赢单数", "الصفقات المكسوبة"],
  },
  {
    id: "win_rate",
    unit: "percent",
    direction: "up",
    aliases: ["win rate", "close rate", "winrate", "winstpercentage", "赢单率", "成交率", "معدل الفوز"],
  },
  {
    id: "deal_size",
    unit: "money",
    direction: "up",
    aliases: ["deal size", "average deal size", "dealgrootte", "平均交易额", "客单价", "حجم الصفقة"],
  },
  {
    id: "cycle",
    unit: "days",
    direction: "down",
    aliases: ["sales cycle", "cycle length", "verkoopcyclus", "销售周期", "دورة المبيعات"],
  },
  {
    id: "pipeline",
    unit: "money",
    direction: "up",
    aliases: ["open pipeline", "pijplijn", "销售管道", "商机金额", "خط المبيعات"],
  },
  {
    id: "customers",
    unit: "int",
    direction: "up",
    aliases: ["active customers", "klanten", "客户数", "العملاء"],
  },
  {
    id: "aov",
    unit: "money",
    direction: "up",
    aliases: ["average order value", "order value", "gemiddelde orderwaarde", "平均订单价值", "متوسط قيمة الطلب"],
  },
  {
    id: "clv",
    unit: "money",
    direction: "up",
    aliases: [
      "ltv",
      "customer lifetime value",
      "lifetime value",
      "klantwaarde",
      "客户终身价值",
      "القيمة الدائمة للعميل",
    ],
  },
  {
    id: "cac",
    unit: "money",
    direction: "down",
    aliases: [
      "customer acquisition cost",
      "acquisition cost",
      "klantacquisitiekosten",
      "获客成本",
      "客户获取成本",
      "تكلفة اكتساب العميل",
    ],
  },
  {
    id: "ltv_cac",
    unit: "ratio",
    direction: "up",
    aliases: ["ltv:cac", "ltv/cac", "ltv to cac", "ltv cac", "ltv:cac-ratio", "ltv:cac 比率", "نسبة ltv:cac"],
  },
  {
    id: "churn",
    unit: "percent",
    direction: "down",
    aliases: ["churn rate", "klantverloop", "流失率", "معدل التسرب"],
  },
];

/** Folds case, width and separators, so "Win_Rate", "win-rate" and "ＷＩＮ ＲＡＴＥ" are one name. */
export function metricNameKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")
    .trim();
}

const BY_NAME = new Map<string, ComputedMetric>();
for (const m of COMPUTED_METRICS) for (const name of [m.id, ...m.aliases]) BY_NAME.set(metricNameKey(name), m);

/** The computed metric a Metric cell (or SMARTCHECK's metric id) names, if the report computes it. */
export function findComputedMetric(name: string | null | undefined): ComputedMetric | undefined {
  return name ? BY_NAME.get(metricNameKey(name)) : undefined;
}
