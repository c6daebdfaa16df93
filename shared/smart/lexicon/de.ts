import type { LanguagePack } from "./pack.js";
import { UNIVERSAL_FRAMES } from "./universal.js";

const NUM =
  "(?<!\\d)\\d+(?:[.,]\\d+)?|ein|eine|einem|einen|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|" +
  "fünfzehn|achtzehn|zwanzig|dreißig|vierzig|fünfzig|sechzig|neunzig|einige|paar|wenigen|anderthalb|eineinhalb";
const MONTHS =
  "januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sept|sep|okt|nov|dez";
const PERIOD =
  "jahr(?:es|s)?|quartal(?:s|e|en)?|monat(?:s|e|en)?|woche|wochen|tag(?:e|en)?|halbjahr(?:es|s)?|" +
  "geschäftsjahr(?:es|s)?|kalenderjahr(?:es|s)?|zeitraum(?:s)?";

const UNITS = ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"];
const TENS: Record<string, number> = {
  zwanzig: 20,
  dreißig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};
const WORDS: Record<string, number> = {
  ein: 1,
  eine: 1,
  einen: 1,
  einem: 1,
  einer: 1,
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
  hundert: 100,
  tausend: 1e3,
  million: 1e6,
  millionen: 1e6,
  milliarde: 1e9,
  milliarden: 1e9,
  dutzend: 12,
  ...TENS,
};
// German writes 25 as one word, unit first (fünfundzwanzig), and hundreds and thousands too (zweihundert).
UNITS.forEach((unit, i) => {
  WORDS[`${unit}hundert`] = (i + 1) * 100;
  WORDS[`${unit}tausend`] = (i + 1) * 1000;
  for (const [tens, value] of Object.entries(TENS)) WORDS[`${unit}und${tens}`] = value + i + 1;
});

