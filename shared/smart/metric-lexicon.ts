import type { KnownLanguage } from "./types.js";

/**
 * The business metrics SMARTCHECK recognises, by canonical id, with their names in the four languages as
 * regular-expression sources over normalised text (lower case; Arabic is folded by lexiconPattern, so it is
 * written in ordinary spelling). The report binds a goal to data through the id when the goal's Metric column
 * is empty, so ids are stable: add ids, never rename them.
 *
 * Ids: revenue, mrr, arr, arpu, profit, margin, cost, cac, clv, churn, retention, expansion, rep_turnover,
 * win_rate, conversion, cycle, response_time, deal_size, deals, pipeline, leads, meetings, calls, emails,
 * demos, proposals, activities, customers, units, quota, market_share, referrals, discount, nps, csat,
 * productivity, traffic, headcount, markets.
 *
 * `unit: "duration"` marks metrics measured in time (a bare "30 days" is their target, not a time frame).
 * `weak` marks words that are often context rather than the goal's subject ("pipeline" in "leads entering the
 * pipeline"): a goal's metric is the earliest strong match, a weak one only when nothing else matches.
 * Dutch and Chinese build compounds (jaaromzet, 客户满意度), so their patterns are not anchored at word starts.
 */
export interface MetricEntry {
  readonly id: string;
  readonly unit?: "duration";
  readonly weak?: boolean;
  readonly names: Record<KnownLanguage, string>;
}

// Arabic words take attached prefixes (و and, ب by, ل for, ال the) and the alef of the indefinite accusative
// (اجتماعًا → اجتماعا): match whole words with those allowed.
const AR = (words: string): string => `(?<!\\p{L})(?:[وبل]|لل)?(?:ال)?(?:${words})ا?(?!\\p{L})`;

// "sales" is revenue unless it qualifies a non-metric noun: the sales team, a sales presentation.
const EN_SALES_NOT_METRIC =
  "team|teams|rep|reps|representatives?|people|staff|process|processes|presentations?|skills|training|culture|" +
  "department|managers?|and marketing|org|organi[sz]ation|force|approach|strategy|strategies|methods?|methodology|techniques?|" +
  "playbook|tools?|enablement|leaders?|leadership|performance|materials?|collateral|script|scripts|coaching|career";

/**
 * Phrases that contain a metric word but name no metric (the sales team, مندوبي المبيعات): blanked before the
 * metric search. English handles "sales …" in the revenue pattern itself.
 */
export const NOT_A_METRIC: Partial<Record<KnownLanguage, string>> = {
  nl: "verkoopteam\\p{L}*|verkoopproces\\p{L}*|verkooptraining\\p{L}*|verkoopvaardigheden",
  zh: "客户关系|客户体验|客户服务团队",
  ar: "(?:فريق|فرق) (?:ال)?مبيعات|مندوبي المبيعات|مندوبو المبيعات|مهارات البيع|مهارات المبيعات|تدريب المبيعات|عملية البيع|استراتيجية المبيعات|إدارة المبيعات",
};

