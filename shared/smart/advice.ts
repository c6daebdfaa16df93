import type { AchievableFacts } from "./achievable.js";
import type { Criterion, KnownLanguage } from "./types.js";

/**
 * Every sentence SMARTCHECK writes, in the four languages. The rules produce facts (what was found, the numbers
 * behind A); this file alone turns them into words, so wording is reviewed in one place and pinned by tests.
 */
export interface Advice {
  specificPass(metric: string): string;
  noMetric: string;
  noDirection(metric: string): string;
  measurablePass(quantity: string): string;
  noQuantity: string;
  achievable(facts: AchievableFacts): string;
  relevantPass(metric: string): string;
  relevantObjective(metric: string): string;
  notRelevant: string;
  notAnObjective(metric: string, objectives: string): string;
  timePass(time: string): string;
  noTime: string;
  /** The short fix per criterion, for the one-cell summary. */
  fix: Record<Criterion, string>;
  allPass: string;
}

const sign = (x: number): string => (x > 0 ? "+" : x < 0 ? "−" : "");

/** A relative change as a signed percentage with one decimal: +614.3%, −16.7% (decimal comma in Dutch). */
export function formatChange(x: number, language: KnownLanguage): string {
  const text = `${sign(x)}${Math.abs(x * 100).toFixed(1)}%`;
  return language === "nl" ? text.replace(".", ",") : text;
}

/** A level (baseline or target) with thousands grouped as the language writes them; rates stay as typed. */
export function formatLevel(x: number, language: KnownLanguage): string {
  const rounded = Math.abs(x) >= 100 ? Math.round(x) : Math.round(x * 10000) / 10000;
  const [whole, fraction] = String(Math.abs(rounded)).split(".");
  const group = language === "nl" ? "." : ",";
  const grouped = (whole as string).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const decimal = fraction === undefined ? "" : (language === "nl" ? "," : ".") + fraction;
  return `${rounded < 0 ? "−" : ""}${grouped}${decimal}`;
}

function achievableText(language: KnownLanguage, f: AchievableFacts, t: AchievableWords): string {
  switch (f.kind) {
    case "no-data":
      return t.noData;
    case "no-target":
      return t.noTarget;
    case "short-history":
      return t.shortHistory;
    case "red-flag":
      return t.redFlag(formatChange(f.change, language));
    case "no-red-flag":
      return t.noRedFlag(formatChange(f.change, language));
    case "judged": {
      const args = [
        formatChange(f.change, language),
        formatLevel(f.base, language),
        formatLevel(f.target, language),
        formatChange(f.largest, language).replace(/^[+−]/, ""),
        formatChange(f.limit, language).replace(/^[+−]/, ""),
      ] as const;
      return f.achievable ? t.judgedPass(...args) : t.judgedFail(...args);
    }
  }
}

interface AchievableWords {
  noData: string;
  noTarget: string;
  shortHistory: string;
  redFlag(change: string): string;
  noRedFlag(change: string): string;
  judgedPass(change: string, base: string, target: string, largest: string, limit: string): string;
  judgedFail(change: string, base: string, target: string, largest: string, limit: string): string;
}

const EN_A: AchievableWords = {
  noData: "not checked: give a baseline and a history of past values to judge it",
  noTarget: "not checked: the goal states no number to compare with the history",
  shortHistory: "not checked: the history needs at least two past values (and a non-zero baseline)",
  redFlag: (c) => `asks for ${c} within a year, more than doubling: lower the target or extend the deadline`,
  noRedFlag: (c) => `not checked against data (asks for ${c}); give a baseline and a history to judge it`,
  judgedPass: (c, b, t, h, l) =>
    `needs ${c} (${b} → ${t}); history moved at most ${h} a period, and up to twice that (${l}) is achievable`,
  judgedFail: (c, b, t, h, l) =>
    `needs ${c} (${b} → ${t}); history moved at most ${h} a period, and more than twice that (${l}) is not achievable: lower the target or extend the deadline`,
};

