import { parseIsoDate, serialToIso } from "../../shared/excel/dates.js";
import { ReportInputError } from "./problems.js";
import type { WorkbookData } from "./workbook/data.js";

/** The report languages the templates have labels for. */
export const LOCALES = ["en", "zh", "nl", "ar"] as const;
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
}

/**
 * The one rule for a report's language and as-of date, used by the CLI and the task pane alike. Locale: the
 * explicit choice, then the Settings sheet, then the display language, then English; an explicit or Settings
 * locale we have no labels for is refused (a hint is not). As of: the explicit date, then Settings, then now.
 */
export function resolveReportOptions(data: WorkbookData, choices: ReportChoices): ResolvedOptions {
  const locale =
    explicitLocale("--locale", choices.locale) ??
    explicitLocale("Settings: Locale", data.settings?.locale) ??
    localeOf(choices.displayLanguage) ??
    "en";
  const asOf =
    parseInstant("--as-of", choices.asOf) ??
    (data.settings?.asOf !== undefined ? new Date(`${serialToIso(data.settings.asOf)}T00:00:00Z`) : choices.now);
  return { locale, asOf };
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
