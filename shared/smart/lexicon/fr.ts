import type { LanguagePack } from "./pack.js";
import { UNIVERSAL_FRAMES } from "./universal.js";

const NUM =
  "(?<!\\d)\\d+(?:[.,]\\d+)?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|dix-huit|vingt|" +
  "trente|quarante|soixante|quatre-vingt-dix|quelques|plusieurs";
const MONTHS =
  "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv|févr|sept|oct|nov|déc";
const PERIOD = "année|an|trimestre|mois|semaine|jour|semestre|exercice|période";

const WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  "soixante-dix": 70,
  "quatre-vingt": 80,
  "quatre-vingts": 80,
  "quatre-vingt-dix": 90,
  cent: 100,
  cents: 100,
  mille: 1e3,
  million: 1e6,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
};
// 71–79 and 91–99 count on from soixante and quatre-vingt (soixante-quinze = 75, quatre-vingt-quinze = 95).
for (const [unit, value] of [
  ["onze", 11],
  ["douze", 12],
  ["treize", 13],
  ["quatorze", 14],
  ["quinze", 15],
  ["seize", 16],
  ["dix-sept", 17],
  ["dix-huit", 18],
  ["dix-neuf", 19],
] as const) {
  WORDS[`soixante-${unit}`] = 60 + value;
  WORDS[`quatre-vingt-${unit}`] = 80 + value;
}

