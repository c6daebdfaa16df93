import { dateToSerial, parseIsoDate, serialToDate, serialToIso } from "../../shared/excel/dates.js";
import { classifyOutcome } from "../../shared/winrate/outcomes.js";
import { fiscalPeriod } from "./model/period.js";
import { ReportInputError } from "./problems.js";
import type { WorkbookData } from "./workbook/data.js";
import { words } from "./workbook/messages.js";

/** The report languages the templates have labels for. */
export const LOCALES = ["en", "zh", "nl", "ar", "de", "es", "fr", "pt", "ja"] as const;
export type Locale = (typeof LOCALES)[number];

/** "nl-NL", "NL", "zh_Hans" → the report language, or undefined when we have no labels for it. */
export function localeOf(value: string | undefined): Locale | undefined {
  const language = value?.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(language ?? "") ? (language as Locale) : undefined;
}

/** What the user chose, from wherever they can choose it (the CLI's flags, nothing in the task pane). */
export interface ReportChoices {
  /** An explicit locale (`--locale`): one we cannot speak is an error. */
  readonly locale?: string;
  /** An explicit as-of date (`--as-of`), ISO text. */
  readonly asOf?: string;
  /** The reader's language (Office's display language): a hint, used when nothing else decides. */
  readonly displayLanguage?: string;
  /** The time of generation; also the as-of date when nothing else gives one. */
  readonly now: Date;
}

export interface ResolvedOptions {
  readonly locale: Locale;
  readonly asOf: Date;
  /** What the resolution chose that the user should know (an as-of date taken from the data). */
  readonly warnings: readonly string[];
}

/**
 * The one rule for a report's language and as-of date, used by the CLI and the task pane alike. Locale: the
 * explicit choice, then the Settings sheet, then the display language, then English; an explicit or Settings
 * locale we have no labels for is refused (a hint is not). As of: the explicit date, then Settings, then now —
 * unless the data ends before the fiscal year that contains now (an export from an earlier year): then the
 * data's last closing date, with a warning, since a report as of today would show $0 for a full sheet.
 */
export function resolveReportOptions(data: WorkbookData, choices: ReportChoices): ResolvedOptions {
  const locale =
    explicitLocale("--locale", choices.locale) ??
    explicitLocale("Settings: Locale", data.settings?.locale) ??
    localeOf(choices.displayLanguage) ??
    "en";
  const chosen =
    parseInstant("--as-of", choices.asOf) ??
    (data.settings?.asOf !== undefined ? new Date(`${serialToIso(data.settings.asOf)}T00:00:00Z`) : undefined);
  if (chosen) return { locale, asOf: chosen, warnings: [] };
  // Today is the user's calendar date, as Excel's TODAY() and PACING's default are (todaySerial): at 08:00 on
  // 1 April in Tokyo the UTC date is still 31 March, which would report on the fiscal year before.
  const now = choices.now;
  const today = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  const fiscal = fiscalPeriod(Math.floor(dateToSerial(today)), data.settings?.fiscalYearStart ?? 1);
  const last = lastDateOf(data);
  if (last === undefined || last >= fiscal.start) return { locale, asOf: today, warnings: [] };
  return {
    locale,
    asOf: serialToDate(last),
    warnings: [words.asOfFromData(serialToIso(last), serialToIso(fiscal.start))],
  };
}

/** Check the explicit choices alone, before any workbook is read, so a mistyped flag fails at once. */
export function checkChoices(choices: Pick<ReportChoices, "locale" | "asOf">): void {
  explicitLocale("--locale", choices.locale);
  parseInstant("--as-of", choices.asOf);
}

function explicitLocale(where: string, value: string | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  const locale = localeOf(value);
  if (!locale) throw new ReportInputError(`${where} must be one of ${LOCALES.join(", ")}, got "${value}"`);
  return locale;
}

/** An ISO date option, or undefined when not given; anything else is refused naming the option. */
export function parseInstant(flag: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = parseIsoDate(value);
  if (!date) throw new ReportInputError(`${flag} must be an ISO date such as 2026-06-30, got "${value}"`);
  return date;
}

/** The data's last day: the latest close of a decided deal, or the latest transaction. */
function lastDateOf(data: WorkbookData): number | undefined {
  let last: number | undefined;
  const later = (serial: number | undefined) => {
    if (serial !== undefined && (last === undefined || serial > last)) last = Math.floor(serial);
  };
  for (const deal of data.deals ?? []) {
    if (deal.closed === undefined) continue;
    const outcome = classifyOutcome(deal.outcome ?? null);
    if (outcome !== undefined && outcome !== "open") later(deal.closed);
  }
  for (const t of data.transactions ?? []) later(t.date);
  return last;
}
