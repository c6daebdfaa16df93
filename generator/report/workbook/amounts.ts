/**
 * Amounts written as text, as exports and people write them: "$1,200.00", "€ 950,00", "USD 1,200",
 * "1.234.567,89 €", "(1,200.00)" (an accounting negative), "-1 200,50", "CHF 1'250.00". The currency, when
 * written, is kept so a column can be checked for a single currency; the decimal separator is decided per
 * value when the value shows it, and per column when it does not (see NumberColumn in columns.ts).
 */

/** What one amount text says. */
export interface AmountText {
  /** The value read the usual way (point decimal, comma thousands). */
  readonly value: number;
  /** The currency marker as a set of ISO codes it may mean ("$" may be USD, CAD, AUD…). */
  readonly currency?: readonly string[];
  /** The marker as written ("$", "EUR"), for messages. */
  readonly marker?: string;
  /** The decimal separator the text shows for sure, when it shows one. */
  readonly decimal?: "." | ",";
  /** "1,200" or "1.200": either a thousands separator or a decimal one; both readings are kept. */
  readonly ambiguous?: { readonly separator: "." | ","; readonly asThousands: number; readonly asDecimal: number };
}

/** Currency symbols and the ISO 4217 codes each may stand for. */
const SYMBOLS: Readonly<Record<string, readonly string[]>> = {
  $: ["USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"],
  US$: ["USD"],
  A$: ["AUD"],
  C$: ["CAD"],
  NZ$: ["NZD"],
  HK$: ["HKD"],
  R$: ["BRL"],
  "€": ["EUR"],
  "£": ["GBP"],
  "¥": ["JPY", "CNY"],
  "￥": ["JPY", "CNY"],
  元: ["CNY"],
  "₹": ["INR"],
  "₩": ["KRW"],
  "₽": ["RUB"],
  "₺": ["TRY"],
  "₪": ["ILS"],
  "₫": ["VND"],
  "₱": ["PHP"],
  "₦": ["NGN"],
  "₴": ["UAH"],
  zł: ["PLN"],
  kr: ["SEK", "NOK", "DKK", "ISK"],
  Fr: ["CHF"],
  "د.إ": ["AED"],
  "ر.س": ["SAR"],
};

const CODE = /^[A-Z]{3}$/;
/** Codes that look like currency codes but are words people put next to numbers. */
const NOT_CODES = new Set(["AND", "THE", "FOR", "PER", "EST", "TBD"]);

