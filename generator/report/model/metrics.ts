import type { Outcome } from "../../../shared/winrate/outcomes.js";
import { addOutcome, emptyTally, winRateOf } from "../../../shared/winrate/winrate.js";
import type { DealRecord, TransactionRecord } from "../workbook/contract.js";
import type { WorkbookData } from "../workbook/data.js";
import { acquisition } from "./acquisition.js";
import { outcomesOf } from "./outcomes.js";
import type { ValueFormat } from "./report-model.js";

/** The window a goal is measured over (serial days, inclusive) and, when it names a rep, that rep's deals. */
export interface MetricScope {
  readonly from: number;
  readonly to: number;
  readonly owner?: string;
}

/**
 * A metric Goalsheet can compute from the workbook. The registry below is the only place that knows what a
 * metric means: goal binding, KPI tiles and templates work from these entries (id, label, format), never from
 * a metric's name. `undefined` means the data to compute it is missing.
 */
export interface MetricDefinition {
  readonly id: string;
  readonly labelKey: string;
  readonly format: ValueFormat;
  /** Names users write in a goal's Metric column, in the report languages (matched case-insensitively). */
  readonly aliases: readonly string[];
  /** Whether the goal is to raise (up) or lower (down) the metric. */
  readonly direction: "up" | "down";
  compute(data: WorkbookData, scope: MetricScope): number | undefined;
}

/**
 * Visit the deals a scope covers, with their outcome. A goal's owner narrows deal metrics only when the owner
 * is a rep in the Deals sheet; a team owner does not. Index loops, no copies: a metric may see a million deals.
 */
function forDeals(
  data: WorkbookData,
  owner: string | undefined,
  visit: (deal: DealRecord, outcome: Outcome | undefined) => void,
): boolean {
  const deals = data.deals;
  if (!deals) return false;
  const outcomes = outcomesOf(deals);
  const rep = owner?.trim().toLowerCase();
  const narrowed = rep !== undefined && deals.some((d) => d.rep !== undefined && d.rep.toLowerCase() === rep);
  for (let i = 0; i < deals.length; i++) {
    const deal = deals[i] as DealRecord;
    if (narrowed && deal.rep?.toLowerCase() !== rep) continue;
    visit(deal, outcomes[i]);
  }
  return true;
}

const closedIn = (d: DealRecord, s: MetricScope) => d.closed !== undefined && d.closed >= s.from && d.closed < s.to + 1;