export const de: LanguagePack = {
  boundary: "word",
  metricBoundary: "compound",
  detect:
    "der die das den dem des ein eine einen einem einer und oder um auf bis zum zur im in von vom mit pro je für " +
    "bei nach über unter mindestens höchstens steigern erhöhen senken reduzieren verbessern erreichen halten " +
    "gewinnen umsatz kunden neue neuen neukunden jahr jahres monat monate monaten quartal quartals woche wochen tag " +
    "tage geschäftsjahr ende anfang mitte prozent millionen mio euro unsere unser wir ist sind wird werden soll " +
    "sollen muss jeden jede jedes zwei drei vier fünf zehn zwanzig nächsten nächste dieses diesem diesen vertrieb " +
    "besser mehr weniger als auch nicht durch sowie zahl anzahl wöchentlich monatlich täglich jährlich quartalsweise versenden verschicken durchführen veranstalten einstellen abschließen generieren akquise akquirieren vertriebsmitarbeiter verkäufer acht neun sechs sieben elf zwölf webinare termine anrufe angebote aufträge verträge abnehmen sommer winter frühjahr herbst lernen werden sein haben machen führen vereinbaren erzielen vor nach seit zwischen ohne gegenüber vorjahr kunde kundenzufriedenheit abschlussquote marktanteil",
  spelling: "sch|ß|ä|ö|ü|ung$|keit$|heit$|lich$|^ge[a-z]+t$|tz",
  head: "head-last",
  linkers: "",
  fillers:
    "die|der|den|dem|des|das|ein|eine|einen|unsere|unseren|unserer|unser|neue|neuen|neuer|mehr|anzahl|zahl|an|von|" +
    "in|im|zusätzliche|zusätzlichen|weitere|weiteren|qualifizierte|qualifizierten|zahlende|zahlenden|aktive|aktiven",
  notAMetric:
    "(?:vertriebs|verkaufs|sales)(?:team|teams|prozess|prozesse|strategie|schulung|training|präsentation|methode|methoden|kultur)\\p{L}*",
  metrics: {
    mrr: "monatlich(?:e|er|en)? wiederkehrende(?:n|r)? (?:umsatz|umsätze|erlöse?)|\\bmrr\\b",
    arr: "jährlich(?:e|er|en)? wiederkehrende(?:n|r)? (?:umsatz|umsätze|erlöse?)|wiederkehrende(?:n|r)? (?:umsatz|umsätze|erlöse)|\\barr\\b",
    arpu: "durchschnittliche(?:r|n)? umsatz pro (?:kunde|kunden|nutzer|account)|\\barp[ua]\\b",
    cac: "kundengewinnungskosten|kundenakquisitionskosten|akquisitionskosten|kosten pro (?:neukunde|kunde|lead)|\\bcac\\b|\\bcpl\\b",
    payback: "amortisations(?:dauer|zeit|zeitraum)|payback(?:-?(?:zeit|periode|dauer))?|rückflussdauer",
    clv: "kundenlebenszeitwert|customer lifetime value|lifetime value|kundenwert|\\bclv\\b|\\bltv\\b",
    rep_turnover:
      "mitarbeiterfluktuation|personalfluktuation|vertriebsfluktuation|fluktuation(?: im vertrieb| der (?:vertriebs)?mitarbeiter| der verkäufer)?",
    churn:
      "kundenabwanderung|abwanderung(?:srate|squote)?|churn(?:-?rate)?|kündigungs(?:rate|quote)|kündigungen|kundenverlust\\p{L}*",
    retention:
      "kundenbindung(?:srate|squote)?|bindungsrate|retention(?:-?rate)?|verlängerungs(?:rate|quote)|vertragsverlängerungen|verlängerungen|wiederkaufrate|wiederholungskäufe",
    expansion:
      "upselling(?:-?umsatz)?|up-?sell\\p{L}*|cross-?selling(?:-?umsatz)?|expansionsumsatz|nettoumsatzbindung|net revenue retention|\\bnrr\\b",
    win_rate:
      "abschlussquote|abschlussrate|gewinnrate|gewinnquote|win-?rate|erfolgsquote|hit-?rate|auftragsquote|zuschlagsquote",
    forecast_accuracy:
      "forecast-?genauigkeit|prognosegenauigkeit|vorhersagegenauigkeit|genauigkeit (?:der|unserer) (?:prognosen?|forecasts?|umsatzprognosen?)",
    contact_rate: "erreichbarkeitsquote|erreichbarkeitsrate|kontaktquote|kontaktrate|connect-?rate|verbindungsquote",
    collection_rate: "inkassoquote|einzugsquote|forderungseinzug|zahlungseingangsquote|beitreibungsquote",
    conversion:
      "conversion-?rate|konversionsrate|konversionsquote|konversion|conversion|umwandlungsquote|umwandlungsrate|konvertierungsrate",
    cycle: "vertriebszyklus|verkaufszyklus|sales-?zyklus|durchlaufzeit|abschlussdauer|zeit bis zum abschluss",
    response_time: "reaktionszeit|antwortzeit|reaktionsgeschwindigkeit|zeit bis zur ersten (?:antwort|reaktion)",
    deal_size:
      "auftragsgröße|auftragswert|dealgröße|dealwert|bestellwert|warenkorbwert|warenkorb|vertragswert|durchschnittsbon",
    market_share: "marktanteil\\p{L}*",
    quota:
      "\\bquoten?\\b|\\bquota\\b|zielerreichung|vertriebsziel\\p{L}*|umsatzziel\\p{L}*|verkaufsziel\\p{L}*|planerfüllung|budgeterreichung|sollerfüllung",
    nps: "net promoter score|\\bnps\\b|weiterempfehlungsrate",
    csat: "kundenzufriedenheit|zufriedenheit\\p{L}*|\\bcsat\\b",
    coverage: "pipeline-?abdeckung|pipeline-?deckung|abdeckungsgrad|pipeline-?coverage|\\bcoverage\\b",
    leads:
      "leads?\\b|\\bmqls?\\b|\\bsqls?\\b|interessenten|verkaufschancen|vertriebschancen|opportunities|anfragen|neukontakte",
    meetings: "termine?|meetings?|besuche?|besuchen|erstgespräche?|gespräche?",
    calls: "anrufe?|telefonate?|kaltanrufe?|calls?|telefonakquise|wählversuche|anrufen|telefonieren",
    emails: "e-?mails?|\\bmails?\\b|nachrichten",
    demos: "demos?|vorführungen|präsentationen|webinare?|webinars?",
    proposals: "angebote?|angebotsabgaben|ausschreibungen|offerten",
    activities: "follow-?ups?|aktivitäten|kontaktpunkte|touchpoints|\\bkontakte\\b|veranstaltungen|messen",
    deals: "deals?|aufträge?|auftragseingang|abschlüsse?|verträge?|bestellungen|neuverträge",
    units: "\\babsatz\\p{L}*|stückzahlen?|\\bstück\\b|einheiten|lizenzen|abonnements|verkaufsmenge",
    margin: "marge\\p{L}*|deckungsbeitrag|rentabilität|profitabilität|rohertrag|\\bebitda\\b",
    profit:
      "gewinn\\b|gewinne\\b|\\bertrag\\b|\\berträge\\b|ergebnis\\b|reingewinn|nettogewinn|bruttogewinn|\\bebit\\b",
    cost: "kosten\\b|ausgaben|\\baufwand\\b|\\baufwände\\b",
    referrals: "empfehlungen|empfehlung|referenzen|bewertungen",
    discount: "rabatt\\p{L}*|nachlässe|preisnachl(?:a|ä)ss\\p{L}*|skonto",
    revenue:
      "umsatz\\p{L}*|umsätze\\p{L}*|erlöse?\\b|einnahmen|neugeschäft|\\bverkäufe\\b|verkaufszahlen|\\bsales\\b|geschäftsvolumen",
    productivity: "produktivität|effizienz",
    traffic:
      "website-?traffic|webseitenbesucher|besucherzahlen?|\\btraffic\\b|follower|seitenaufrufe|öffnungsrate|klickrate|\\bbesucher\\b",
    headcount:
      "vertriebsmitarbeiter(?:innen)?|verkäufer(?:innen)?|außendienstmitarbeiter(?:innen)?|\\bmitarbeiter(?:innen)?\\b|\\bfte\\b|neueinstellungen",
    markets: "märkte\\b|markt\\b|\\bregionen\\b|länder\\b|vertriebsgebiete?|\\bgebiete\\b",
    customers: "kunden\\b|kunde\\b|kundinnen|abonnenten|nutzer\\b|käufer\\b|\\baccounts?\\b|kundenstamm|kundenbasis",
    pipeline: "pipeline\\b|trichter|funnel",
  },
  time: {
    mask: "(?:monatlich|jährlich)(?:e|er|en)? wiederkehrende(?:n|r)? (?:umsatz|umsätze|erlöse?)",
    frames: [
      ...UNIVERSAL_FRAMES,
      "\\b\\d{1,2}\\.\\d{1,2}\\.(?!\\d)",
      "\\b(?:bis|vor|ab|seit|in|im|zum|für|ende|anfang|mitte)\\s(?:(?:ende|anfang|mitte)\\s)?(?:19|20)\\d{2}\\b",
      `\\b(?:bis|vor|ab|seit)\\s(?:(?:zum\\s)?(?:ende|anfang|mitte)\\s)?(?:${MONTHS})\\b\\.?(?:\\s\\d{4}\\b)?`,
      `(?:\\b\\d{1,2}\\.\\s?)?\\b(?:${MONTHS})\\b\\.?(?:\\s\\d{4}\\b)?`,
      `\\b(?:dies(?:es|em|er|en)?|nächste(?:s|n|m|r)?|kommende(?:s|n|m|r)?|laufende(?:s|n|m|r)?|letzte(?:s|n|m|r)?|vergangene(?:s|n|m|r)?|erste(?:s|n|m|r)?|zweite(?:s|n|m|r)?|dritte(?:s|n|m|r)?|vierte(?:s|n|m|r)?|jede(?:s|n|m|r)?|pro|je|im|am|zum|bis zum|bis|ende des|anfang des|mitte des|gesamte(?:s|n|m)?|ganze(?:s|n|m)?)\\s(?:(?:gesamten|ganzen|laufenden|nächsten|ersten|zweiten|dritten|vierten|kommenden)\\s)?(?:${PERIOD})\\b`,
      "(?<!\\d\\s?)\\b(?:geschäfts|kalender|halb|folge|vor|gesamt|budget)?jahr\\p{L}*(?:\\s(?:19|20)\\d{2}\\b)?",
      "(?<!\\d\\s?)\\b(?:jährlich|monatlich|wöchentlich|täglich|quartalsweise|halbjährlich)\\p{L}*",
      "(?<!\\d\\s?)\\b(?:folge|vor|gesamt)?quartal\\p{L}*",
      "(?<!\\d\\s?)\\bmonat\\p{L}*",
      "(?<!\\d\\s?)\\b(?:woche|wochen|tag|tage)\\b",
      "\\bgj\\s?'?\\d{2,4}\\b|\\bim jahresvergleich\\b|\\bgegenüber (?:dem )?vorjahr\\p{L}*|\\bvorjahr\\p{L}*",
      "\\b(?:bis zum|vor dem|im|diesen|nächsten|über den|bis|vor)\\s(?:sommer|winter|frühling|frühjahr|herbst)\\b",
      "\\bfrist\\b|\\bdeadline\\b|\\bstichtag\\b",
    ],
    durations: `(?:\\b(?<lead>in|innerhalb|innerhalb von|binnen|in den nächsten|in den kommenden|während|über|nach|in den ersten|im laufe von|seit)\\s)?\\b(?:${NUM})[\\s-](?:tage|tagen|tag|wochen|woche|monate|monaten|monat|quartale|quartalen|quartal|jahre|jahren|jahr|stunden|stunde|minuten|minute|sekunden|werktage|werktagen|arbeitstage|arbeitstagen)\\b`,
    multiYear: "(?:[2-9]|\\d\\d|zwei|drei|vier|fünf|zehn)\\s?(?:jahre|jahren)|mehrjährig",
    measureBefore:
      "\\b(?:auf|unter|über|bis|von|um|höchstens|maximal|weniger als|mehr als|auf unter|auf höchstens|im schnitt)$|[<≤=]$",
  },
  directions: {
    up: "steiger\\p{L}*|erhöh\\p{L}*|verbesser\\p{L}*|ausbau\\p{L}*|ausbauen|vergrößer\\p{L}*|wachs\\p{L}*|wächst|wachstum|mehr|höher\\p{L}*|verdoppel\\p{L}*|verdreifach\\p{L}*|vervierfach\\p{L}*|anheben|heben|hebt|ankurbeln|maximier\\p{L}*|gewinnen|gewinnt|gewinnung|akquirier\\p{L}*|generier\\p{L}*|ausweit\\p{L}*|zulegen|über|mindestens|zusätzlich\\p{L}*|expandier\\p{L}*|beschleunig\\p{L}*|aufstock\\p{L}*|einstellen",
    down: "senk\\p{L}*|reduzier\\p{L}*|verringer\\p{L}*|verkürz\\p{L}*|halbier\\p{L}*|weniger|niedriger\\p{L}*|unter|sinken|minimier\\p{L}*|begrenz\\p{L}*|abbauen|kürz\\p{L}*|drück\\p{L}*|höchstens|maximal|verminder\\p{L}*|abnehmen",
    target:
      "erreich\\p{L}*|halten|hält|beibehalten|sichern|abschließen|schließen|versenden|verschick\\p{L}*|senden|führen|durchführen|vereinbar\\p{L}*|veranstalten|erzielen|realisier\\p{L}*|erfüll\\p{L}*|tätigen|einholen|liefern|besuchen|anrufen|telefonieren|verkauf\\p{L}*|bringen|machen|planen",
    byMarker: "\\bum(?: rund| etwa| ca\\.?)?$",
    toMarker:
      "\\b(?:auf|bis|zu|von|mindestens|höchstens|maximal|unter|über|als|bei|halten|erreichen|auf über|auf unter|auf mindestens|auf rund)$",
    fromMarker: "\\bvon$",
  },
  numbers: {
    words: WORDS,
    joiners: ["und"],
    articles: ["ein", "eine", "einen", "einem", "einer"],
    percent: "prozent\\b|proz\\.|pct\\b",
    countUnit: "mal\\b",
    counts: [
      ["\\beinmal\\b|\\bein mal\\b", 1],
      ["\\bzweimal\\b", 2],
      ["\\bdreimal\\b", 3],
      ["\\bviermal\\b", 4],
    ],
    fractions: [
      ["\\b(?:ein(?:em|en|es)?|1) drittel\\b", 100 / 3],
      ["\\bzwei drittel\\b", 200 / 3],
      ["\\b(?:ein(?:em|en|es)?|1) viertel\\b", 25],
      ["\\bdrei viertel\\b", 75],
      ["\\b(?:ein(?:em|en|es)?|1) fünftel\\b", 20],
      ["\\b(?:ein(?:em|en|es)?|1) zehntel\\b", 10],
    ],
    factors: [
      ["\\bhalbier\\p{L}*|\\bum die hälfte\\b|\\bauf die hälfte\\b", 0.5],
      ["\\bverdoppel\\p{L}*|\\bverdopplung\\b|\\bzweifach\\p{L}*", 2],
      ["\\bverdreifach\\p{L}*|\\bdreifach\\p{L}*", 3],
      ["\\bvervierfach\\p{L}*|\\bvierfach\\p{L}*", 4],
    ],
    multipliers: {
      "mio.": 1e6,
      mio: 1e6,
      millionen: 1e6,
      "mrd.": 1e9,
      mrd: 1e9,
      milliarden: 1e9,
      milliarde: 1e9,
      "tsd.": 1e3,
      tsd: 1e3,
      tausend: 1e3,
    },
  },
};
