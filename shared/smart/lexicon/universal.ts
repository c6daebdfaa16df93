/**
 * Time frames written the same way in every language: quarters and halves (Q3, H2 2026), fiscal years (FY27,
 * FY2027), years (2027) and numeric dates. Every language's frames include these, so "FY27" is a frame in a
 * Chinese, Dutch or Arabic sentence too.
 */
const YEAR_AFTER = "(?:\\s?(?:fy)?\\s?'?(?:20\\d{2}|\\d{2})\\b(?![.,]?\\d|\\s?%))?";

export const UNIVERSAL_FRAMES: readonly string[] = [
  `\\bq[1-4]\\b${YEAR_AFTER}`,
  `\\bh[12]\\b${YEAR_AFTER}`,
  "\\bfy\\s?'?\\d{2,4}\\b",
  "\\b20[2-3]\\d\\b(?![.,]?\\d|\\s?%)",
  "\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b|\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b",
];

/** Multipliers written after digits in any language (a goal may mix scripts: "5 مليون", "€2m", "3万"). */
export const SHARED_MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mln: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  千: 1e3,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
  億: 1e8,
};
