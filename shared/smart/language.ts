import { LANGUAGE_PACKS } from "./lexicon/index.js";
import { nativeRegExp } from "./native-regexp.js";
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
// Letters none of the six Latin-script languages writes (Polish ż, Czech ř, Swedish å, Turkish ş…): words with
// them are evidence of another language, however many short words ("o", "do") happen to be known.
const FOREIGN_LETTER = /[^a-z'àáâãäçèéêëíîïñóôõöùúûüÿßœæ]/;
const LATIN_LANGUAGES = ["en", "nl", "de", "fr", "es", "pt"] as const satisfies readonly KnownLanguage[];

interface Profiles {
  /**
   * Each language's known words, in LATIN_LANGUAGES order. One set per language, built by the engine from the
   * split list (a map of word to languages cost a short run a millisecond of lookups and insertions).
   */
  readonly words: readonly ReadonlySet<string>[];
  readonly spellings: readonly (RegExp | undefined)[];
}

let profiles: Profiles | undefined;
function profilesOf(): Profiles {
  if (profiles === undefined) {
    const words = LATIN_LANGUAGES.map((language) => new Set((LANGUAGE_PACKS[language].detect ?? "").split(/\s+/)));
    const spellings = LATIN_LANGUAGES.map((language) => {
      const spelling = LANGUAGE_PACKS[language].spelling;
      return spelling === undefined ? undefined : nativeRegExp(spelling, "", false);
    });
    profiles = { words, spellings };
  }
  return profiles;
}

/** Han, kana, Arabic and Latin letters, counted in one pass over the char codes (regexes cost more here). */
function scripts(text: string): { han: number; kana: number; arabic: number; latin: number } {
  let han = 0;
  let kana = 0;
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x0600) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
      continue;
    }
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) han++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff)) kana++;
    else if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff)) arabic++;
  }
  return { han, kana, arabic, latin };
}

/** Detect the language of a normalised goal (see normalizeGoal). */
export function detectLanguage(normalised: string): Language {
  const text = normalised.length > DETECT_LIMIT ? normalised.slice(0, DETECT_LIMIT) : normalised;
  const { han, kana, arabic, latin } = scripts(text);
  const cjk = han + kana;
  // A Chinese or Japanese character is a word on its own; weigh it against Latin letters so "提高MRR" stays Chinese.
  if (cjk > 0 && cjk * 3 >= latin && cjk >= arabic) return kana > 0 && kana * 10 >= han ? "ja" : "zh";
  if (arabic > 0 && arabic >= latin) return "ar";
  if (latin === 0) return "und";
  const { words: known, spellings } = profilesOf();
  const scores = new Array<number>(LATIN_LANGUAGES.length).fill(0);
  let words = 0;
  let foreign = 0;
  LATIN_WORD.lastIndex = 0;
  for (let m = LATIN_WORD.exec(text); m !== null; m = LATIN_WORD.exec(text)) {
    words++;
    if (FOREIGN_LETTER.test(m[0])) foreign++;
    let isKnown = false;
    for (let i = 0; i < scores.length; i++) {
      if (!(known[i] as ReadonlySet<string>).has(m[0])) continue;
      scores[i] = (scores[i] as number) + 1;
      isKnown = true;
    }
    if (isKnown) continue;
    // A word no list knows may still give its language away by its spelling.
    for (let i = 0; i < scores.length; i++) if (spellings[i]?.test(m[0])) scores[i] = (scores[i] as number) + 0.5;
  }
  let best = 0;
  for (let i = 1; i < scores.length; i++) if ((scores[i] as number) > (scores[best] as number)) best = i;
  const top = scores[best] as number;
  // Too few known words for the text's length, or too many foreign letters: another Latin-script language
  // (Italian, Polish…).
  if (top === 0 || top * 4 < words || foreign * 4 >= words) return "und";
  return LATIN_LANGUAGES[best] as KnownLanguage;
}
