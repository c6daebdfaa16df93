import type { Language } from "./types.js";

/**
 * Language detection by script, then by common words. Chinese and Arabic have their own scripts, so counting
 * characters decides them; English and Dutch share the Latin script, so the words that occur in goals
 * (function words, goal verbs, period words) decide between them. Latin text with neither is "und": it is
 * read with the English rules and the reasons say so.
 */
const LATIN_WORD = /[a-z\u00c0-\u024f']+/g;

// Words frequent in goal statements of one language and rare in the other ("per", "team", "q3" say nothing).
const ENGLISH = new Set(
  (
    "the a an of and to by in on at for with our we us this next last each every within over from than under " +
    "below above at least more less fewer increase increases grow raise boost improve reduce decrease cut lower " +
    "shorten keep maintain reach achieve hit close send make book schedule generate get win sign add halve double " +
    "triple deliver drive bring end year years month months week weeks quarter quarters day days monthly weekly " +
    "daily yearly annual annually quarterly revenue sales customers customer churn new average " +
    "satisfaction calls emails meetings value cost cycle growth be best let's lets it is are will " +
    "all your their my learn play better become one three four five seven eight nine eleven twelve twenty " +
    "thirty forty fifty hundred thousand million billion sell close before after until through during into lose " +
    "gain team sure every per cent percent dollars should must can need"
  ).split(" "),
);
const DUTCH = new Set(
  (
    "de het een van en met tot naar voor vóór in op bij uit om te we wij ons onze dit deze die dat binnen meer " +
    "minder dan onder boven minstens ten opzichte verhoog verhogen verlaag verlagen verminder verminderen verbeter " +
    "verbeteren behaal behalen bereik bereiken houd houden breng terug laten gaan worden beter zijn is wordt " +
    "maand maanden jaar jaren kwartaal kwartalen week weken dag dagen maandelijks maandelijkse jaarlijks " +
    "jaarlijkse wekelijks wekelijkse dagelijks omzet klanten klant klantverloop verkoop verkopen aantal nieuwe " +
    "gemiddelde per elke iedere eind einde zes drie vier vijf twee tien twintig miljoen duizend verdubbelen " +
    "halveren stuur sturen plan plannen sluit sluiten genereer genereren winst marge tevredenheid tijd zeven acht " +
    "negen elf twaalf dertig veertig vijftig honderd miljard winnen behalen laat zorg elk haal"
  ).split(" "),
);

/** Han and Arabic characters, counted in one pass over the char codes (regexes cost more here). */
function scripts(text: string): { han: number; arabic: number } {
  let han = 0;
  let arabic = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x0600) continue;
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) han++;
    else if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff)) arabic++;
  }
  return { han, arabic };
}

// Spelling that gives a word away when it is in neither list: Dutch ij/aa/uu/oe and imperatives in -eer
// (organiseer, genereer); English th and -ing/-tion.
const DUTCH_SPELLING = /ij|aa|uu|oe|eer$|^ge[a-z]{4,}d$/;
const ENGLISH_SPELLING = /th|ing$|tion$|ly$|^wh/;

/** Detect the language of a normalised goal (see normalizeGoal). */
export function detectLanguage(normalised: string): Language {
  const { han, arabic } = scripts(normalised);
  let english = 0;
  let dutch = 0;
  let latinLetters = 0;
  const words = normalised.match(LATIN_WORD) ?? [];
  for (const word of words) {
    latinLetters += word.length;
    if (ENGLISH.has(word)) english++;
    else if (ENGLISH_SPELLING.test(word)) english += 0.5;
    if (DUTCH.has(word)) dutch++;
    else if (DUTCH_SPELLING.test(word)) dutch += 0.5;
  }
  // A Chinese character is a word on its own; weigh it against Latin letters so "提高MRR" stays Chinese.
  if (han > 0 && han * 3 >= latinLetters && han >= arabic) return "zh";
  if (arabic > 0 && arabic >= latinLetters) return "ar";
  // Too few known words for the text's length: another Latin-script language (French, German…).
  if (Math.max(english, dutch) * 4 < words.length) return "und";
  if (dutch > english) return "nl";
  if (english > 0) return "en";
  return latinLetters > 0 ? "und" : han > 0 ? "zh" : arabic > 0 ? "ar" : "und";
}
