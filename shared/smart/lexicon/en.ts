import type { LanguagePack } from "./pack.js";
import { UNIVERSAL_FRAMES } from "./universal.js";

// "sales" is revenue unless it qualifies a non-metric noun: the sales team, a sales presentation.
const SALES_NOT_METRIC =
  "team|teams|rep|reps|representatives?|people|staff|process|processes|presentations?|skills|training|culture|" +
  "department|managers?|and marketing|org|organi[sz]ation|force|approach|strategy|strategies|methods?|methodology|" +
  "techniques?|playbook|tools?|enablement|leaders?|leadership|performance|materials?|collateral|script|scripts|" +
  "coaching|career|practices?|habits|deck|pitch";

const NUM =
  "(?<!\\d)\\d+(?:[.,]\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|" +
  "twenty|thirty|forty|forty-five|fifty|sixty|ninety|a few|few|several|a couple of|couple of";
const MONTHS_SAFE =
  "january|february|april|june|july|august|september|october|november|december|jan|feb|apr|aug|sept|sep|oct|nov|dec";
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
const UNIT = "days?|weeks?|months?|quarters?|years?|hours?|hrs?|minutes?|mins?|seconds?|secs?|business days?";

const WORDS: Record<string, number> = {
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
  one: 1,
};

export const en: LanguagePack = {
  boundary: "word",
  detect:
    "the a an of and to by in on at for with our we us this next last each every within over from than under " +
    "below above at least more less fewer increase increases grow raise boost improve reduce decrease cut lower " +
    "shorten keep maintain reach achieve hit close send make book schedule generate get win sign add halve double " +
    "triple deliver drive bring end year years month months week weeks quarter quarters day days monthly weekly " +
    "daily yearly annual annually quarterly revenue sales customers customer churn new average " +
    "satisfaction calls emails meetings value cost cycle growth be best let's lets it is are will " +
    "all your their my learn play better become one three four five seven eight nine eleven twelve twenty " +
    "thirty forty fifty hundred thousand million billion sell close before after until through during into lose " +
    "gain team sure every per cent percent dollars should must can need",
  spelling: "th|ing$|tion$|ly$|^wh",
  head: "head-last",
  linkers: "",
  fillers:
    "the|a|an|our|my|your|their|its|new|more|additional|extra|existing|paying|active|key|net|total|number|count|of|" +
    "into|in|to|qualified",
  metrics: {
    mrr: "\\bmonthly recurring revenue\\b|\\bmrr\\b",
    arr: "\\bannual recurring revenue\\b|\\barr\\b|\\brecurring revenue\\b",
    arpu: "\\baverage revenue per (?:user|account|customer|client)\\b|\\barp[ua]\\b",
    cac: "\\bcustomer acquisition costs?\\b|\\b(?:cost|costs) (?:of|to|per) (?:acquir\\w*|acquisition|customer|lead|sale|new customer)\\b|\\bacquisition costs?\\b|\\bcac\\b|\\bcpl\\b",
    payback:
      "\\b(?:cac |customer )?payback(?: period| time)?\\b|\\bmonths to (?:recover|pay back) (?:the )?cac\\b|\\bbreak-?even time\\b",
    clv: "\\b(?:customer )?lifetime value\\b|\\bc?ltv\\b|\\bclv\\b",
    rep_turnover:
      "\\b(?:rep|reps|staff|employee|seller|sales ?team|sales ?rep|agent|personnel)s? (?:turnover|attrition)\\b|\\battrition of (?:reps|sellers|staff)\\b",
    churn:
      "\\bchurn\\w*|\\b(?:customer|client|logo|revenue) (?:attrition|loss|losses)\\b|\\battrition\\b|\\bcancell?ations?\\b",
    retention:
      "\\bretention\\b|\\bretain\\w*|\\brenewals?\\b|\\b(?:gross |net )?renewal rates?\\b|\\brepeat (?:customers|purchases|business)\\b",
    expansion:
      "\\bup-?sell\\w*(?: revenue)?|\\bcross-?sell\\w*|\\bexpansion revenue\\b|\\bnet (?:revenue|dollar) retention\\b|\\bnrr\\b|\\bndr\\b|\\bupgrades\\b",
    win_rate:
      "\\bwin[- ]?rates?\\b|\\bwin ratio\\b|\\bclos(?:e|ing) (?:rate|ratio)s?\\b|\\bhit rates?\\b|\\bwin percentage\\b|\\bclos(?:e|ing) [\\d.,]+ ?% of\\b",
    forecast_accuracy:
      "\\bforecast(?:ing)? accuracy\\b|\\bforecast (?:error|variance)\\b|\\baccuracy of (?:the |our )?(?:sales )?forecasts?\\b",
    contact_rate: "\\b(?:connect|contact|connection|pick-?up|reach|dial-to-connect) rates?\\b",
    collection_rate:
      "\\bcollection rates?\\b|\\bcollections? (?:rate|ratio|efficiency)\\b|\\bcash collections?\\b|\\bcollections\\b",
    conversion: "\\bconversion\\w*|\\bconvert\\w*",
    cycle:
      "\\b(?:sales|deal|buying|selling) cycles?\\b|\\bcycle (?:time|length)\\b|\\btime to close\\b|\\bdays to close\\b|\\btime-to-close\\b",
    response_time:
      "\\b(?:lead |first |average |avg )?(?:response|reply) times?\\b|\\btime to (?:respond|reply|first (?:response|reply|contact|touch))\\b|\\bspeed to lead\\b|\\bfirst response\\b|\\b(?:respond|reply|answer)(?:ing)? (?:to )?(?:every |all |each |new |inbound )*(?:leads?|inquiries|enquiries|requests|tickets)\\b",
    deal_size:
      "\\b(?:average |avg )?deal (?:size|value)s?\\b|\\baverage order value\\b|\\baov\\b|\\border value\\b|\\b(?:average |annual )?contract value\\b|\\bacv\\b|\\b(?:basket|ticket|order) size\\b|\\baverage sale\\b",
    market_share: "\\bmarket share\\b|\\bshare of (?:the )?market\\b|\\bshare of wallet\\b",
    quota: "\\bquotas?\\b|\\bquota attainment\\b|\\b(?:sales )?targets? attainment\\b|\\battainment\\b",
    nps: "\\bnet promoter score\\b|\\bnps\\b|\\bpromoter score\\b",
    csat: "\\bcustomer satisfaction\\b|\\bsatisfaction\\b|\\bcsat\\b|\\bcustomer experience score\\b",
    coverage: "\\b(?:pipeline |pipe )?coverage(?: ratio)?\\b",
    leads:
      "\\b(?:qualified |new |inbound |outbound |partner )?leads?\\b|\\bmqls?\\b|\\bsqls?\\b|\\bsals?\\b|\\bprospects?\\b|\\bopportunit(?:y|ies)\\b|\\bopps\\b|\\b(?:sales|marketing)[- ]qualified(?: leads?)?\\b|\\binquiries\\b|\\bsign-?ups\\b|\\b(?:free )?trials?\\b",
    meetings: "\\bmeetings?\\b|\\bappointments?\\b|\\bdiscovery calls?\\b|\\bvisits?\\b|\\bvisit\\b",
    calls: "\\b(?:cold |sales |prospecting |outbound |phone )?calls?\\b|\\bdials?\\b|\\bcall volume\\b",
    emails: "\\be-?mails?\\b|\\b(?:linkedin |outreach )?messages\\b|\\binmails?\\b|\\boutreach\\b",
    demos: "\\bdemos?\\b|\\bdemonstrations?\\b|\\bpresentations?\\b|\\bpitches\\b|\\bwebinars?\\b",
    proposals: "\\bproposals?\\b|\\bquotes\\b|\\bquotations?\\b|\\brfps?\\b|\\btenders?\\b",
    activities:
      "\\bfollow-?ups?\\b|\\btouchpoints?\\b|\\bsales activities\\b|\\bactivities\\b|\\bcontacts\\b|\\bconnections\\b|\\b(?:networking )?events\\b|\\btrade shows\\b",
    deals: "\\bdeals?\\b|\\bcontracts?\\b|\\borders?\\b|\\bsales won\\b|\\bclosed[- ]won\\b|\\bbookings\\b",
    units:
      "\\bunit sales\\b|\\bunits(?: sold)?\\b|\\bsales volume\\b|\\bvolume\\b|\\bseats\\b|\\blicen[cs]es\\b|\\bsubscriptions\\b",
    margin: "\\b(?:gross |net |profit |operating |contribution )?margins?\\b|\\bprofitability\\b|\\bebitda\\b",
    profit: "\\b(?:gross |net |operating )?profits?\\b|\\bearnings\\b|\\bbottom line\\b",
    cost: "\\bcost of sales\\b|\\bsales costs?\\b|\\bcosts?\\b|\\bexpenses?\\b|\\bopex\\b",
    referrals: "\\breferrals?\\b|\\bintroductions\\b|\\btestimonials\\b|\\breviews\\b|\\bcase studies\\b",
    discount: "\\bdiscount\\w*|\\bprice concessions?\\b",
    revenue: `\\brevenues?\\b|\\bnew business\\b|\\bsales\\b(?! (?:${SALES_NOT_METRIC})\\b)|\\bturnover\\b|\\bincome\\b|\\btop[- ]line\\b|\\bgmv\\b|\\bbillings?\\b|\\bgross merchandise\\b`,
    productivity: "\\b(?:sales |team |rep )?productivity\\b|\\befficiency\\b",
    traffic:
      "\\b(?:website |web |site )?traffic\\b|\\b(?:website |site )?visitors\\b|\\bfollowers\\b|\\bimpressions\\b|\\bpage ?views\\b|\\b(?:open|click-through|click) rates?\\b",
    headcount:
      "\\b(?:new )?(?:sales )?(?:reps|representatives|hires|headcount|salespeople|account executives|sdrs|bdrs|aes)\\b",
    markets: "\\b(?:new )?markets?\\b|\\bterritor(?:y|ies)\\b|\\bregions\\b|\\bcountries\\b|\\bverticals\\b",
    customers:
      "\\b(?:new |paying |active )?customers?(?: base| count)?\\b|\\bclients?\\b|\\baccounts?\\b|\\blogos?\\b|\\bbuyers?\\b|\\bsubscribers?\\b|\\busers?\\b",
    pipeline: "\\bpipeline\\w*|\\bfunnel\\b|\\bpipe\\b",
  },
  time: {
    mask: "\\b(?:annual|monthly|yearly) recurring revenue\\b|\\bannual contract value\\b|\\bmonthly active\\b",
    frames: [
      ...UNIVERSAL_FRAMES,
      "\\bfiscal\\b|\\bfinancial year\\b|\\bcalendar year\\b",
      "\\b(?:in|by|before|until|till|through|during|for|end of|since|of|from|to)\\s(?:19|20)\\d{2}\\b",
      `(?:${DAY}\\s(?:of\\s)?)?\\b(?:${MONTHS_SAFE})\\b\\.?(?:\\s${DAY}\\b)?(?:,?\\s\\d{4}\\b)?`,
      `\\b(?:in|by|before|until|till|through|end of|of|from|since|early|late|mid|mid-)\\s(?:may|march|mar|jun|jul)\\b(?:\\s${DAY}\\b)?(?:,?\\s\\d{4}\\b)?`,
      `${DAY}\\s(?:of\\s)?(?:may|march)\\b|\\b(?:may|march)\\s${DAY}\\b`,
      "\\b(?:this|next|last|previous|prior|current|coming|following|each|every|per|a|an|one|first|second|third|fourth|final|the|same|fiscal|calendar|financial)\\s(?:fiscal\\s|calendar\\s|financial\\s|full\\s)?(?:year|quarter|month|week|day|half|semester|period|sprint|season)s?\\b",
      "\\b(?:daily|weekly|bi-?weekly|fortnightly|monthly|bi-?monthly|quarterly|yearly|annual|annually|semi-?annual(?:ly)?|per annum)\\b",
      "\\b(?:year|month|quarter|week)[- ](?:over|on)[- ](?:year|month|quarter|week)\\b|\\b(?:yoy|mom|qoq|wow|ytd|mtd|qtd|eoy|eoq)\\b",
      "\\b(?:year|month|quarter)[- ]to[- ]date\\b|\\byear[- ]end\\b|\\bend of (?:the |this |next )?(?:year|quarter|month|week|day)\\b",
      "\\b(?:by|before|until|in|this|next|over the|during|after|end of)\\s(?:the\\s)?(?:summer|winter|spring|autumn|fall|holidays)\\b",
      "\\bdeadline\\b|\\bby (?:the )?end\\b|\\bby (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
    ],
    durations: `(?:\\b(?<lead>in|within|over|during|for|after|inside|in the next|over the next|within the next|in the coming|over the coming|in the first|the next|the coming|next|past|last|the last|the first|first)\\s)?\\b(?:${NUM})[\\s-](?:${UNIT})\\b`,
    multiYear: "(?:[2-9]|\\d\\d|two|three|four|five|ten)\\s?-?\\s?years?|multi-?year",
    measureBefore:
      "\\b(?:to|under|below|than|at|from|of|by|about|around|max|maximum|most|down to|keep|hold|get|bring)$|[<≤=]$",
  },
  directions: {
    up: "\\b(?:increas\\w*|grow\\w*|rais\\w*|boost\\w*|improv\\w*|expand\\w*|lift\\w*|accelerat\\w*|maximi[sz]\\w*|exceed\\w*|beat|surpass\\w*|add\\w*|gain\\w*|more|higher|doubl\\w*|tripl\\w*|quadrupl\\w*|generat\\w*|driv\\w*|scal\\w*|above|at least|acquir\\w*|sign\\w*|land\\w*|onboard\\w*|win|attract\\w*)\\b",
    down: "\\b(?:reduc\\w*|decreas\\w*|cut\\w*|lower\\w*|shorten\\w*|halv\\w*|less|fewer|declin\\w*|drop\\w*|minimi[sz]\\w*|limit\\w*|cap|down|shrink\\w*|trim\\w*|below|under|eliminat\\w*|at most|no more than)\\b",
    target:
      "\\b(?:reach\\w*|achiev\\w*|hit|attain\\w*|keep\\w*|maintain\\w*|hold\\w*|stay\\w*|get|close|closing|send\\w*|make|book\\w*|schedul\\w*|deliver\\w*|secur\\w*|run|conduct\\w*|complet\\w*|convert\\w*|retain\\w*|target\\w*|sell|earn\\w*|produc\\w*|creat\\w*|arrang\\w*|host\\w*|collect\\w*|obtain\\w*|set|hire|have|ensure|to|visit\\w*|call|bring)\\b",
    byMarker: "\\bby$",
    toMarker: "\\b(?:to|reach|reaching|at|hit|achieve|under|below|above|over|least|most|than|keep|maintain|hold)$",
    fromMarker: "\\bfrom$",
  },
  numbers: {
    words: WORDS,
    joiners: ["and"],
    articles: ["one"],
    percent: "percent\\b|per cent\\b|pct\\b",
    countUnit: "times\\b",
    counts: [
      ["\\bonce\\b", 1],
      ["\\btwice\\b", 2],
      ["\\bthrice\\b", 3],
    ],
    fractions: [
      ["\\b(?:a|one)[- ]third\\b", 100 / 3],
      ["\\btwo[- ]thirds\\b", 200 / 3],
      ["\\b(?:a|one)[- ]fifth\\b", 20],
      ["\\b(?:a|one)[- ]tenth\\b", 10],
      ["\\bthree[- ]quarters\\b", 75],
    ],
    factors: [
      ["\\bcut (?:it |them )?in half\\b|\\bby half\\b|\\bhalv(?:e|es|ed|ing)\\b", 0.5],
      ["\\bdoubl(?:e|es|ed|ing)\\b|\\btwofold\\b", 2],
      ["\\btripl(?:e|es|ed|ing)\\b|\\btrebl(?:e|es|ed|ing)\\b|\\bthreefold\\b", 3],
      ["\\bquadrupl(?:e|es|ed|ing)\\b|\\bfourfold\\b", 4],
    ],
  },
};
