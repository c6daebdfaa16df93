import type { LanguagePack } from "./pack.js";
import { UNIVERSAL_FRAMES } from "./universal.js";

const NUM =
  "(?<!\\d)\\d+(?:[.,]\\d+)?|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|achttien|twintig|" +
  "dertig|veertig|vijftig|zestig|negentig|enkele|een paar|paar|anderhalf|anderhalve";
const MONTHS =
  "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec";

const UNITS = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"];
const TENS: Record<string, number> = {
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
};
const WORDS: Record<string, number> = {
  een: 1,
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
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  honderd: 100,
  duizend: 1e3,
  miljoen: 1e6,
  miljard: 1e9,
  ...TENS,
};
// Dutch writes 25 as one word, unit first (vijfentwintig), and hundreds and thousands too (tweehonderd).
UNITS.forEach((unit, i) => {
  WORDS[`${unit}honderd`] = (i + 1) * 100;
  WORDS[`${unit}duizend`] = (i + 1) * 1000;
  for (const [tens, value] of Object.entries(TENS))
    WORDS[`${unit}${unit.endsWith("e") ? "ën" : "en"}${tens}`] = value + i + 1;
});

export const nl: LanguagePack = {
  boundary: "word",
  metricBoundary: "compound",
  detect:
    "de het een van en met tot naar voor vóór in op bij uit om te we wij ons onze dit deze die dat binnen meer " +
    "minder dan onder boven minstens ten opzichte verhoog verhogen verlaag verlagen verminder verminderen verbeter " +
    "verbeteren behaal behalen bereik bereiken houd houden breng terug laten gaan worden beter zijn is wordt " +
    "maand maanden jaar jaren kwartaal kwartalen week weken dag dagen maandelijks maandelijkse jaarlijks " +
    "jaarlijkse wekelijks wekelijkse dagelijks omzet klanten klant klantverloop verkoop verkopen aantal nieuwe " +
    "gemiddelde per elke iedere eind einde zes drie vier vijf twee tien twintig miljoen duizend verdubbelen " +
    "halveren stuur sturen plan plannen sluit sluiten genereer genereren winst marge tevredenheid tijd zeven acht " +
    "negen elf twaalf dertig veertig vijftig honderd miljard winnen behalen laat zorg elk haal je keer boekjaar",
  spelling: "ij|aa|uu|oe|eer$|^ge[a-z]{4,}d$",
  head: "head-last",
  linkers: "",
  fillers:
    "de|het|een|onze|ons|mijn|je|jouw|uw|hun|nieuwe|meer|extra|aantal|bestaande|betalende|actieve|van|naar|in|" +
    "gekwalificeerde|zakelijke",
  notAMetric: "verkoopteam\\p{L}*|verkoopproces\\p{L}*|verkooptraining\\p{L}*|verkoopvaardigheden",
  metrics: {
    mrr: "maandelijks(?:e)? terugkerende (?:omzet|inkomsten)|\\bmrr\\b",
    arr: "jaarlijks(?:e)? terugkerende (?:omzet|inkomsten)|terugkerende omzet|\\barr\\b",
    arpu: "gemiddelde omzet per (?:klant|gebruiker|account)|\\barp[ua]\\b",
    cac: "klantacquisitiekosten|acquisitiekosten|kosten per (?:klant|lead|nieuwe klant)|\\bcac\\b",
    payback: "terugverdientijd|terugverdienperiode|payback(?:periode|tijd)?",
    clv: "klantwaarde|customer lifetime value|lifetime value|\\bclv\\b|\\bltv\\b",
    rep_turnover:
      "personeelsverloop|verloop van (?:verkopers|medewerkers|vertegenwoordigers|personeel)|verkopersverloop|medewerkersverloop",
    churn: "klantverloop|verloop|churn|opzeggingen|klantuitval|uitval",
    retention: "klantbehoud|retentie|behoud|verlenging\\p{L}*|herhaalaankopen",
    expansion: "upsell\\p{L}*(?:-?omzet)?|cross-?sell\\p{L}*|uitbreidingsomzet|upgrades",
    win_rate:
      "winstpercentage|win ?rate|hit ?rate|hit ?ratio|sluitingspercentage|scoringspercentage|slagingspercentage|succespercentage",
    forecast_accuracy:
      "forecast ?nauwkeurigheid|voorspellingsnauwkeurigheid|forecastbetrouwbaarheid|nauwkeurigheid van (?:de |onze )?(?:forecast|prognose|voorspelling)\\p{L}*",
    contact_rate: "connect ?rate|contact ?rate|bereikbaarheidspercentage|bereikpercentage|contactratio",
    collection_rate: "incasso(?:percentage|ratio|graad)|inningspercentage|debiteureninning",
    conversion: "conversie\\p{L}*|\\bconverteren\\b|omzetten naar",
    cycle: "verkoopcyclus|salescyclus|verkoopproces duur|doorlooptijd|\\bcyclus\\b|cyclustijd",
    response_time:
      "(?:eerste |gemiddelde )?(?:reactie|respons|antwoord)tijd|reactiesnelheid|tijd tot (?:de )?eerste (?:reactie|respons|antwoord)",
    deal_size:
      "dealgrootte|dealomvang|dealwaarde|orderwaarde|contractwaarde|ordergrootte|gemiddelde order|gemiddelde deal",
    market_share: "marktaandeel",
    quota:
      "\\bquota\\b|\\bquotum\\b|targetrealisatie|verkoopdoelstelling\\p{L}*|\\b(?:verkoop|sales|jaar|kwartaal|omzet)?targets?\\b",
    nps: "\\bnps\\b|net promoter",
    csat: "klanttevredenheid|tevredenheid\\p{L}*|\\bcsat\\b",
    coverage: "pipeline ?dekking|pijplijndekking|dekkingsgraad|\\bcoverage\\b",
    leads:
      "leads?\\b|\\bmql'?s?\\b|\\bsql'?s?\\b|prospects?|verkoopkansen|\\bkansen\\b|opportunities|aanvragen|aanmeldingen|proefabonnementen",
    meetings:
      "afspraken|afspraak|meetings?|bijeenkomsten|klantbezoek(?:en)?|bezoeken|kennismakingsgesprekken|verkoopgesprekken|gesprekken",
    calls:
      "belletjes|telefoontjes|telefoongesprekken|\\bcalls?\\b|belrondes|koude acquisitie\\p{L}*|acquisitiegesprek\\p{L}*|\\bbel\\b|\\bbellen\\b",
    emails: "e-?mails?|mail(?:s|tjes)?\\b|berichten|nieuwsbrieven",
    demos: "\\bdemo'?s?\\b|demonstraties?|presentaties?|webinars?",
    proposals: "offertes?|voorstellen|aanbestedingen",
    activities: "follow-?ups?|contactmomenten|activiteiten|\\bcontacten\\b",
    deals: "\\bdeals?\\b|contracten|\\bcontract\\b|\\borders?\\b|bestellingen|opdrachten",
    units: "verkoopvolume|eenheden|\\bstuks\\b|licenties|abonnementen|\\bvolume\\b",
    margin: "marge\\p{L}*|winstmarge|brutomarge|rentabiliteit|winstgevendheid",
    profit: "\\bwinst\\b|brutowinst|nettowinst|bedrijfsresultaat",
    cost: "kosten|uitgaven|verkoopkosten",
    referrals: "doorverwijzingen|referrals?|aanbevelingen|referenties|reviews",
    discount: "korting\\p{L}*",
    revenue:
      "omzet\\p{L}*|nieuwe business|inkomsten|opbrengst\\p{L}*|\\b(?:de|onze|totale|netto|bruto|jaarlijkse|maandelijkse|wekelijkse|online|gemiddelde|zakelijke) verko(?:op|pen)\\b(?!-)|verkoopcijfers|verkoopomzet|\\bverkoop (?:van|per|met|in|naar)\\b",
    productivity: "productiviteit|efficiëntie",
    traffic: "websiteverkeer|webverkeer|\\bverkeer\\b|bezoekers|volgers|paginaweergaven|openratio|klikratio",
    headcount: "\\b(?:nieuwe )?(?:verkopers|vertegenwoordigers|accountmanagers|medewerkers|fte)\\b",
    markets: "\\b(?:nieuwe )?markt(?:en)?\\b|\\bregio'?s\\b|\\blanden\\b",
    customers: "klanten(?:bestand|basis|aantal)?|\\bklant\\b|accounts?|afnemers|abonnees|gebruikers|\\bleden\\b",
    pipeline: "pijplijn|pipeline|funnel|trechter",
  },
  time: {
    mask: "\\b(?:jaarlijks|maandelijks)e? terugkerende (?:omzet|inkomsten)\\b",
    frames: [
      ...UNIVERSAL_FRAMES,
      "\\b(?:in|voor|vóór|tegen|eind|einde|begin|medio|uiterlijk|per|sinds|tot)\\s(?:19|20)\\d{2}\\b",
      `(?:\\b\\d{1,2}\\s)?\\b(?:${MONTHS})\\b\\.?(?:\\s\\d{4}\\b)?`,
      "(?<!\\d[\\s-]?)\\b(?:boek|kalender|half|begrotings)?jaar\\p{L}*(?:\\s(?:19|20)\\d{2}\\b)?",
      "(?<!\\d[\\s-]?)\\bjaren\\b",
      "(?<!\\d[\\s-]?)\\bmaand\\p{L}*",
      "(?<!\\d[\\s-]?)\\bkwarta(?:a)?l\\p{L}*",
      "(?<!\\d[\\s-]?)\\b(?:week|weken|wekelijks\\p{L}*)\\b",
      "(?<!\\d[\\s-]?)\\b(?:dag|dagen|dagelijks\\p{L}*)\\b",
      "\\b(?:voor|vóór|na|in|deze|komende|volgende|tijdens|eind)\\s(?:de\\s|het\\s)?(?:zomer|winter|lente|voorjaar|najaar|herfst|feestdagen)\\b",
      "\\bdeadline\\b|\\buiterlijk\\b|\\b(?:jaar|maand|kwartaal)-op-(?:jaar|maand|kwartaal)\\b",
    ],
    durations: `(?:\\b(?<lead>in|binnen|over|na|gedurende|de komende|komende|de volgende|de eerste|in de komende|binnen de komende|in de eerste|de afgelopen|afgelopen)\\s)?\\b(?:${NUM})[\\s-](?:dagen|dag|weken|week|maanden|maand|kwartalen|kwartaal|jaren|jaar|uur|uren|minuten|minuut|seconden|werkdagen)\\b`,
    multiYear: "(?:[2-9]|\\d\\d|twee|drie|vier|vijf|tien)\\s?(?:jaar|jaren)|meerjarig",
    measureBefore: "\\b(?:tot|naar|op|onder|boven|dan|van|met|maximaal|hooguit|hoogstens)(?: de)?$|[<≤=]$",
  },
  directions: {
    up: "\\b(?:verho\\p{L}*|verbeter\\p{L}*|vergro\\p{L}*|groei\\p{L}*|stij\\p{L}*|toename|meer|hoger|uitbrei\\p{L}*|verdubbel\\p{L}*|boost\\p{L}*|maximali\\p{L}*|opschal\\p{L}*|boven|minstens|ten minste|tenminste|werf|werven|binnenhalen|win|winnen|aantrekken|trek\\p{L}*)\\b",
    down: "\\b(?:verla\\p{L}*|verminder\\p{L}*|verkort\\p{L}*|reduc\\p{L}*|daling|terug\\p{L}*|minder|lager|onder|beperk\\p{L}*|halve\\p{L}*|omlaag|da(?:a)?l\\p{L}*|minimali\\p{L}*|hooguit|maximaal)\\b",
    target:
      "\\b(?:behaal\\p{L}*|bereik\\p{L}*|houd|houden|hou|blijf|blijven|haal|halen|sluit\\p{L}*|stuur|sturen|verstuur\\p{L}*|plan|plannen|genereer\\p{L}*|maak|maken|realiseer\\p{L}*|voer\\p{L}*|organiseer\\p{L}*|pleeg|plegen|bel|bellen|verkopen|verwelkom\\p{L}*|tot|naar|zorg|krijg\\p{L}*|laat|laten)\\b",
    byMarker: "\\bmet$",
    toMarker: "\\b(?:tot|naar|op|van|minstens|maximaal|onder|boven|dan|houd|houden)(?: de)?$",
    fromMarker: "\\bvan$",
  },
  numbers: {
    words: WORDS,
    joiners: ["en"],
    articles: ["een"],
    percent: "procent\\b|pct\\b",
    countUnit: "keer\\b|maal\\b",
    counts: [
      ["\\b(?:één|een) ?(?:keer|maal)\\b|\\beenmaal\\b", 1],
      ["\\btweemaal\\b", 2],
    ],
    fractions: [
      ["\\been derde\\b", 100 / 3],
      ["\\btwee derde\\b", 200 / 3],
      ["\\been kwart\\b", 25],
      ["\\bdrie kwart\\b", 75],
      ["\\been vijfde\\b", 20],
      ["\\been tiende\\b", 10],
    ],
    factors: [
      ["\\bhalver(?:en|ing|t)\\b|\\bhalveer\\b|\\bmet de helft\\b|\\bhalf zo\\b", 0.5],
      ["\\bverdubbel(?:en|ing|t|d)?\\b|\\btwee keer zo\\b", 2],
      ["\\bverdrievoudig(?:en|ing|t|d)?\\b|\\bdrie keer zo\\b", 3],
      ["\\bverviervoudig(?:en|ing|t|d)?\\b", 4],
    ],
    multipliers: { duizend: 1e3, miljoen: 1e6, mio: 1e6, miljard: 1e9, mld: 1e9 },
  },
};
