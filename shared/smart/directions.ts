import { lexiconPattern } from "./normalize.js";
import type { KnownLanguage } from "./types.js";

/**
 * Words that give a metric a direction or a target state ("increase", "verlaag", 提高, خفض, "keep … under",
 * "reach"), and the small words that tell a change from a target ("by 10%" vs "to 10%"). Sources over
 * normalised text; Arabic is folded by lexiconPattern.
 */
interface DirectionLexicon {
  readonly up: string;
  readonly down: string;
  /** Verbs and phrases that set a target state without a direction ("reach", "keep", "send", "close"). */
  readonly target: string;
  /** Right before a quantity: the quantity is the change ("by 10%", "met 10%", بنسبة). */
  readonly byMarker: string;
  /** Right before a quantity: the quantity is the target level ("to 90%", "tot 1%", 至, إلى). */
  readonly toMarker: string;
  /** Right before a quantity: the quantity is the starting level ("from 3%", "van 3%", 从, من). */
  readonly fromMarker: string;
}

const AR = (words: string): string => `(?<!\\p{L})(?:[وبل]|لل)?(?:ال)?(?:${words})ا?(?!\\p{L})`;

const LEXICON: Record<KnownLanguage, DirectionLexicon> = {
  en: {
    up: "\\b(?:increas\\w*|grow\\w*|rais\\w*|boost\\w*|improv\\w*|expand\\w*|lift\\w*|accelerat\\w*|maximi[sz]\\w*|exceed\\w*|beat|surpass\\w*|add\\w*|gain\\w*|more|higher|doubl\\w*|tripl\\w*|quadrupl\\w*|generat\\w*|driv\\w*|scal\\w*|above|at least|acquir\\w*|sign\\w*|land\\w*|onboard\\w*|win|attract\\w*)\\b",
    down: "\\b(?:reduc\\w*|decreas\\w*|cut\\w*|lower\\w*|shorten\\w*|halv\\w*|less|fewer|declin\\w*|drop\\w*|minimi[sz]\\w*|limit\\w*|cap|down|shrink\\w*|trim\\w*|below|under|eliminat\\w*|at most|no more than)\\b",
    target:
      "\\b(?:reach\\w*|achiev\\w*|hit|attain\\w*|keep\\w*|maintain\\w*|hold\\w*|stay\\w*|get|close|closing|send\\w*|make|book\\w*|schedul\\w*|deliver\\w*|secur\\w*|run|conduct\\w*|complet\\w*|convert\\w*|retain\\w*|target\\w*|sell|earn\\w*|produc\\w*|creat\\w*|arrang\\w*|host\\w*|collect\\w*|obtain\\w*|set|hire|have|ensure|to)\\b",
    byMarker: "\\bby$",
    toMarker: "\\b(?:to|reach|reaching|at|hit|achieve|under|below|above|over|least|most|than)$",
    fromMarker: "\\bfrom$",
  },
  nl: {
    up: "\\b(?:verho\\p{L}*|verbeter\\p{L}*|vergro\\p{L}*|groei\\p{L}*|stij\\p{L}*|toename|meer|hoger|uitbrei\\p{L}*|verdubbel\\p{L}*|boost\\p{L}*|maximali\\p{L}*|opschal\\p{L}*|boven|minstens|ten minste|tenminste|werf|werven|binnenhalen|win|winnen|aantrekken|trek\\p{L}*)\\b",
    down: "\\b(?:verla\\p{L}*|verminder\\p{L}*|verkort\\p{L}*|reduc\\p{L}*|daling|terug\\p{L}*|minder|lager|onder|beperk\\p{L}*|halve\\p{L}*|omlaag|da(?:a)?l\\p{L}*|minimali\\p{L}*|hooguit|maximaal)\\b",
    target:
      "\\b(?:behaal\\p{L}*|bereik\\p{L}*|houd|houden|hou|blijf|blijven|haal|halen|sluit\\p{L}*|stuur|sturen|verstuur\\p{L}*|plan|plannen|genereer\\p{L}*|maak|maken|realiseer\\p{L}*|voer\\p{L}*|organiseer\\p{L}*|pleeg|plegen|bel|bellen|verkopen|verwelkom\\p{L}*|tot|naar|zorg|krijg\\p{L}*|laat|laten)\\b",
    byMarker: "\\bmet$",
    toMarker: "\\b(?:tot|naar|op|van|minstens|maximaal|onder|boven|dan)$",
    fromMarker: "\\bvan$",
  },
  zh: {
    up: "提高|提升|增加|增长|增至|扩大|上升|加大|更多|翻番|翻倍|新增|拓展|突破|超过|多于|以上|不低于|至少|加快|增强|获得|签约|签下|拿下|赢得|开发|获取|争取",
    down: "降低|减少|缩短|下降|降至|减半|控制在|低于|不超过|少于|压缩|削减|以下|以内|减低|降到",
    target: "达到|实现|保持|维持|完成|安排|发送|拨打|举办|进行|产生|召开|预约|确保|让",
    byMarker: "(?:提高|提升|增加|增长|降低|减少|缩短|下降|扩大|上升|削减|压缩)了?$",
    toMarker: "(?:至|到|为|达|达到|在|低于|高于|超过|不低于|不超过|少于|多于)$",
    fromMarker: "从$",
  },
  ar: {
    up: `${AR("زيادة|زياده|رفع|تعزيز|تحسين|نمو|تنمية|مضاعفة|توسيع|توسع|اكثر|أعلى|ارتفاع|يزيد|نزيد|تجاوز|تخطي|تنشيط|مزيد|المزيد|اكتساب|كسب|جذب|استقطاب|توقيع|إضافة|الفوز")}|على الأقل`,
    down: AR("تقليل|خفض|تخفيض|تقليص|الحد من|اقل|أدنى|انخفاض|تقصير|دون|تحت|تسريع|تخفيف"),
    target: AR(
      "تحقيق|الوصول|وصول|حصول|الحفاظ|حفاظ|إغلاق|إرسال|إجراء|حجز|تأمين|عقد|إبرام|جدولة|تنظيم|توليد|بيع|حتى|إلى|يبلغ|بلوغ|ضمان|إتمام|التأكد|إبقاء|الإبقاء",
    ),
    byMarker: "(?<!\\p{L})(?:بنسبة|بمقدار|ب)$",
    toMarker: "(?:إلى|الى|حتى|عند|من|عن|تحت|فوق)$",
    fromMarker: "(?<!\\p{L})من$",
  },
};