const ZH_A: AchievableWords = {
  noData: "未检查：请提供基准值和历史数据以便判断",
  noTarget: "未检查：目标中没有可与历史数据比较的数字",
  shortHistory: "未检查：历史数据至少需要两个值（且基准值不能为零）",
  redFlag: (c) => `要求在一年内变化${c}，超过翻一番：请降低目标或延长期限`,
  noRedFlag: (c) => `未用数据检查（要求变化${c}）：请提供基准值和历史数据以便判断`,
  judgedPass: (c, b, t, h, l) => `需要变化${c}（${b} → ${t}）；历史每期最大变化为${h}，不超过其两倍（${l}）即可实现`,
  judgedFail: (c, b, t, h, l) =>
    `需要变化${c}（${b} → ${t}）；历史每期最大变化为${h}，超过其两倍（${l}），难以实现：请降低目标或延长期限`,
};

const NL_A: AchievableWords = {
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
};

const AR_A: AchievableWords = {
  noData: "لم يُفحص: قدّم قيمة أساسية وسجلًا للقيم السابقة للحكم عليه",
  noTarget: "لم يُفحص: لا يذكر الهدف رقمًا للمقارنة بالسجل",
  shortHistory: "لم يُفحص: يحتاج السجل إلى قيمتين سابقتين على الأقل (وقيمة أساسية غير صفرية)",
  redFlag: (c) => `يتطلب تغييرًا قدره ${c} خلال سنة أو أقل، أي أكثر من الضعف: خفّض الهدف أو مدّد المهلة`,
  noRedFlag: (c) => `لم يُفحص بالبيانات (يتطلب ${c})؛ قدّم قيمة أساسية وسجلًا للحكم عليه`,
  judgedPass: (c, b, t, h, l) =>
    `يتطلب تغييرًا قدره ${c} (${b} → ${t})؛ أكبر تغير تاريخي في الفترة ${h}، وما يصل إلى ضعفه (${l}) قابل للتحقيق`,
  judgedFail: (c, b, t, h, l) =>
    `يتطلب تغييرًا قدره ${c} (${b} → ${t})؛ أكبر تغير تاريخي في الفترة ${h}، وأكثر من ضعفه (${l}) غير قابل للتحقيق: خفّض الهدف أو مدّد المهلة`,
};

