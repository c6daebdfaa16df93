import type Handlebars from "handlebars";
import type { ReportModel, ValueFormat } from "../model/report-model.js";
import type { Labels } from "./render.js";

/**
 * Template helpers. Every number, amount and date goes through Intl with the report's locale, so a template
 * never formats by hand. `url` passes only http, https and mailto links; anything else becomes "#". Every
 * helper returns plain strings, which Handlebars escapes: no helper can inject markup.
 */
export function registerHelpers(hbs: typeof Handlebars, model: ReportModel, labels: Labels): void {
  const format = formatters(model.locale, model.currency);
  const t = (key: unknown) => labels[String(key)] ?? String(key);

  hbs.registerHelper("t", (key: unknown) => t(key));
  hbs.registerHelper("percent", (v: unknown) => format.percent(v));
  hbs.registerHelper("int", (v: unknown) => format.int(v));
  hbs.registerHelper("number", (v: unknown) => format.number(v));
  hbs.registerHelper("money", (v: unknown) => format.money(v));
  /** Amounts on a chart axis, short ("$300K", "US$ 1,5 mln.", "US$30万") so they fit whatever the font. */
  hbs.registerHelper("moneyShort", (v: unknown) => format.moneyShort(v));
  hbs.registerHelper("days", (v: unknown) => format.days(v));
  hbs.registerHelper("ratio", (v: unknown) => format.ratio(v));
  /** A change as a signed percentage ("+27.4%"), and a change of a rate in percentage points ("+2.0 pts"). */
  hbs.registerHelper("signedPercent", (v: unknown) => format.signedPercent(v));
  hbs.registerHelper("points", (v: unknown) =>
    typeof v === "number" && Number.isFinite(v) ? t("pointsFormat").replace("{value}", format.signedPoints(v)) : "—",
  );
  hbs.registerHelper("date", (v: unknown) => format.date(v));
  hbs.registerHelper("month", (v: unknown) => format.month(v));
  /** A value in the format its model field names (a goal's metric, a KPI tile). */
  hbs.registerHelper("fmt", (v: unknown, kind: unknown) => format.as(v, String(kind) as ValueFormat));
  /** Label key built from parts: {{t (key "status." status)}}. */
  hbs.registerHelper("key", (...parts: unknown[]) => parts.slice(0, -1).map(String).join(""));
  hbs.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  hbs.registerHelper("or", (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  /**
   * A sentence from the labels with named values put in: {{tf "plan.lede" gap=(money gap)}} fills "{gap}". Values
   * are formatted by the other helpers first, so each locale orders them its own way; the result is escaped.
   */
  hbs.registerHelper("tf", (key: unknown, options: { hash?: Record<string, unknown> }) =>
    t(key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      options.hash && Object.hasOwn(options.hash, name) ? String(options.hash[name] ?? "") : whole,
    ),
  );
  /** A group's name: the workbook's text, or the report's word for a blank group or the smaller groups. */
  hbs.registerHelper("group", (label: unknown, kind: unknown) => {
    if (kind === "blank") return t("blankGroup");
    if (kind === "other") return t("otherGroups").replace("{count}", format.int(Number(label)));
    if (kind === "won") return t("won");
    return String(label ?? "");
  });
  hbs.registerHelper("url", (v: unknown) => safeUrl(v));
  /** What a figure counts, in words: "Jan 1 – Nov 15, 2026", "all history to Nov 15, 2026", "Ana only". */
  hbs.registerHelper("scope", (v: unknown, part: unknown) => describeScope(v, t, format, part === "owner"));
  /** A note's words in the report's language, with its values filled in (numbers through Intl). */
  hbs.registerHelper("note", (v: unknown) => {
    const note = v as { code?: string; values?: Record<string, unknown> } | undefined;
    if (!note?.code) return "";
    return fill(t(`note.${note.code}`), note.values ?? {}, format);
  });
}

/** `{name}` placeholders replaced by values: numbers through Intl, text as given. */
function fill(text: string, values: Record<string, unknown>, format: Formatters): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? format.int(value) : String(value);
  });
}

function describeScope(v: unknown, t: (key: unknown) => string, format: Formatters, ownerOnly: boolean): string {
  const scope = v as { kind?: string; from?: string | null; to?: string; owner?: string } | undefined;
  if (!scope?.kind) return "";
  if (ownerOnly) return scope.owner ? fill(t("scope.owner"), { owner: scope.owner }, format) : "";
  const words = fill(
    t(`scope.${scope.kind}`),
    { period: format.dateRange(scope.from, scope.to), to: format.dateRange(scope.to, scope.to) },
    format,
  );
  return scope.owner ? `${words} · ${fill(t("scope.owner"), { owner: scope.owner }, format)}` : words;
}