/** Won deals closed in the scope, or undefined without a Deals sheet. */
function wonIn(data: WorkbookData, scope: MetricScope): DealRecord[] | undefined {
  const won: DealRecord[] = [];
  const found = forDeals(data, scope.owner, (d, outcome) => {
    if (outcome === "won" && closedIn(d, scope)) won.push(d);
  });
  return found ? won : undefined;
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? undefined : values.reduce((s, v) => s + v, 0) / values.length;

/** A Transactions row with every field present (the contract requires them; the type allows blanks). */
export interface Purchase {
  readonly customer: string;
  readonly date: number;
  readonly amount: number;
}

export function purchasesOf(rows: readonly TransactionRecord[] | undefined): Purchase[] {
  return (rows ?? []).flatMap((t) =>
    t.customer !== undefined && t.date !== undefined && t.amount !== undefined
      ? [{ customer: t.customer, date: t.date, amount: t.amount }]
      : [],
  );
}

function transactionsIn(data: WorkbookData, from: number, to: number): Purchase[] | undefined {
  if (!data.transactions) return undefined;
  return purchasesOf(data.transactions).filter((t) => t.date >= from && t.date <= to + 0.999);
}

export const METRICS: readonly MetricDefinition[] = [
  {
    id: "revenue",
    labelKey: "metric.revenue",
    format: "money",
    aliases: ["revenue", "bookings", "sales", "closed won", "omzet", "收入", "营收", "销售额", "الإيرادات", "المبيعات"],
    direction: "up",
    compute: (data, scope) => wonIn(data, scope)?.reduce((s, d) => s + (d.amount ?? 0), 0),
  },
  {
    id: "deals_won",
    labelKey: "metric.deals_won",
    format: "int",
    aliases: ["deals won", "won deals", "deals", "gewonnen deals", "赢单数", "الصفقات المكسوبة"],
    direction: "up",
    compute: (data, scope) => wonIn(data, scope)?.length,
  },
  {
    id: "win_rate",
    labelKey: "metric.win_rate",
    format: "percent",
    aliases: ["win rate", "close rate", "winrate", "win_rate", "winstpercentage", "赢单率", "成交率", "معدل الفوز"],
    direction: "up",
    compute: (data, scope) => {
      const tally = emptyTally();
      const found = forDeals(data, scope.owner, (d, outcome) => {
        if ((outcome === "won" || outcome === "lost") && closedIn(d, scope)) addOutcome(tally, outcome);
      });
      if (!found) return undefined;
      const rate = winRateOf(tally, "closed");
      return typeof rate === "number" ? rate : undefined;
    },
  },
  {
    id: "deal_size",
    labelKey: "metric.deal_size",
    format: "money",
    aliases: ["deal size", "average deal size", "deal_size", "dealgrootte", "平均交易额", "客单价", "حجم الصفقة"],
    direction: "up",
    compute: (data, scope) =>
      mean((wonIn(data, scope) ?? []).flatMap((d) => (d.amount === undefined ? [] : [d.amount]))),
  },
  {
    id: "cycle",
    labelKey: "metric.cycle",
    format: "days",
    aliases: ["cycle", "sales cycle", "cycle length", "verkoopcyclus", "销售周期", "دورة المبيعات"],
    direction: "down",
    compute: (data, scope) =>
      mean(
        (wonIn(data, scope) ?? []).flatMap((d): number[] =>
          d.created !== undefined && d.closed !== undefined ? [Math.floor(d.closed) - Math.floor(d.created)] : [],
        ),
      ),
  },
  {
    id: "pipeline",
    labelKey: "metric.pipeline",
    format: "money",
    aliases: ["pipeline", "open pipeline", "pijplijn", "销售管道", "商机金额", "خط المبيعات"],
    direction: "up",
    compute: (data, scope) => {
      let open = 0;
      const found = forDeals(data, scope.owner, (d, outcome) => {
        if (outcome === "open") open += d.amount ?? 0;
      });
      return found ? open : undefined;
    },
  },
  {
    id: "customers",
    labelKey: "metric.customers",
    format: "int",
    aliases: ["customers", "active customers", "klanten", "客户数", "العملاء"],
    direction: "up",
    compute: (data, scope) => {
      const rows = transactionsIn(data, scope.from, scope.to);
      return rows === undefined ? undefined : new Set(rows.map((t) => t.customer)).size;
    },
  },
  {
    id: "aov",
    labelKey: "metric.aov",
    format: "money",
    aliases: [
      "aov",
      "average order value",
      "order value",
      "gemiddelde orderwaarde",
      "平均订单价值",
      "متوسط قيمة الطلب",
    ],
    direction: "up",
    compute: (data, scope) => mean((transactionsIn(data, scope.from, scope.to) ?? []).map((t) => t.amount)),
  },
  {
    id: "clv",
    labelKey: "metric.clv",
    format: "money",
    aliases: [
      "clv",
      "ltv",
      "customer lifetime value",
      "lifetime value",
      "klantwaarde",
      "客户终身价值",
      "القيمة الدائمة للعميل",
    ],
    direction: "up",
    // Historical value: revenue per customer to date. The predictive CLV (BG/NBD) is in the CLV section.
    compute: (data, scope) => {
      const rows = transactionsIn(data, Number.NEGATIVE_INFINITY, scope.to);
      if (rows === undefined || rows.length === 0) return undefined;
      return rows.reduce((s, t) => s + t.amount, 0) / new Set(rows.map((t) => t.customer)).size;
    },
  },
  {
    id: "cac",
    labelKey: "metric.cac",
    format: "money",
    aliases: [
      "cac",
      "customer acquisition cost",
      "acquisition cost",
      "klantacquisitiekosten",
      "获客成本",
      "客户获取成本",
      "تكلفة اكتساب العميل",
    ],
    direction: "down",
    // Settings spend / new customers in the window (acquisition.ts says which customers count as new).
    compute: (data, scope) => acquisition(data, scope)?.cac ?? undefined,
  },
  {
    id: "ltv_cac",
    labelKey: "metric.ltv_cac",
    format: "ratio",
    aliases: [
      "ltv:cac",
      "ltv/cac",
      "ltv to cac",
      "ltv cac",
      "ltv_cac",
      "ltv:cac-ratio",
      "ltv:cac 比率",
      "نسبة ltv:cac",
    ],
    direction: "up",
    compute: (data, scope) => acquisition(data, scope)?.ltvToCac ?? undefined,
  },
  {
    id: "churn",
    labelKey: "metric.churn",
    format: "percent",
    aliases: ["churn", "churn rate", "klantverloop", "流失率", "معدل التسرب"],
    direction: "down",
    // DOMAIN.md: customers lost in the period / customers at its start. A customer "at the start" bought in the
    // window of the same length before it; "lost" means they bought nothing in the window itself.
    compute: (data, scope) => {
      const length = scope.to - scope.from + 1;
      const before = transactionsIn(data, scope.from - length, scope.from - 1);
      const during = transactionsIn(data, scope.from, scope.to);
      if (before === undefined || during === undefined) return undefined;
      const atStart = new Set(before.map((t) => t.customer));
      if (atStart.size === 0) return undefined;
      const stayed = new Set(during.map((t) => t.customer));
      let lost = 0;
      for (const c of atStart) if (!stayed.has(c)) lost++;
      return lost / atStart.size;
    },
  },
];

const byAlias = new Map<string, MetricDefinition>();
for (const m of METRICS) for (const name of [m.id, ...m.aliases]) byAlias.set(normaliseName(name), m);

function normaliseName(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")
    .trim();
}

/** The metric a Metric cell (or SMARTCHECK's metric id) names, if Goalsheet computes it. */
export function findMetric(name: string | null | undefined): MetricDefinition | undefined {
  return name ? byAlias.get(normaliseName(name)) : undefined;
}