export const fr: LanguagePack = {
  boundary: "word",
  detect:
    "le la les l' un une des de du d' et ou à au aux en par pour sur sous avec dans d'ici avant après chaque ce " +
    "cette ces notre nos mois année l'année an ans l'an trimestre semaine semaines jour jours semestre exercice " +
    "l'exercice chiffre d'affaires clients augmenter réduire améliorer atteindre maintenir signer plus moins que " +
    "qui est être faire fin début millions euros taux commerciaux commerciale équipe deux trois quatre cinq dix " +
    "vingt cent mille porter passer d'un d'une prochain prochaine organiser envoyer réaliser faire signer obtenir contacter appeler recruter vendre doubler tripler porter passer ramener garder tenir diminuer baisser six sept huit neuf onze douze quinze trente quarante webinaires appels rendez-vous propositions contrats devenir meilleure apprendre perdre été hiver printemps automne avant fin début pendant dans d'ici l'été l'an l'exercice s'implanter l'équipe l'ambiance l'accent l'objectif",
  spelling: "eau|eux|ç|è|ê|ë|œ|^qu'|^l'|^d'|ment$|ée$|aire$",
  head: "head-first",
  linkers: "de|du|des|d'|de la|de l'|à|au|aux|en|par|sur",
  fillers:
    "les|le|la|l'|des|de|du|d'|nos|notre|nouveaux|nouvelles|nouveau|nouvelle|plus|davantage|nombre|un|une|en|sur|" +
    "actifs|payants|qualifiés",
  notAMetric:
    "équipes? (?:de )?ventes?|équipes? commerciales?|force de vente|processus (?:de vente|commercial)|stratégie commerciale|techniques de vente|formation commerciale|présentation commerciale",
  metrics: {
    mrr: "revenus? récurrents? mensuels?|\\bmrr\\b",
    arr: "revenus? récurrents? annuels?|revenus? récurrents?|\\barr\\b",
    arpu: "revenu moyen par (?:utilisateur|client|compte)|\\barp[ua]\\b",
    cac: "coûts? d'acquisition(?: client| clients| d'un client| par client)?|coût par (?:client|lead|acquisition)|\\bcac\\b|\\bcpl\\b",
    payback:
      "délai de (?:récupération|retour sur investissement|rentabilisation|remboursement)(?: du cac)?|période de (?:récupération|retour)|payback",
    clv: "valeur (?:vie|à vie|de vie) (?:du |des )?clients?|valeur vie client|customer lifetime value|\\bclv\\b|\\bltv\\b",
    rep_turnover:
      "turn-?over(?: des| de l'équipe| du personnel| commercial)?\\p{L}*|rotation (?:du personnel|des commerciaux|des effectifs)",
    churn:
      "taux d'attrition|attrition|taux de (?:churn|résiliation|désabonnement|perte de clients)|churn|résiliations|désabonnements|perte de clients",
    retention:
      "taux de (?:rétention|renouvellement|fidélisation|réachat)|rétention|renouvellements?|fidélisation|fidéliser|réachat",
    expansion:
      "chiffre d'affaires (?:d'|de l')?(?:upsell|upselling|expansion)|upsell\\p{L}*|up-?selling|cross-?selling|ventes? additionnelles?|ventes? croisées?|montée en gamme|\\bnrr\\b",
    win_rate:
      "taux de (?:closing|signature|gain|réussite|succès|conclusion)|win rate|ratio de closing|taux de transformation des opportunités",
    forecast_accuracy:
      "(?:précision|fiabilité|exactitude) (?:des|de la|du) (?:prévisions?|forecast|prévisionnel)(?: de ventes?| commerciales?)?",
    contact_rate: "taux de (?:joignabilité|contact|décroché|connexion|mise en relation)|joignabilité",
    collection_rate: "taux de recouvrement|recouvrement(?: des créances)?|taux d'encaissement",
    conversion: "taux de (?:conversion|transformation)|conversions?|convertir",
    cycle: "cycles? de vente|durée (?:du|de) cycle|délai (?:moyen )?de (?:closing|signature|conclusion)",
    response_time: "(?:délai|temps) (?:moyen )?de (?:première )?réponse|(?:délai|temps) de réaction|réactivité",
    deal_size:
      "panier moyen|valeur moyenne (?:des|d'une|par) (?:commandes?|contrats?|affaires?|deals?|ventes?)|taille (?:moyenne )?des (?:contrats|affaires|deals)|ticket moyen|montant moyen (?:des|par) (?:contrats|commandes|affaires)",
    market_share: "parts? de marché",
    quota: "quotas?|objectifs? (?:commerciaux|de vente|de ventes|de chiffre d'affaires)|atteinte (?:du|des) quotas?",
    nps: "net promoter score|\\bnps\\b",
    csat: "satisfaction(?: client| des clients| de la clientèle)?|\\bcsat\\b",
    coverage: "couverture (?:du |de )?(?:pipeline|pipe|portefeuille)|taux de couverture|couverture",
    leads:
      "leads?|prospects?|opportunités|contacts qualifiés|\\bmqls?\\b|\\bsqls?\\b|demandes entrantes|inscriptions|essais gratuits",
    meetings: "rendez-vous|\\brdv\\b|réunions|réunion|visites|visite|rendre visite|entretiens",
    calls: "appels?(?: de prospection| sortants| à froid)?|coups de fil|appeler|téléphoner",
    emails: "e-?mails?|courriels?|\\bmails?\\b|messages",
    demos: "démos?|démonstrations?|présentations?|webinaires?|webinars?",
    proposals: "propositions?(?: commerciales?)?|devis|appels d'offres|offres",
    activities: "relances|suivis?|activités|points de contact|actions commerciales|salons|événements",
    deals: "contrats|contrat|affaires|deals?|commandes|signatures|ventes conclues|prises de commandes",
    units: "unités(?: vendues)?|volumes? de ventes?|licences|abonnements",
    margin: "taux de marge|marges?(?: brute| nette| commerciale| opérationnelle)?|rentabilité|\\bebitda\\b",
    profit: "bénéfices?(?: net| brut)?|résultat(?: net| d'exploitation)?|profits?",
    cost: "coûts?|dépenses|frais|charges",
    referrals: "recommandations|recommandation|parrainages|références|avis clients?|témoignages",
    discount: "remises?|rabais|ristournes?",
    revenue: "chiffres? d'affaires|\\bca\\b|revenus?|recettes|ventes|nouveau business|nouvelles affaires",
    productivity: "productivité|efficacité",
    traffic: "trafic(?: du site| web| sur le site)?|visiteurs|followers|taux d'ouverture|taux de clics",
    headcount: "(?:nouveaux )?(?:commerciaux|vendeurs|sdrs?|bdrs?|chargés d'affaires|ingénieurs commerciaux|recrues)",
    markets: "marchés?|régions|pays|territoires",
    customers: "clients?|comptes(?: clés)?|grands comptes|abonnés|utilisateurs|acheteurs|clientèle",
    pipeline: "pipeline|\\bpipe\\b|entonnoir(?: de vente)?|portefeuille d'opportunités",
  },
  time: {
    mask: "revenus? récurrents? (?:mensuels?|annuels?)",
    frames: [
      ...UNIVERSAL_FRAMES,
      `\\b(?:(?:d'ici|avant|pour|jusqu'à|jusqu'au|dès|courant)\\s)?(?:(?:la\\s)?(?:fin|début|mi)\\s?-?\\s?(?:de\\s|d')?)?(?:le\\s|la\\s|l')?(?:\\d{1,2}(?:er)?\\s)?(?:${MONTHS})\\b(?:\\s\\d{4})?`,
      `(?:\\b\\d{1,2}(?:er)?\\s)?\\b(?:${MONTHS})\\b(?:\\s\\d{4})?`,
      "\\b(?:en|d'ici|avant|pour|fin|début|depuis|sur)\\s(?:fin\\s)?(?:19|20)\\d{2}\\b",
      `\\b(?:ce|cette|cet|prochain|prochaine|chaque|par|le|la|l'|au|du|de l'|premier|première|second|seconde|deuxième|troisième|quatrième|dernier|dernière|tout le|toute l'|l'ensemble de l')\\s?(?:${PERIOD})s?\\b`,
      "\\b(?:le |l')?(?:trimestre|mois|semestre|année|an|exercice) (?:prochain|prochaine|suivant|suivante|en cours|dernier|dernière)\\b",
      "\\b(?:mensuel(?:le)?s?|mensuellement|hebdomadaires?|hebdomadairement|quotidien(?:ne)?s?|quotidiennement|annuel(?:le)?s?|annuellement|trimestriel(?:le)?s?|trimestriellement|semestriel(?:le)?s?)\\b",
      "\\bd'une année sur l'autre\\b|\\ben glissement annuel\\b|\\bsur un an\\b|\\bpar rapport à l'an(?:née)? (?:dernier|dernière|précédent|précédente|passé|passée)\\b",
      "\\b(?:fin|début|milieu|clôture)\\s(?:de l'|d'|du|de la)\\s?(?:année|exercice|trimestre|mois|semestre)\\b|\\bfin d'année\\b|\\bd'ici la fin\\b",
      "\\bexercice(?:\\s(?:\\d{4}(?:-\\d{2,4})?|fiscal|en cours))?\\b|\\bannée fiscale\\b",
      "\\bt[1-4]\\b(?:\\s\\d{4})?|\\bs[12]\\b(?:\\s\\d{4})?",
      "\\b(?:avant|d'ici|pendant|cet|cette|pour|après)\\s(?:l'|le\\s|la\\s)?(?:été|hiver|printemps|automne)\\b",
      "\\béchéance\\b|\\bdate limite\\b",
    ],
    durations: `(?:\\b(?<lead>en|dans|d'ici|pendant|au cours des|au cours de|dans les|sur les|sur|d'ici à|en l'espace de|après|les|les prochains|les prochaines|dans les prochains|dans les prochaines)\\s)?\\b(?:${NUM})\\s(?:jours?|semaines?|mois|trimestres?|ans|années?|heures?|minutes?|secondes?|jours ouvrés)\\b`,
    multiYear: "(?:[2-9]|\\d\\d|deux|trois|quatre|cinq|dix)\\s?(?:ans|années)|pluriannuel",
    measureBefore:
      "\\b(?:à|a|de|sous|en dessous de|au-dessous de|moins de|plus de|au maximum|maximum|au plus|jusqu'à|inférieur à|supérieur à)$|[<≤=]$",
  },
  directions: {
    up: "augment\\p{L}*|accroît\\p{L}*|accroitre|accroiss\\p{L}*|amélior\\p{L}*|hausse|croître|croitre|croissance|développ\\p{L}*|doubl\\p{L}*|tripl\\p{L}*|quadrupl\\p{L}*|boost\\p{L}*|maximis\\p{L}*|élarg\\p{L}*|plus|davantage|supérieur\\p{L}*|au moins|au-dessus|dépasser|dépasse|gagner|gagne|conquérir|acquérir|générer|génère|attirer|recruter|porter|relever|progresser|accélérer|ajouter",
    down: "rédui\\p{L}*|réduction|diminu\\p{L}*|baiss\\p{L}*|abaiss\\p{L}*|limit\\p{L}*|ramen\\p{L}*|raccourc\\p{L}*|minimis\\p{L}*|moins|inférieur\\p{L}*|sous|en dessous|au plus|au maximum|diviser|divise|contenir|maîtriser",
    target:
      "atteindre|atteint|maintenir|maintien\\p{L}*|garder|tenir|conserver|signer|signe|conclure|envoyer|envoie|passer|mener|organiser|planifier|décrocher|obtenir|obtient|assurer|vendre|contacter|appeler|rendre visite|visiter|fidéliser|faire|implanter|réaliser|réalise",
    byMarker: "\\b(?:de|d'environ|d'au moins)$",
    toMarker:
      "\\b(?:à|a|jusqu'à|au|sous|au-dessus de|au-delà de|en dessous de|au moins|au plus|plus de|moins de|supérieur à|inférieur à|atteindre|maintenir|garder)$",
    fromMarker: "\\b(?:de|d')$",
  },
  numbers: {
    words: WORDS,
    joiners: ["et"],
    articles: ["un", "une"],
    percent: "pour ?-?cent\\b",
    countUnit: "fois\\b",
    counts: [["\\bune fois\\b", 1]],
    fractions: [
      ["\\bun tiers\\b", 100 / 3],
      ["\\bdeux tiers\\b", 200 / 3],
      ["\\bun quart\\b", 25],
      ["\\btrois quarts\\b", 75],
      ["\\bun cinquième\\b", 20],
      ["\\bun dixième\\b", 10],
    ],
    factors: [
      ["\\bde moitié\\b|\\bpar deux\\b|\\bmoitié moins\\b", 0.5],
      ["\\bdoubl\\p{L}*|\\bdeux fois plus\\b", 2],
      ["\\btripl\\p{L}*|\\btrois fois plus\\b", 3],
      ["\\bquadrupl\\p{L}*|\\bquatre fois plus\\b", 4],
    ],
    multipliers: { millions: 1e6, milliards: 1e9, milliard: 1e9, md: 1e9, mds: 1e9, mille: 1e3 },
  },
};