export interface Formatters {
  percent(v: unknown): string;
  int(v: unknown): string;
  number(v: unknown): string;
  money(v: unknown): string;
  days(v: unknown): string;
  ratio(v: unknown): string;
  signedPercent(v: unknown): string;
  /** A fraction's change in percentage points, signed, one decimal: 0.02 → "+2.0". */
  signedPoints(v: number): string;
  moneyShort(v: unknown): string;
  date(v: unknown): string;
  /** Two ISO dates as one compact range ("Jan 1 – Nov 15, 2026"); the same date twice is that date. */
  dateRange(from: unknown, to: unknown): string;
  month(v: unknown): string;
  as(v: unknown, kind: ValueFormat): string;
}

export function formatters(locale: string, currency: string): Formatters {
  // Each Intl formatter is made on first use: making one loads its locale data, and a report rarely needs all
  // eleven (making them all up front took a noticeable part of a small report's run).
  const lazy = <T>(make: () => T) => {
    let made: T | undefined;
    return () => {
      if (made === undefined) made = make();
      return made;
    };
  };
  const percent = lazy(() => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }));
  const integer = lazy(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
  const decimal = lazy(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }));
  const oneDecimal = lazy(() => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  const money = lazy(() => new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: 0 }));
  const signedPercent = lazy(
    () => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }),
  );
  const signedPoints = lazy(
    () =>
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
        signDisplay: "exceptZero",
      }),
  );
  const moneyShort = lazy(() => new Intl.NumberFormat(locale, { style: "currency", currency, notation: "compact" }));
  const days = lazy(
    () =>
      new Intl.NumberFormat(locale, {
        style: "unit",
        unit: "day",
        unitDisplay: "long",
        maximumFractionDigits: 0,
      }),
  );
  const day = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }));
  const span = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }));
  const month = lazy(() => new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" }));
  const dash = "—";
  const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
  const asDate = (v: unknown) => {
    const d = typeof v === "string" ? new Date(v) : undefined;
    return d && !Number.isNaN(d.getTime()) ? d : undefined;
  };
  const f: Formatters = {
    percent: (v) => (isNum(v) ? percent().format(v) : dash),
    int: (v) => (isNum(v) ? integer().format(v) : dash),
    number: (v) => (isNum(v) ? decimal().format(v) : dash),
    money: (v) => (isNum(v) ? bidiSafe(money(), v) : dash),
    moneyShort: (v) => (isNum(v) ? bidiSafe(moneyShort(), v) : dash),
    days: (v) => (isNum(v) ? days().format(v) : dash),
    // A multiple such as pipeline coverage: "3.0×".
    ratio: (v) => (isNum(v) ? `${oneDecimal().format(v)}×` : dash),
    signedPercent: (v) => (isNum(v) ? signedPercent().format(v) : dash),
    signedPoints: (v) => signedPoints().format(v * 100),
    date: (v) => {
      const d = asDate(v);
      return d ? day().format(d) : dash;
    },
    dateRange: (from, to) => {
      const [a, b] = [asDate(from), asDate(to)];
      return a && b ? span().formatRange(a, b) : dash;
    },
    month: (v) => {
      const d = asDate(v);
      return d ? month().format(d) : dash;
    },
    as: (v, kind) => (VALUE_FORMATS.includes(kind) ? f[kind](v) : f.number(v)),
  };
  return f;
}

/**
 * An amount whose currency symbol mixes Latin letters and a sign ("US$") is reordered by the bidi algorithm in
 * a right-to-left page ("$US"): a left-to-right mark after the symbol keeps the sign with its letters.
 */
function bidiSafe(format: Intl.NumberFormat, value: number): string {
  if (!RTL.has(format.resolvedOptions().locale.split("-")[0] as string)) return format.format(value);
  return format
    .formatToParts(value)
    .map((p) => (p.type === "currency" && /[A-Za-z]/.test(p.value) ? `${p.value}\u200e` : p.value))
    .join("");
}

const RTL = new Set(["ar", "he", "fa", "ur"]);

const VALUE_FORMATS: readonly ValueFormat[] = ["money", "percent", "int", "number", "days", "ratio"];

/** Only http, https and mailto URLs survive; the rest (javascript:, data:, relative tricks) become "#". */
export function safeUrl(value: unknown): string {
  if (typeof value !== "string") return "#";
  try {
    const url = new URL(value.trim());
    return ["http:", "https:", "mailto:"].includes(url.protocol) ? url.href : "#";
  } catch {
    return "#";
  }
}
