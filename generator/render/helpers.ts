import type Handlebars from "handlebars";
import type { ReportModel } from "../model/report-model.js";
import type { Labels } from "./render.js";

/**
 * Template helpers. Every number, amount and date goes through Intl with the report's locale, so a template
 * never formats by hand. `url` passes only http, https and mailto links; anything else becomes "#".
 */
export function registerHelpers(hbs: typeof Handlebars, model: ReportModel, labels: Labels): void {
  const locale = model.locale;
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const money = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: model.currency,
    maximumFractionDigits: 0,
  });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const dash = "—";
  const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

  hbs.registerHelper("t", (key: unknown) => labels[String(key)] ?? String(key));
  hbs.registerHelper("percent", (v: unknown) => (isNum(v) ? percent.format(v) : dash));
  hbs.registerHelper("int", (v: unknown) => (isNum(v) ? integer.format(v) : dash));
  hbs.registerHelper("number", (v: unknown) => (isNum(v) ? decimal.format(v) : dash));
  hbs.registerHelper("money", (v: unknown) => (isNum(v) ? money.format(v) : dash));
  hbs.registerHelper("date", (v: unknown) => {
    const d = typeof v === "string" ? new Date(v) : undefined;
    return d && !Number.isNaN(d.getTime()) ? day.format(d) : dash;
  });
  hbs.registerHelper("url", (v: unknown) => safeUrl(v));
}

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