export interface CompiledDirections {
  readonly up: RegExp;
  readonly down: RegExp;
  readonly target: RegExp;
  readonly byMarker: RegExp;
  readonly toMarker: RegExp;
  readonly fromMarker: RegExp;
}

const compiled = new Map<KnownLanguage, CompiledDirections>();

export function directionsOf(language: KnownLanguage): CompiledDirections {
  let c = compiled.get(language);
  if (c === undefined) {
    const l = LEXICON[language];
    // The markers test the few characters right before a quantity, so they are not global.
    const marker = (source: string): RegExp => new RegExp(lexiconPattern(source).source, "u");
    c = {
      up: lexiconPattern(l.up),
      down: lexiconPattern(l.down),
      target: lexiconPattern(l.target),
      byMarker: marker(l.byMarker),
      toMarker: marker(l.toMarker),
      fromMarker: marker(l.fromMarker),
    };
    compiled.set(language, c);
  }
  return c;
}

/** Where the first direction or target word starts, or -1: Chinese puts the metric right before it. */
export function firstDirectionIndex(normalised: string, language: KnownLanguage): number {
  const d = directionsOf(language);
  const found = [d.up, d.down, d.target].map((p) => firstIndex(p, normalised)).filter((i) => i >= 0);
  let first = -1;
  for (const i of found) if (first < 0 || i < first) first = i;
  return first;
}

/** Which way the goal moves its metric: the first direction word decides; "hold" when only a target is set. */
export function directionOf(normalised: string, language: KnownLanguage): "up" | "down" | "hold" | undefined {
  const d = directionsOf(language);
  const up = firstIndex(d.up, normalised);
  const down = firstIndex(d.down, normalised);
  if (up >= 0 && (down < 0 || up < down)) return "up";
  if (down >= 0) return "down";
  return firstIndex(d.target, normalised) >= 0 ? "hold" : undefined;
}

function firstIndex(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  pattern.lastIndex = 0;
  return m === null ? -1 : m.index;
}
