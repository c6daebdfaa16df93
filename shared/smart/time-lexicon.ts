import type { KnownLanguage } from "./types.js";

/**
 * Time expressions per language, as regular-expression sources over normalised text (lower case, ASCII
 * digits, folded Arabic letters: see normalize.ts). Three kinds:
 * - `frames`: a deadline, a period or a cadence on its own ("by Q3", "per maand", 同比, شهريًا). Unit words
 *   right after a digit are left to `durations`, so "30 days" alone is not mistaken for a frame.
 * - `durations`: a number with a unit. With a lead-in ("within", "binnen", خلال, 在…) or a 内 suffix it is a
 *   frame; bare ("30 days") it is a length, which is the measure itself for duration metrics (sales cycle).
 * - `mask`: metric names that contain a period word but are not a time frame (annual recurring revenue, ARR
 *   in Chinese 年度经常性收入), blanked before the search.
 * Every pattern is a plain alternation with bounded repeats, so matching stays linear in the text length.
 */
export interface TimeLexicon {
  readonly mask?: string;
  readonly frames: readonly string[];
  /** Must define the groups `lead` (the lead-in, optional) and, for Chinese, `within` (the 内 suffix). */
  readonly durations: string;
}

const EN_NUM =
  "\\d+(?:[.,]\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|" +
  "twenty|thirty|forty|forty-five|fifty|sixty|ninety|a few|few|several|a couple of|couple of";
const EN_MONTHS_SAFE =
  "january|february|april|june|july|august|september|october|november|december|jan|feb|apr|aug|sept|sep|oct|nov|dec";
const EN_DAY = "\\d{1,2}(?:st|nd|rd|th)?";
const EN_UNIT = "days?|weeks?|months?|quarters?|years?|hours?|hrs?|minutes?|mins?|business days?";

const NL_NUM =
  "\\d+(?:[.,]\\d+)?|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|achttien|twintig|" +
  "dertig|veertig|vijftig|zestig|negentig|enkele|een paar|paar|anderhalf|anderhalve";
const NL_MONTHS =
  "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec";

const AR_NUM =
  "\\d+(?:[.,]\\d+)?|واحد|اثنين|اثنان|ثلاث|ثلاثة|اربع|اربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثماني|ثمانية|تسع|تسعة|عشر|عشرة|" +
  "عشرين|ثلاثين|ستين|تسعين";
const AR_MONTHS =
  "يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون الثاني|كانون الاول|شباط|اذار|" +
  "نيسان|ايار|حزيران|تموز|ايلول|تشرين الاول|تشرين الثاني";
// Arabic words take attached prefixes (و and, ب by, ل for, ال the); match whole words with those allowed.
const AR_WORD_START = "(?<!\\p{L})(?:[وبل]|لل)?(?:ال)?";
const AR_WORD_END = "(?!\\p{L})";

const ZH_NUM = "\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百]+|半";