/** Parse an amount text; undefined when it is not one. */
export function parseAmountText(text: string): AmountText | undefined {
  let s = text.trim().replace(/[\u00a0\u202f\u2009]/g, " ");
  if (s === "" || s.length > 40) return undefined;
  let negative = false;
  const parenthesised = /^\((.*)\)$/.exec(s);
  if (parenthesised) {
    negative = true;
    s = (parenthesised[1] as string).trim();
  }
  let marker: string | undefined;
  // The marker may stand before or after the number, with or without a space, and a sign may stand on either
  // side of a leading marker ("-$1,200", "$-1,200").
  const sign = /^[-−–]\s*/.exec(s);
  if (sign) {
    negative = !negative;
    s = s.slice(sign[0].length);
  }
  const lead = /^([A-Za-z]{3}|[A-Z]{1,2}\$|[^\d\s.,()'+\-−–]{1,3})\s*/.exec(s);
  if (lead && /\d/.test(s.slice(lead[0].length, lead[0].length + 2))) {
    marker = lead[1];
    s = s.slice(lead[0].length);
  }
  const signAfter = /^[-−–]\s*/.exec(s);
  if (signAfter && !sign) {
    negative = !negative;
    s = s.slice(signAfter[0].length);
  }
  const trail = /\s*([A-Za-z]{3}|[^\d\s.,()'+\-−–]{1,3})$/.exec(s);
  if (!marker && trail && /\d$/.test(s.slice(0, s.length - trail[0].length))) {
    marker = trail[1];
    s = s.slice(0, s.length - trail[0].length);
  }
  if (s.startsWith("+") && !negative) s = s.slice(1);
  const currency = marker === undefined ? undefined : currencyOf(marker);
  if (marker !== undefined && currency === undefined) return undefined;
  const number = readNumber(s);
  if (!number) return undefined;
  const signed = (n: number) => (negative ? -n : n);
  return {
    value: signed(number.value),
    ...(currency ? { currency, marker: marker as string } : {}),
    ...(number.decimal ? { decimal: number.decimal } : {}),
    ...(number.ambiguous
      ? {
          ambiguous: {
            separator: number.ambiguous.separator,
            asThousands: signed(number.ambiguous.asThousands),
            asDecimal: signed(number.ambiguous.asDecimal),
          },
        }
      : {}),
  };
}

/** Currency names as some CRMs export them in a currency column (Dynamics 365: "US Dollar"). */
const NAMES: Readonly<Record<string, string>> = {
  "us dollar": "USD",
  "u.s. dollar": "USD",
  "united states dollar": "USD",
  euro: "EUR",
  "pound sterling": "GBP",
  "british pound": "GBP",
  "canadian dollar": "CAD",
  "australian dollar": "AUD",
  "new zealand dollar": "NZD",
  "swiss franc": "CHF",
  "japanese yen": "JPY",
  "chinese yuan": "CNY",
  "yuan renminbi": "CNY",
  "indian rupee": "INR",
  "swedish krona": "SEK",
  "norwegian krone": "NOK",
  "danish krone": "DKK",
  "singapore dollar": "SGD",
  "hong kong dollar": "HKD",
  "brazilian real": "BRL",
  "mexican peso": "MXN",
  "uae dirham": "AED",
  "saudi riyal": "SAR",
};

/** A currency column's cell: an ISO code ("eur") or a currency's English name ("US Dollar"). */
export function currencyCode(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^[A-Za-z]{3}$/.test(trimmed)) return trimmed.toUpperCase();
  return NAMES[trimmed.toLowerCase().replace(/\s+/g, " ")];
}

/** The ISO codes a marker may mean, or undefined when it is no currency we know. */
export function currencyOf(marker: string): readonly string[] | undefined {
  const upper = marker.toUpperCase();
  if (CODE.test(upper) && !NOT_CODES.has(upper)) return [upper];
  return SYMBOLS[marker] ?? SYMBOLS[marker.toLowerCase()] ?? SYMBOLS[marker.replace(/\.$/, "")];
}

interface ReadNumber {
  value: number;
  decimal?: "." | ",";
  ambiguous?: { separator: "." | ","; asThousands: number; asDecimal: number };
}

/** Digits with thousands and decimal separators; the separators' roles are decided from their positions. */
function readNumber(s: string): ReadNumber | undefined {
  if (!/^[\d.,' ]+$/.test(s) || !/^\d|^[.,]\d/.test(s) || !/\d$/.test(s)) return undefined;
  const dots = count(s, ".");
  const commas = count(s, ",");
  const grouped = (body: string, separator: string) =>
    body.split(separator).every((group, i) => (i === 0 ? /^\d{1,3}$/.test(group) : /^\d{3}$/.test(group)));
  const spaced = /[' ]/.test(s);
  if (spaced && !grouped(s.replace(/[.,]\d*$/, ""), s.includes("'") ? "'" : " ")) return undefined;
  const bare = s.replace(/[' ]/g, "");
  if (dots > 0 && commas > 0) {
    const decimal = bare.lastIndexOf(".") > bare.lastIndexOf(",") ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    const [whole, fraction] = [bare.slice(0, bare.lastIndexOf(decimal)), bare.slice(bare.lastIndexOf(decimal) + 1)];
    if (count(fraction, thousands) > 0 || count(whole, decimal) > 0 || !grouped(whole, thousands)) return undefined;
    return { value: Number(`${whole.split(thousands).join("")}.${fraction}`), decimal };
  }
  const separator = dots > 0 ? "." : commas > 0 ? "," : undefined;
  if (separator === undefined) return { value: Number(bare) };
  const n = separator === "." ? dots : commas;
  if (n > 1) {
    // "1.234.567" or "1,234,567": only thousands separators.
    return grouped(bare, separator)
      ? { value: Number(bare.split(separator).join("")), decimal: separator === "." ? "," : "." }
      : undefined;
  }
  const [whole, fraction] = bare.split(separator) as [string, string];
  const asDecimal = Number(`${whole === "" ? "0" : whole}.${fraction}`);
  // Exactly three digits after a single separator, after one to three digits that do not start with 0: either
  // reading is a number ("1,200" is 1200 in Boston and 1.2 in Berlin).
  if (fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole) && !spaced)
    return {
      value: separator === "," ? Number(whole + fraction) : asDecimal,
      ambiguous: { separator, asThousands: Number(whole + fraction), asDecimal },
    };
  if (spaced && fraction.length === 3) return undefined;
  return { value: asDecimal, decimal: separator };
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}