export const METRIC_LEXICON: readonly MetricEntry[] = [
  {
    id: "mrr",
    names: {
      en: "\\bmonthly recurring revenue\\b|\\bmrr\\b",
      nl: "maandelijks(?:e)? terugkerende (?:omzet|inkomsten)|\\bmrr\\b",
      zh: "(?:月度|每月|月)经常性收入|mrr",
      ar: "الإيرادات الشهرية المتكررة|الإيراد الشهري المتكرر|\\bmrr\\b",
    },
  },
  {
    id: "arr",
    names: {
      en: "\\bannual recurring revenue\\b|\\barr\\b|\\brecurring revenue\\b",
      nl: "jaarlijks(?:e)? terugkerende (?:omzet|inkomsten)|terugkerende omzet|\\barr\\b",
      zh: "(?:年度|每年|年)经常性收入|经常性收入|arr",
      ar: "الإيرادات السنوية المتكررة|الإيراد السنوي المتكرر|الإيرادات المتكررة|\\barr\\b",
    },
  },
  {
    id: "arpu",
    names: {
      en: "\\baverage revenue per (?:user|account|customer|client)\\b|\\barp[ua]\\b",
      nl: "gemiddelde omzet per (?:klant|gebruiker|account)|\\barp[ua]\\b",
      zh: "每用户平均收入|客户平均收入|arpu|arpa",
      ar: "متوسط الإيراد(?:ات)? (?:لكل|من كل) (?:مستخدم|عميل)|\\barpu\\b",
    },
  },
  {
    id: "cac",
    names: {
      en: "\\bcustomer acquisition costs?\\b|\\b(?:cost|costs) (?:of|to|per) (?:acquir\\w*|acquisition|customer|lead|sale|new customer)\\b|\\bacquisition costs?\\b|\\bcac\\b|\\bcpl\\b",
      nl: "klantacquisitiekosten|acquisitiekosten|kosten per (?:klant|lead|nieuwe klant)|\\bcac\\b",
      zh: "客户获取成本|客户获得成本|客户获客成本|获客成本|获取成本|单客成本|cac",
      ar: "تكلفة اكتساب العملاء|تكاليف اكتساب العملاء|تكلفة اكتساب العميل|تكاليف اكتساب العميل|تكلفة الاستحواذ|تكلفة اكتساب|\\bcac\\b",
    },
  },
  {
    id: "clv",
    names: {
      en: "\\b(?:customer )?lifetime value\\b|\\bc?ltv\\b|\\bclv\\b",
      nl: "klantwaarde|customer lifetime value|lifetime value|\\bclv\\b|\\bltv\\b",
      zh: "客户终身价值|客户生命周期价值|终身价值|生命周期价值|clv|ltv",
      ar: "القيمة الدائمة للعميل|قيمة العميل مدى الحياة|القيمة الدائمة|قيمة عمر العميل|القيمة الحياتية|\\bclv\\b|\\bltv\\b",
    },
  },
  {
    id: "rep_turnover",
    names: {
      en: "\\b(?:rep|reps|staff|employee|seller|sales ?team|sales ?rep|agent|personnel)s? (?:turnover|attrition)\\b|\\battrition of (?:reps|sellers|staff)\\b",
      nl: "personeelsverloop|verloop van (?:verkopers|medewerkers|vertegenwoordigers|personeel)|verkopersverloop|medewerkersverloop",
      zh: "员工流失|人员流失|离职率|销售代表流失|代表流失|销售人员流失|员工离职",
      ar: "دوران المندوبين|دوران الموظفين|دوران مندوبي|دوران فريق|معدل دوران|استقالات",
    },
  },
  {
    id: "churn",
    names: {
      en: "\\bchurn\\w*|\\b(?:customer|client|logo|revenue) (?:attrition|loss|losses)\\b|\\battrition\\b|\\bcancell?ations?\\b",
      nl: "klantverloop|verloop|churn|opzeggingen|klantuitval|uitval",
      zh: "客户流失|流失率|流失|churn|退订|取消率",
      ar: "تسرب العملاء|معدل التسرب|التسرب|فقدان العملاء|فقد العملاء|معدل الفقد|خسارة العملاء|إلغاء الاشتراك|الإلغاءات",
    },
  },
  {
    id: "retention",
    names: {
      en: "\\bretention\\b|\\bretain\\w*|\\brenewals?\\b|\\brenewal rate\\b|\\brepeat (?:customers|purchases|business)\\b",
      nl: "klantbehoud|retentie|behoud|verlenging\\p{L}*|herhaalaankopen",
      zh: "留存率|留存|客户保留|保留率|续约率|续约|续费率|续费|复购率|复购",
      ar: AR("الاحتفاظ|احتفاظ|استبقاء|تجديد|التجديد|معدل الاحتفاظ|تجديدات"),
    },
  },
  {
    id: "expansion",
    names: {
      en: "\\bup-?sell\\w*(?: revenue)?|\\bcross-?sell\\w*|\\bexpansion revenue\\b|\\bnet (?:revenue|dollar) retention\\b|\\bnrr\\b|\\bndr\\b|\\bupgrades\\b",
      nl: "upsell\\p{L}*(?:-?omzet)?|cross-?sell\\p{L}*|uitbreidingsomzet|upgrades",
      zh: "增购收入|增购|追加销售|交叉销售|向上销售|净收入留存|升级销售",
      ar: "البيع الإضافي|البيع المتقاطع|البيع العابر|الترقيات|بيع إضافي",
    },
  },
  {
    id: "win_rate",
    names: {
      en: "\\bwin[- ]?rates?\\b|\\bwin ratio\\b|\\bclos(?:e|ing) (?:rate|ratio)s?\\b|\\bhit rates?\\b|\\bwin percentage\\b|\\bclos(?:e|ing) [\\d.,]+ ?% of\\b",
      nl: "winstpercentage|win ?rate|hit ?rate|hit ?ratio|sluitingspercentage|scoringspercentage|slagingspercentage|succespercentage",
      zh: "赢单率|胜率|成交率|赢率|签单率|成单率|中标率|成交比例",
      ar: "معدل الإغلاق|معدل إغلاق|نسبة الإغلاق|معدل الفوز|نسبة الفوز|معدل النجاح في الصفقات|معدل كسب",
    },
  },
  {
    id: "conversion",
    names: {
      en: "\\bconversion\\w*|\\bconvert\\w*",
      nl: "conversie\\p{L}*|\\bconverteren\\b|omzetten naar",
      zh: "转化率|转化|转换率",
      ar: AR("تحويل|معدل التحويل|نسبة التحويل|التحويلات"),
    },
  },
  {
    id: "cycle",
    unit: "duration",
    names: {
      en: "\\b(?:sales|deal|buying|selling) cycles?\\b|\\bcycle (?:time|length)\\b|\\btime to close\\b|\\bdays to close\\b|\\btime-to-close\\b",
      nl: "verkoopcyclus|salescyclus|verkoopproces duur|doorlooptijd|\\bcyclus\\b|cyclustijd",
      zh: "销售周期|成交周期|交易周期|签单周期|销售循环|成交天数|成交所需|成交时间",
      ar: "دورة المبيعات|دورة البيع|أيام إغلاق|مدة إغلاق|مدة إغلاق الصفقات|مدة الصفقة|دورة الصفقات|زمن الإغلاق",
    },
  },
  {
    id: "response_time",
    unit: "duration",
    names: {
      en: "\\b(?:lead |first )?response times?\\b|\\btime to (?:respond|first response)\\b|\\bspeed to lead\\b|\\bfirst response\\b",
      nl: "reactietijd|responstijd|antwoordtijd|reactiesnelheid",
      zh: "响应时间|回复时间|响应速度|回应时间|首次响应",
      ar: "وقت الاستجابة|زمن الاستجابة|سرعة الاستجابة|وقت الرد|سرعة الرد|زمن الرد",
    },
  },
  {
    id: "deal_size",
    names: {
      en: "\\b(?:average |avg )?deal (?:size|value)s?\\b|\\baverage order value\\b|\\baov\\b|\\border value\\b|\\b(?:average |annual )?contract value\\b|\\bacv\\b|\\b(?:basket|ticket|order) size\\b|\\baverage sale\\b",
      nl: "dealgrootte|dealomvang|dealwaarde|orderwaarde|contractwaarde|ordergrootte|gemiddelde order|gemiddelde deal",
      zh: "交易规模|平均交易|订单价值|客单价|平均订单|合同金额|合同价值|单笔交易|交易金额|订单金额|订单规模",
      ar: "حجم الصفقة|حجم الصفقات|قيمة الصفقة|قيمة الصفقات|متوسط قيمة الطلب|قيمة الطلب|متوسط الصفقة|قيمة العقد|متوسط قيمة",
    },
  },
  {
    id: "market_share",
    names: {
      en: "\\bmarket share\\b|\\bshare of (?:the )?market\\b|\\bshare of wallet\\b",
      nl: "marktaandeel",
      zh: "市场份额|市场占有率|市占率",
      ar: "الحصة السوقية|حصة السوق|حصتنا السوقية|حصتنا في السوق",
    },
  },
  {
    id: "quota",
    names: {
      en: "\\bquotas?\\b|\\bquota attainment\\b|\\b(?:sales )?targets? attainment\\b|\\battainment\\b",
      nl: "\\bquota\\b|\\bquotum\\b|targetrealisatie|verkoopdoelstelling|verkooptarget",
      zh: "配额|指标完成率|业绩指标|销售指标|销售目标|定额|完成率",
      ar: AR("حصة|حصص|حصة المبيعات|الحصة البيعية|المستهدف البيعي|تحقيق المستهدف"),
    },
  },
  {
    id: "nps",
    names: {
      en: "\\bnet promoter score\\b|\\bnps\\b|\\bpromoter score\\b",
      nl: "\\bnps\\b|net promoter",
      zh: "净推荐值|净推荐分|nps",
      ar: "صافي نقاط الترويج|مؤشر صافي الترويج|صافي المروجين|\\bnps\\b",
    },
  },
  {
    id: "csat",
    names: {
      en: "\\bcustomer satisfaction\\b|\\bsatisfaction\\b|\\bcsat\\b|\\bcustomer experience score\\b",
      nl: "klanttevredenheid|tevredenheid\\p{L}*|\\bcsat\\b",
      zh: "客户满意度|满意度|csat|好评率",
      ar: "رضا العملاء|رضا العميل|الرضا|\\bcsat\\b|رضا",
    },
  },
  {
    id: "leads",
    names: {
      en: "\\b(?:qualified |new |inbound |outbound )?leads?\\b|\\bmqls?\\b|\\bsqls?\\b|\\bsals?\\b|\\bprospects?\\b|\\bopportunit(?:y|ies)\\b|\\bopps\\b|\\b(?:sales|marketing)[- ]qualified\\b|\\binquiries\\b|\\bsign-?ups\\b|\\btrials?\\b",
      nl: "\\bleads?\\b|\\bmql'?s?\\b|\\bsql'?s?\\b|prospects?|verkoopkansen|\\bkansen\\b|opportunities|aanvragen|aanmeldingen|proefabonnementen",
      zh: "潜在客户|潜客|销售线索|线索|商机|mql|sql|意向客户|询盘",
      ar: "عميل\\p{L}* محتمل\\p{L}*|العملاء المحتملين|العملاء المحتملون|عملاء محتملين|عملاء محتملون|العملاء المتوقعين|الفرص البيعية|فرص البيع|فرص المبيعات|الفرص|فرصة|فرص|العملاء المؤهلين|\\bmql\\b|\\bsql\\b",
    },
  },
  {
    id: "meetings",
    names: {
      en: "\\bmeetings?\\b|\\bappointments?\\b|\\bdiscovery calls?\\b|\\bvisits?\\b",
      nl: "afspraken|afspraak|meetings?|bijeenkomsten|klantbezoeken|bezoeken|kennismakingsgesprekken|verkoopgesprekken|gesprekken",
      zh: "会议|会面|拜访|见面|约见|面谈",
      ar: AR("اجتماعات|اجتماع|لقاءات|لقاء|مواعيد|زيارات|زيارة"),
    },
  },
  {
    id: "calls",
    names: {
      en: "\\b(?:cold |sales |prospecting |outbound |phone )?calls?\\b|\\bdials?\\b|\\bcall volume\\b",
      nl: "belletjes|telefoontjes|telefoongesprekken|\\bcalls?\\b|belrondes|koude acquisitie\\p{L}*|acquisitiegesprek\\p{L}*",
      zh: "电话|通话|外呼|致电|陌拜电话",
      ar: AR("مكالمات|مكالمة|اتصالات|اتصال|المكالمات الهاتفية"),
    },
  },
  {
    id: "emails",
    names: {
      en: "\\be-?mails?\\b|\\b(?:linkedin |outreach )?messages\\b|\\binmails?\\b|\\boutreach\\b",
      nl: "e-?mails?|mail(?:s|tjes)?\\b|berichten|nieuwsbrieven",
      zh: "邮件|电子邮件|邮箱|私信",
      ar: `رسائل البريد|البريد الإلكتروني|رسائل إلكترونية|${AR("رسائل|رسالة")}`,
    },
  },
  {
    id: "demos",
    names: {
      en: "\\bdemos?\\b|\\bdemonstrations?\\b|\\bpresentations?\\b|\\bpitches\\b|\\bwebinars?\\b",
      nl: "\\bdemo'?s?\\b|demonstraties?|presentaties?|webinars?",
      zh: "产品演示|演示|展示会|路演|宣讲|研讨会",
      ar: `عروض توضيحية|العروض التوضيحية|عرض\\p{L}* توضيحي\\p{L}*|ندوات|ندوة|عروض المبيعات|العروض التقديمية|${AR("عروض")}`,
    },
  },
  {
    id: "proposals",
    names: {
      en: "\\bproposals?\\b|\\bquotes\\b|\\bquotations?\\b|\\brfps?\\b|\\btenders?\\b",
      nl: "offertes?|voorstellen|aanbestedingen",
      zh: "报价|提案|投标|标书",
      ar: `عروض الأسعار|عروض أسعار|${AR("مقترحات|مناقصات")}`,
    },
  },
  {
    id: "activities",
    weak: true,
    names: {
      en: "\\bfollow-?ups?\\b|\\btouchpoints?\\b|\\bsales activities\\b|\\bactivities\\b|\\bcontacts\\b|\\bconnections\\b|\\b(?:networking )?events\\b|\\btrade shows\\b",
      nl: "follow-?ups?|contactmomenten|activiteiten|\\bcontacten\\b",
      zh: "跟进|触达|客户接触|销售活动",
      ar: AR("متابعات|المتابعة|متابعة|نقاط الاتصال|أنشطة|نشاط"),
    },
  },
  {
    id: "deals",
    names: {
      en: "\\bdeals?\\b|\\bcontracts?\\b|\\borders?\\b|\\bsales won\\b|\\bclosed[- ]won\\b|\\bbookings\\b",
      nl: "\\bdeals?\\b|contracten|\\bcontract\\b|\\borders?\\b|bestellingen|opdrachten",
      zh: "交易|订单|合同|单子|赢单|丢单|输单",
      ar: AR("صفقات|صفقة|عقود|طلبات|طلبيات"),
    },
  },
  {
    id: "units",
    names: {
      en: "\\bunit sales\\b|\\bunits(?: sold)?\\b|\\bsales volume\\b|\\bvolume\\b|\\bseats\\b|\\blicen[cs]es\\b|\\bsubscriptions\\b",
      nl: "verkoopvolume|eenheden|\\bstuks\\b|licenties|abonnementen|\\bvolume\\b",
      zh: "销量|销售量|出货量|件数|台数|许可证|订阅",
      ar: `مبيعات الوحدات|الوحدات المباعة|حجم المبيعات|${AR("وحدات|الوحدات|تراخيص|اشتراكات")}`,
    },
  },
  {
    id: "margin",
    names: {
      en: "\\b(?:gross |net |profit |operating |contribution )?margins?\\b|\\bprofitability\\b|\\bebitda\\b",
      nl: "marge\\p{L}*|winstmarge|brutomarge|rentabiliteit|winstgevendheid",
      zh: "利润率|毛利率|毛利|净利率|利润空间|盈利能力",
      ar: `هامش الربح|هوامش الربح|${AR("هامش|هوامش|ربحية|الربحية")}`,
    },
  },
  {
    id: "profit",
    names: {
      en: "\\b(?:gross |net |operating )?profits?\\b|\\bearnings\\b|\\bbottom line\\b",
      nl: "\\bwinst\\b|brutowinst|nettowinst|bedrijfsresultaat",
      zh: "利润|净利|盈利|纯利",
      ar: AR("أرباح|الأرباح|ربح|صافي الربح"),
    },
  },
  {
    id: "cost",
    names: {
      en: "\\bcost of sales\\b|\\bsales costs?\\b|\\bcosts?\\b|\\bexpenses?\\b|\\bopex\\b",
      nl: "kosten|uitgaven|verkoopkosten",
      zh: "成本|费用|开支|支出",
      ar: AR("تكاليف|تكلفة|نفقات|مصاريف|مصروفات"),
    },
  },
  {
    id: "referrals",
    names: {
      en: "\\breferrals?\\b|\\bintroductions\\b|\\btestimonials\\b|\\breviews\\b|\\bcase studies\\b",
      nl: "doorverwijzingen|referrals?|aanbevelingen|referenties|reviews",
      zh: "转介绍|推荐客户|推荐|引荐|口碑|评价",
      ar: AR("إحالات|إحالة|توصيات|ترشيحات|مراجعات|تقييمات"),
    },
  },
  {
    id: "discount",
    names: {
      en: "\\bdiscount\\w*|\\bprice concessions?\\b",
      nl: "korting\\p{L}*",
      zh: "折扣|折让|优惠|让利",
      ar: AR("خصومات|خصم|تخفيضات الأسعار"),
    },
  },
  {
    id: "revenue",
    names: {
      en: `\\brevenues?\\b|\\bnew business\\b|\\bsales\\b(?! (?:${EN_SALES_NOT_METRIC})\\b)|\\bturnover\\b|\\bincome\\b|\\btop[- ]line\\b|\\bgmv\\b|\\bbillings?\\b|\\bgross merchandise\\b`,
      nl: "omzet\\p{L}*|nieuwe business|inkomsten|opbrengst\\p{L}*|\\b(?:de|onze|totale|netto|bruto|jaarlijkse|maandelijkse|wekelijkse|online|gemiddelde|zakelijke) verko(?:op|pen)\\b(?!-)|verkoopcijfers|verkoopomzet|\\bverkoop (?:van|per|met|in|naar)\\b",
      zh: "收入|营收|营业额|销售额|销售收入|销售业绩|收益|成交额|gmv|流水|营业收入|进账",
      ar: AR("إيرادات|إيراد|مبيعات|الدخل|عائدات|عوائد"),
    },
  },
  {
    id: "productivity",
    names: {
      en: "\\b(?:sales |team |rep )?productivity\\b|\\befficiency\\b",
      nl: "productiviteit|efficiëntie",
      zh: "生产力|生产率|人效|效率",
      ar: AR("إنتاجية|كفاءة"),
    },
  },
  {
    id: "traffic",
    names: {
      en: "\\b(?:website |web |site )?traffic\\b|\\b(?:website |site )?visitors\\b|\\bfollowers\\b|\\bimpressions\\b|\\bpage ?views\\b|\\b(?:open|click-through|click) rates?\\b",
      nl: "websiteverkeer|webverkeer|\\bverkeer\\b|bezoekers|volgers|paginaweergaven|openratio|klikratio",
      zh: "网站流量|流量|访客|访问量|粉丝|关注者|打开率|点击率",
      ar: `زيارات الموقع|حركة المرور|${AR("زوار|متابعين|متابعون|مشاهدات|معدل الفتح|معدل النقر")}`,
    },
  },
  {
    id: "headcount",
    weak: true,
    names: {
      en: "\\b(?:new )?(?:sales )?(?:reps|representatives|hires|headcount|salespeople|account executives|sdrs|bdrs|aes)\\b",
      nl: "\\b(?:nieuwe )?(?:verkopers|vertegenwoordigers|accountmanagers|medewerkers|fte)\\b",
      zh: "销售代表|销售人员|新员工|业务员",
      ar: AR("مندوبين|مندوبي مبيعات|موظفين|مندوبي|مندوب|مندوبا"),
    },
  },
  {
    id: "markets",
    weak: true,
    names: {
      en: "\\b(?:new )?markets?\\b|\\bterritor(?:y|ies)\\b|\\bregions\\b|\\bcountries\\b|\\bverticals\\b",
      nl: "\\b(?:nieuwe )?markt(?:en)?\\b|\\bregio'?s\\b|\\blanden\\b",
      zh: "新市场|市场|地区|区域|国家",
      ar: AR("أسواق جديدة|أسواق|سوق|سوقين|مناطق|منطقتين|دول"),
    },
  },
  {
    id: "customers",
    weak: true,
    names: {
      en: "\\b(?:new |paying |active )?customers?\\b|\\bclients?\\b|\\baccounts?\\b|\\blogos?\\b|\\bbuyers?\\b|\\bsubscribers?\\b|\\busers?\\b",
      nl: "klanten|\\bklant\\b|accounts?|afnemers|abonnees|gebruikers|\\bleden\\b",
      zh: "客户|新客户|用户|会员|订户|买家|顾客|客人",
      ar: AR("عملاء|عميل|زبائن|زبون|مشتركين|مشترك|مستخدمين|أعضاء"),
    },
  },
  {
    id: "pipeline",
    weak: true,
    names: {
      en: "\\bpipeline\\w*|\\bfunnel\\b|\\bpipe\\b",
      nl: "pijplijn|pipeline|funnel|trechter",
      zh: "销售管道|管道|销售漏斗|漏斗|管线",
      ar: "(?:خط|مسار|قمع) (?:ال)?(?:مبيعات|أنابيب|صفقات)|خط أنابيب المبيعات",
    },
  },
];
