import type { KnownLanguage } from "./types.js";

/**
 * Numbers written as words, multiplier words after digits ("1 miljoen", "5万", "3 مليون") and the words for a
 * factor ("double", 翻一番, verdubbelen, مضاعفة). Arabic words are written in the normalised form (alef
 * without hamza, see normalize.ts). Dutch "een" is also the article "a", so it counts only before a multiplier.
 */
const EN_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
};

const NL_UNITS = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"];
const NL_TENS: Record<string, number> = {
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
};
const NL_WORDS: Record<string, number> = {
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  honderd: 100,
  duizend: 1e3,
  miljoen: 1e6,
  miljard: 1e9,
  ...NL_TENS,
};
// Dutch writes 25 as one word, unit first (vijfentwintig), and hundreds and thousands too (tweehonderd).
NL_UNITS.forEach((unit, i) => {
  NL_WORDS[`${unit}honderd`] = (i + 1) * 100;
  NL_WORDS[`${unit}duizend`] = (i + 1) * 1000;
  for (const [tens, value] of Object.entries(NL_TENS))
    NL_WORDS[`${unit}${unit.endsWith("e") ? "ën" : "en"}${tens}`] = value + i + 1;
});

const AR_WORDS: Record<string, number> = {
  واحد: 1,
  اثنان: 2,
  اثنين: 2,
  ثلاث: 3,
  ثلاثة: 3,
  اربع: 4,
  اربعة: 4,
  خمس: 5,
  خمسة: 5,
  ست: 6,
  ستة: 6,
  سبع: 7,
  سبعة: 7,
  ثماني: 8,
  ثمانية: 8,
  تسع: 9,
  تسعة: 9,
  عشر: 10,
  عشرة: 10,
  عشرون: 20,
  عشرين: 20,
  ثلاثون: 30,
  ثلاثين: 30,
  اربعون: 40,
  اربعين: 40,
  خمسون: 50,
  خمسين: 50,
  ستون: 60,
  ستين: 60,
  سبعون: 70,
  سبعين: 70,
  ثمانون: 80,
  ثمانين: 80,
  تسعون: 90,
  تسعين: 90,
  مائة: 100,
  مئة: 100,
  مئات: 100,
  مئتي: 200,
  مئتين: 200,
  مائتي: 200,
  مائتين: 200,
  الف: 1e3,
  الاف: 1e3,
  مليون: 1e6,
  ملايين: 1e6,
  مليار: 1e9,
};

export const NUMBER_WORDS: Record<Exclude<KnownLanguage, "zh">, Record<string, number>> = {
  en: EN_WORDS,
  nl: NL_WORDS,
  ar: AR_WORDS,
};

/**
 * Arabic counts two of a thing with the dual ending instead of a number (سوقين, two markets). These duals of
 * nouns goals count are quantities of 2; plurals in -ين (مندوبين, reps) are not, so the list is explicit.
 */
export const ARABIC_DUALS = [
  "سوقين",
  "صفقتين",
  "عميلين",
  "اجتماعين",
  "مكالمتين",
  "منتجين",
  "فرعين",
  "منطقتين",
  "عرضين",
  "عقدين",
];

/** Words joining the parts of one number: "twenty-five", "one hundred and ten", "خمسة وعشرين". */
export const NUMBER_JOINERS = new Set(["and", "en", "و"]);

/** Multipliers written after digits, in any language (a goal may mix scripts: "5 مليون", "€2m"). */
export const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  duizend: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mln: 1e6,
  million: 1e6,
  millions: 1e6,
  miljoen: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  mld: 1e9,
  miljard: 1e9,
  千: 1e3,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
  الف: 1e3,
  الاف: 1e3,
  مليون: 1e6,
  ملايين: 1e6,
  مليار: 1e9,
};

/**
 * Factor words per language, as regular-expression sources over normalised text, with the factor they mean.
 * Longer phrases come first so "翻两番" is not read as "翻…番" twice.
 */
export const FACTOR_WORDS: Record<KnownLanguage, readonly (readonly [string, number])[]> = {
  en: [
    ["\\bcut (?:it |them )?in half\\b|\\bby half\\b|\\bhalv(?:e|es|ed|ing)\\b", 0.5],
    ["\\bdoubl(?:e|es|ed|ing)\\b|\\btwofold\\b", 2],
    ["\\btripl(?:e|es|ed|ing)\\b|\\btrebl(?:e|es|ed|ing)\\b|\\bthreefold\\b", 3],
    ["\\bquadrupl(?:e|es|ed|ing)\\b|\\bfourfold\\b", 4],
  ],
  nl: [
    ["\\bhalver(?:en|ing|t)\\b|\\bhalveer\\b|\\bmet de helft\\b|\\bhalf zo\\b", 0.5],
    ["\\bverdubbel(?:en|ing|t|d)?\\b|\\btwee keer zo\\b", 2],
    ["\\bverdrievoudig(?:en|ing|t|d)?\\b|\\bdrie keer zo\\b", 3],
    ["\\bverviervoudig(?:en|ing|t|d)?\\b", 4],
  ],
  zh: [
    ["翻两番|翻二番", 4],
    ["减半|减少一半|降低一半|下降一半|缩短一半|砍半|减少50%", 0.5],
    ["翻一番|翻番|翻倍|增加一倍|提高一倍|增长一倍|提升一倍|两倍|双倍|二倍", 2],
    ["三倍|翻三倍", 3],
    ["四倍", 4],
  ],
  ar: [
    ["(?:ثلاث|ثلاثة) اضعاف", 3],
    ["(?:اربع|اربعة) اضعاف", 4],
    ["(?<!\\p{L})[وبل]?(?:ال)?(?:مضاعفة|ضعف|يضاعف|نضاعف|تضاعف|ضعفين)(?!\\p{L})", 2],
    ["(?:الى|ل|بمقدار|بنسبة) ?النصف|(?<!\\p{L})تنصيف(?!\\p{L})", 0.5],
  ],
};

/** Combine the values of consecutive number words: "two hundred fifty thousand" = 250,000. */
export function combineNumberWords(values: readonly number[]): number {
  let total = 0;
  let section = 0;
  for (const v of values) {
    if (v >= 1000) {
      total += (section || 1) * v;
      section = 0;
    } else if (v === 100) {
      section = (section || 1) * 100;
    } else {
      section += v;
    }
  }
  return total + section;
}
