import { LANGUAGE_PACKS } from "./lexicon/index.js";
import type { KnownLanguage, Language } from "./types.js";

/**
 * Language detection by script, then by common words. Japanese writes kana (hiragana, katakana) among its kanji,
 * Chinese does not; Arabic has its own script. The Latin-script languages (English, Dutch, German, Spanish,
 * French, Portuguese) are told apart by the words that occur in goals (each pack's `detect` list: function words,
 * goal verbs, period words) and by give-away spellings (Dutch ij, German sch/ß, Portuguese ção). Latin text with
 * too few known words is "und": read with the English rules as a best effort, and the reasons say so.
 * The first DETECT_LIMIT characters decide, so a giant cell costs no more to classify than a long one.
 */
const DETECT_LIMIT = 20_000;
const LATIN_WORD = /[a-z\u00c0-\u024f']+/g;
const LATIN_LANGUAGES = ["en", "nl", "de", "fr", "es", "pt"] as const satisfies readonly KnownLanguage[];

interface Profile {
  readonly language: KnownLanguage;
  readonly words: ReadonlySet<string>;
  readonly spelling: RegExp | undefined;
}

let profiles: readonly Profile[] | undefined;
function profilesOf(): readonly Profile[] {
  profiles ??= LATIN_LANGUAGES.map((language) => {
    const pack = LANGUAGE_PACKS[language];
    return {
      language,
      words: new Set((pack.detect ?? "").split(/\s+/).filter(Boolean)),
      spelling: pack.spelling === undefined ? undefined : new RegExp(pack.spelling),
    };
  });
  return profiles;
}

/** Han, kana and Arabic characters, counted in one pass over the char codes (regexes cost more here). */
function scripts(text: string): { han: number; kana: number; arabic: number } {
  let han = 0;
  let kana = 0;
  let arabic = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x0600) continue;
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) han++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff)) kana++;
    else if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff)) arabic++;
  }
  return { han, kana, arabic };
}

/** Detect the language of a normalised goal (see normalizeGoal). */
export function detectLanguage(normalised: string): Language {
  const text = normalised.length > DETECT_LIMIT ? normalised.slice(0, DETECT_LIMIT) : normalised;
  const { han, kana, arabic } = scripts(text);
  const all = profilesOf();
  const scores = new Array<number>(all.length).fill(0);
  let words = 0;
  let latinLetters = 0;
  LATIN_WORD.lastIndex = 0;
  for (let m = LATIN_WORD.exec(text); m !== null; m = LATIN_WORD.exec(text)) {
    const word = m[0];
    words++;
    latinLetters += word.length;
    for (let i = 0; i < all.length; i++) {
      const p = all[i] as Profile;
      if (p.words.has(word)) scores[i] = (scores[i] as number) + 1;
      else if (p.spelling?.test(word)) scores[i] = (scores[i] as number) + 0.5;
    }
  }
  const cjk = han + kana;
  // A Chinese or Japanese character is a word on its own; weigh it against Latin letters so "提高MRR" stays Chinese.
  if (cjk > 0 && cjk * 3 >= latinLetters && cjk >= arabic) return kana > 0 && kana * 10 >= han ? "ja" : "zh";
  if (arabic > 0 && arabic >= latinLetters) return "ar";
  let best = -1;
  for (let i = 0; i < scores.length; i++) if (best < 0 || (scores[i] as number) > (scores[best] as number)) best = i;
  const top = best < 0 ? 0 : (scores[best] as number);
  // Too few known words for the text's length: another Latin-script language (Italian, Polish…).
  if (top === 0 || top * 4 < words) return latinLetters > 0 || (han === 0 && arabic === 0) ? "und" : han > 0 ? "zh" : "ar";
  return (all[best] as Profile).language;
}