export const TIME_LEXICON: Record<KnownLanguage, TimeLexicon> = {
  en: {
    mask: "\\b(?:annual|monthly|yearly) recurring revenue\\b|\\bannual contract value\\b|\\bmonthly active\\b",
    frames: [
      "\\bq[1-4]\\b(?:\\s?(?:fy)?\\s?'?(?:20\\d{2}|\\d{2})\\b(?![.,]?\\d|\\s?%))?",
      "\\bh[12]\\b(?:\\s?(?:fy)?\\s?'?(?:20\\d{2}|\\d{2})\\b(?![.,]?\\d|\\s?%))?",
      "\\bfy\\s?'?\\d{2,4}\\b|\\bfiscal\\b|\\bfinancial year\\b|\\bcalendar year\\b",
      "\\b20[2-3]\\d\\b(?![.,]?\\d|\\s?%)",
      "\\b(?:in|by|before|until|till|through|during|for|end of|since|of|from|to)\\s(?:19|20)\\d{2}\\b",
      `(?:${EN_DAY}\\s(?:of\\s)?)?\\b(?:${EN_MONTHS_SAFE})\\b\\.?(?:\\s${EN_DAY}\\b)?(?:,?\\s\\d{4}\\b)?`,
      `\\b(?:in|by|before|until|till|through|end of|of|from|since|early|late|mid|mid-)\\s(?:may|march|mar|jun|jul)\\b(?:\\s${EN_DAY}\\b)?(?:,?\\s\\d{4}\\b)?`,
      `${EN_DAY}\\s(?:of\\s)?(?:may|march)\\b|\\b(?:may|march)\\s${EN_DAY}\\b`,
      "\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b|\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b",
      "\\b(?:this|next|last|previous|prior|current|coming|following|each|every|per|a|an|one|first|second|third|fourth|final|the|same|fiscal|calendar|financial)\\s(?:fiscal\\s|calendar\\s|financial\\s|full\\s)?(?:year|quarter|month|week|day|half|semester|period|sprint|season)s?\\b",
      "\\b(?:daily|weekly|bi-?weekly|fortnightly|monthly|bi-?monthly|quarterly|yearly|annual|annually|semi-?annual(?:ly)?|per annum)\\b",
      "\\b(?:year|month|quarter|week)[- ](?:over|on)[- ](?:year|month|quarter|week)\\b|\\b(?:yoy|mom|qoq|wow|ytd|mtd|qtd|eoy|eoq)\\b",
      "\\b(?:year|month|quarter)[- ]to[- ]date\\b|\\byear[- ]end\\b|\\bend of (?:the |this |next )?(?:year|quarter|month|week|day)\\b",
      "\\b(?:by|before|until|in|this|next|over the|during|after|end of)\\s(?:the\\s)?(?:summer|winter|spring|autumn|fall|holidays)\\b",
      "\\bdeadline\\b|\\bby (?:the )?end\\b|\\bby (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
    ],
    durations: `(?:\\b(?<lead>in|within|over|during|for|after|inside|in the next|over the next|within the next|in the coming|over the coming|in the first|the next|the coming|next|past|last|the last|the first|first)\\s)?\\b(?:${EN_NUM})[\\s-](?:${EN_UNIT})\\b`,
  },
  nl: {
    mask: "\\b(?:jaarlijks|maandelijks)e? terugkerende (?:omzet|inkomsten)\\b",
    frames: [
      "\\bq[1-4]\\b(?:\\s?(?:fy)?\\s?'?(?:20\\d{2}|\\d{2})\\b(?![.,]?\\d|\\s?%))?",
      "\\bh[12]\\b(?:\\s?(?:fy)?\\s?'?(?:20\\d{2}|\\d{2})\\b(?![.,]?\\d|\\s?%))?",
      "\\b20[2-3]\\d\\b(?![.,]?\\d|\\s?%)",
      "\\b(?:in|voor|vóór|tegen|eind|einde|begin|medio|uiterlijk|per|sinds|tot)\\s(?:19|20)\\d{2}\\b",
      `(?:\\b\\d{1,2}\\s)?\\b(?:${NL_MONTHS})\\b\\.?(?:\\s\\d{4}\\b)?`,
      "\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b|\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b",
      "(?<!\\d[\\s-]?)\\b(?:boek|kalender|half|begrotings)?jaar\\p{L}*",
      "(?<!\\d[\\s-]?)\\bjaren\\b",
      "(?<!\\d[\\s-]?)\\bmaand\\p{L}*",
      "(?<!\\d[\\s-]?)\\bkwarta(?:a)?l\\p{L}*",
      "(?<!\\d[\\s-]?)\\b(?:week|weken|wekelijks\\p{L}*)\\b",
      "(?<!\\d[\\s-]?)\\b(?:dag|dagen|dagelijks\\p{L}*)\\b",
      "\\b(?:voor|vóór|na|in|deze|komende|volgende|tijdens|eind)\\s(?:de\\s|het\\s)?(?:zomer|winter|lente|voorjaar|najaar|herfst|feestdagen)\\b",
      "\\bdeadline\\b|\\buiterlijk\\b|\\b(?:jaar|maand|kwartaal)-op-(?:jaar|maand|kwartaal)\\b",
    ],
    durations: `(?:\\b(?<lead>in|binnen|over|na|gedurende|de komende|komende|de volgende|de eerste|in de komende|binnen de komende|in de eerste|de afgelopen|afgelopen)\\s)?\\b(?:${NL_NUM})[\\s-](?:dagen|dag|weken|week|maanden|maand|kwartalen|kwartaal|jaren|jaar|uur|uren|minuten|werkdagen)\\b`,
  },
  zh: {
    mask: "(?:年度|每年|年)经常性收入|(?:月度|每月|月)经常性收入|年度合同价值|月活",
    frames: [
      "同比|环比|逐年|逐月|逐季|每年|每月|每周|每季度?|每天|每日|每星期|按月|按季|按年",
      "今年|明年|去年|本年度?|全年|年底|年末|年初|年中|年内|年度|财年|财政年度?|会计年度|上半年|下半年",
      "本季度?|下季度?|季度|季末|季初|本月|下月|下个月|上个月|月底|月末|月初|月内|月度|本周|下周|周内|年前|月前|日前|号前|截止|期限",
      "\\d{4}\\s?年|[〇零一二三四五六七八九]{4}年|\\d{1,2}\\s?月(?:份)?(?:\\d{1,2}\\s?[日号])?|[一二三四五六七八九十]{1,3}月(?:份)?",
      "(?:夏天|冬天|春天|秋天|夏季|冬季|春季|秋季|春节|假期)(?:之前|前|结束|之后|后)|(?:年|月)(?:销售额|收入|营收|营业额|利润|毛利)",
      "\\d{1,2}\\s?[日号]|\\bq[1-4]\\b|\\bh[12]\\b|\\b20[2-3]\\d\\b(?![.,]?\\d|\\s?%)",
    ],
    durations: `(?<lead>在|于|未来|接下来的?|今后|随后的?)?(?:${ZH_NUM})\\s?(?:个)?\\s?(?:天|日|周|星期|个月|季度|年|小时|分钟)(?<within>内|之内|以内|里|期间|后)?`,
  },
  ar: {
    mask: "الايرادات (?:السنوية|الشهرية) المتكررة|الايراد (?:السنوي|الشهري) المتكرر",
    frames: [
      `${AR_WORD_START}(?:شهري|شهرية|شهريا|سنوي|سنوية|سنويا|اسبوعي|اسبوعية|اسبوعيا|يومي|يومية|يوميا|فصلي|فصلية|فصليا|ربعي|ربعية|ربعيا)${AR_WORD_END}`,
      `${AR_WORD_START}ربع (?:الاول|الثاني|الثالث|الرابع|الاخير|القادم|المقبل|الحالي|سنوي\\p{L}*)${AR_WORD_END}`,
      `(?<!\\d\\s?)${AR_WORD_START}(?:شهر|اشهر|شهور|شهرين|سنة|سنتين|سنوات|اسبوع|اسابيع|اسبوعين|يوم|ايام|يومين|عامين|فصل|ربع)${AR_WORD_END}`,
      `(?:هذا|نهاية|خلال|مدار|طوال|بحلول|قبل|في) (?:ال)?عام|(?:ال)?عام (?:المقبل|القادم|الماضي|المالي|الحالي|الجاري|\\d{4})|السنة المالية`,
      `على اساس (?:سنوي|شهري|ربع سنوي|فصلي)|مقارنة (?:ب|مع )?(?:ال)?(?:عام|سنة|فترة)|نهاية|بحلول|الموعد النهائي`,
      `(?:\\d{1,2}\\s)?(?:${AR_MONTHS})(?:\\s\\d{4})?`,
      "(?:النصف|نصف) (?:الاول|الثاني|السنة|العام|سنوي)",
      `${AR_WORD_START}(?:صيف|شتاء|ربيع|خريف)${AR_WORD_END}`,
      "\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b|\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\bq[1-4]\\b|(?<!\\d)20[2-3]\\d(?![.,]?\\d|\\s?%)",
    ],
    durations: `(?:(?<lead>خلال|في غضون|غضون|في|بعد|على مدى|على مدار|طوال|مدة|لمدة)\\s)?${AR_WORD_START}(?:${AR_NUM})\\s(?:ال)?(?:يوم|يوما|ايام|اسبوع|اسابيع|شهر|شهرا|اشهر|شهور|سنة|سنوات|عام|اعوام|ساعة|ساعات|دقيقة|دقائق)${AR_WORD_END}`,
  },
};
