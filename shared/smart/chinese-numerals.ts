/**
 * Chinese numerals as goals write them: 五百 = 500, 九十 = 90, 两 = 2, 十二 = 12, 三千五百 = 3,500,
 * 一万二千 = 12,000, 三亿 = 300,000,000, and the digit-by-digit form 二〇二七 = 2027.
 * Returns undefined when the characters do not form a number.
 */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8, 億: 1e8 };

export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿億";

export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 0) return undefined;
  // Digit-by-digit (years: 二〇二七): three or more digit characters and no units. Two ("三四") is "3 or 4".
  if (text.length >= 3 && [...text].every((c) => c in DIGITS)) {
    return Number([...text].map((c) => DIGITS[c]).join(""));
  }
  let total = 0; // completed 亿 and 万 sections
  let section = 0; // the part below the current big unit
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== undefined) return undefined; // two digits in a row ("三四") is not a number here
      digit = DIGITS[ch] as number;
    } else if (ch in SMALL_UNITS) {
      // 十 alone means one ten (十二 = 12).
      section += (digit ?? 1) * (SMALL_UNITS[ch] as number);
      digit = undefined;
    } else if (ch in BIG_UNITS) {
      // 亿 scales everything before it; 万 only its own section (三亿五千万 = 3亿 + 5000万).
      const part = section + (digit ?? 0) || 1;
      total =
        BIG_UNITS[ch] === 1e8 ? (total + part) * (BIG_UNITS[ch] as number) : total + part * (BIG_UNITS[ch] as number);
      section = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + section + (digit ?? 0);
}
