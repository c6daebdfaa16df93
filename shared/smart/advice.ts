import type { AchievableFacts } from "./achievable.js";
import { ar } from "./advice/ar.js";
import { de } from "./advice/de.js";
import { en } from "./advice/en.js";
import { es } from "./advice/es.js";
import { fr } from "./advice/fr.js";
import { ja } from "./advice/ja.js";
import { nl } from "./advice/nl.js";
import { pt } from "./advice/pt.js";
import type { AdviceWords, NumberFormat } from "./advice/words.js";
import { zh } from "./advice/zh.js";
import type { KnownLanguage } from "./types.js";

/** The words of each language (advice/<language>.ts) with the reason for A assembled from its facts. */
export interface Advice extends Omit<AdviceWords, "achievable"> {
  achievable(facts: AchievableFacts): string;
}

const WORDS: Readonly<Record<KnownLanguage, AdviceWords>> = { en, zh, nl, ar, de, es, fr, pt, ja };

const sign = (x: number): string => (x > 0 ? "+" : x < 0 ? "−" : "");

/** A relative change as a signed percentage with one decimal: +614.3%, −16,7% (Dutch), +10,0 % (French). */
export function formatChange(x: number, format: NumberFormat): string {
  const digits = Math.abs(x * 100)
    .toFixed(1)
    .replace(".", format.decimal);
  return `${sign(x)}${digits}${format.percentSpace ? "\u00a0%" : "%"}`;
}

/** A level (baseline or target) with thousands grouped as the language writes them; rates stay as typed. */
export function formatLevel(x: number, format: NumberFormat): string {
  const rounded = Math.abs(x) >= 100 ? Math.round(x) : Math.round(x * 10000) / 10000;
  const [whole, fraction] = String(Math.abs(rounded)).split(".");
  const grouped = (whole as string).replace(/\B(?=(\d{3})+(?!\d))/g, format.group);
  const decimal = fraction === undefined ? "" : format.decimal + fraction;
  return `${rounded < 0 ? "−" : ""}${grouped}${decimal}`;
}

function achievableText(words: AdviceWords, f: AchievableFacts): string {
  const t = words.achievable;
  const format = words.format;
  switch (f.kind) {
    case "no-data":
      return t.noData;
    case "no-target":
      return t.noTarget;
    case "short-history":
      return t.shortHistory;
    case "red-flag":
      return t.redFlag(formatChange(f.change, format));
    case "no-red-flag":
      return t.noRedFlag(formatChange(f.change, format));
    case "judged": {
      const args = [
        formatChange(f.change, format),
        formatLevel(f.base, format),
        formatLevel(f.target, format),
        formatChange(f.largest, format).replace(/^[+−]/, ""),
        formatChange(f.limit, format).replace(/^[+−]/, ""),
      ] as const;
      return f.achievable ? t.judgedPass(...args) : t.judgedFail(...args);
    }
  }
}

export const ADVICE: Readonly<Record<KnownLanguage, Advice>> = Object.fromEntries(
  Object.entries(WORDS).map(([language, words]) => [
    language,
    { ...words, achievable: (facts: AchievableFacts) => achievableText(words, facts) },
  ]),
) as Record<KnownLanguage, Advice>;

/**
 * Said before every reason when the language was not recognised and the English rules were used, and what a
 * criterion those rules could not find becomes: not checked, since it may be there in words we cannot read.
 */
export const UNRECOGNISED_LANGUAGE_NOTE = "language not recognised, read with the English rules: ";
export const NOT_READ =
  "not checked: SMARTCHECK reads English, Chinese, Dutch, Arabic, German, Spanish, French, Portuguese and Japanese";