export const ADVICE: Record<KnownLanguage, Advice> = {
  en: {
    specificPass: (m) => `names the metric "${m}" with a direction or target`,
    noMetric: 'no business metric named: say what you measure, e.g. "revenue", "win rate" or "new customers"',
    noDirection: (m) => `names "${m}" but no direction or target: say "increase", "reduce" or "reach"`,
    measurablePass: (q) => `measurable: "${q}"`,
    noQuantity: 'no number for the target: add one, e.g. "by 10%" or "200 calls"',
    achievable: (f) => achievableText("en", f, EN_A),
    relevantPass: (m) => `"${m}" is a sales metric`,
    relevantObjective: (m) => `"${m}" is one of the objectives`,
    notRelevant: "no sales or business metric: tie the goal to one, e.g. revenue, churn or win rate",
    notAnObjective: (m, o) => `"${m}" is not among the objectives (${o})`,
    timePass: (t) => `time frame: "${t}"`,
    noTime: 'no deadline or period: add one, e.g. "by 30 June" or "per month"',
    fix: {
      S: "name the metric, e.g. 'revenue' or 'win rate'",
      M: "add a number such as 'by 10%'",
      A: "lower the target or extend the deadline",
      R: "tie it to a sales metric",
      T: "add a deadline such as 'by 30 June'",
    },
    allPass: "5/5 ✓ SMART",
  },
  zh: {
    specificPass: (m) => `指标明确：“${m}”，并有方向或目标`,
    noMetric: "未指明业务指标：请写明衡量什么，例如“收入”“赢单率”或“新客户”",
    noDirection: (m) => `提到了“${m}”，但没有方向或目标：请写明“提高”“降低”或“达到”`,
    measurablePass: (q) => `可衡量：“${q}”`,
    noQuantity: "没有目标数字：请加上一个，例如“提高10%”或“200个电话”",
    achievable: (f) => achievableText("zh", f, ZH_A),
    relevantPass: (m) => `“${m}”是销售指标`,
    relevantObjective: (m) => `“${m}”属于组织目标`,
    notRelevant: "不是销售或业务指标：请与一个指标挂钩，例如收入、流失率或赢单率",
    notAnObjective: (m, o) => `“${m}”不在目标列表中（${o}）`,
    timePass: (t) => `有时间范围：“${t}”`,
    noTime: "没有截止日期或周期：请加上，例如“6月30日前”或“每月”",
    fix: {
      S: "写明指标，例如“收入”或“赢单率”",
      M: "加上数字，例如“提高10%”",
      A: "降低目标或延长期限",
      R: "与销售指标挂钩",
      T: "加上截止日期，例如“6月30日前”",
    },
    allPass: "5/5 ✓ 符合SMART",
  },
  nl: {
    specificPass: (m) => `noemt de maatstaf "${m}" met een richting of doel`,
    noMetric: 'geen bedrijfsmaatstaf genoemd: zeg wat je meet, bijvoorbeeld "omzet", "win rate" of "nieuwe klanten"',
    noDirection: (m) => `noemt "${m}" maar geen richting of doel: zeg "verhogen", "verlagen" of "bereiken"`,
    measurablePass: (q) => `meetbaar: "${q}"`,
    noQuantity: 'geen getal voor het doel: voeg er een toe, bijvoorbeeld "met 10%" of "200 belletjes"',
    achievable: (f) => achievableText("nl", f, NL_A),
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
  },
  ar: {
    specificPass: (m) => `يحدد المقياس «${m}» مع اتجاه أو هدف`,
    noMetric: "لا يحدد مقياسًا تجاريًا: اذكر ما تقيسه، مثل «الإيرادات» أو «معدل الإغلاق» أو «العملاء الجدد»",
    noDirection: (m) => `يذكر «${m}» دون اتجاه أو هدف: اذكر «زيادة» أو «خفض» أو «الوصول إلى»`,
    measurablePass: (q) => `قابل للقياس: «${q}»`,
    noQuantity: "لا يوجد رقم للهدف: أضف رقمًا، مثل «بنسبة 10%» أو «200 مكالمة»",
    achievable: (f) => achievableText("ar", f, AR_A),
    relevantPass: (m) => `«${m}» مقياس مبيعات`,
    relevantObjective: (m) => `«${m}» من أهداف المؤسسة`,
    notRelevant: "ليس مقياس مبيعات أو أعمال: اربط الهدف بمقياس، مثل الإيرادات أو تسرب العملاء أو معدل الإغلاق",
    notAnObjective: (m, o) => `«${m}» ليس ضمن الأهداف (${o})`,
    timePass: (t) => `إطار زمني: «${t}»`,
    noTime: "لا يوجد موعد نهائي أو فترة: أضف واحدًا، مثل «قبل 30 يونيو» أو «شهريًا»",
    fix: {
      S: "اذكر المقياس، مثل «الإيرادات»",
      M: "أضف رقمًا، مثل «بنسبة 10%»",
      A: "خفّض الهدف أو مدّد المهلة",
      R: "اربطه بمقياس مبيعات",
      T: "أضف موعدًا نهائيًا، مثل «قبل 30 يونيو»",
    },
    allPass: "5/5 ✓ SMART",
  },
};

/** Said before every reason when the language was not recognised and the English rules were used. */
export const UNRECOGNISED_LANGUAGE_NOTE = "language not recognised, read with the English rules: ";
