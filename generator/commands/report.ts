import { basename, resolve } from "node:path";
import { parseIsoDate } from "../../shared/excel/dates.js";
import { type Effects, sha256Hex } from "../effects.js";
import { CliError, WorkbookInputError } from "../errors.js";
import { REPORT_MODEL_VERSION, type ReportModel } from "../model/report-model.js";
import { winRateSection } from "../model/win-rate-section.js";
import { DEFAULT_WORKBOOK, packageRoot } from "../paths.js";
import { LOCALES, type Locale, loadLabels, loadTemplates } from "../render/load-templates.js";
import { renderReport } from "../render/render.js";
import { DEALS } from "../workbook/contract.js";
import { readWorkbook } from "../workbook/read.js";
import { matchesSheet, parseSheet } from "../workbook/table.js";

export interface ReportOptions {
  readonly workbook?: string;
  readonly output?: string;
  readonly locale?: string;
  readonly asOf?: string;
  readonly generatedAt?: string;
  readonly template?: string;
}

/** `goalsheet report`: workbook in, one self-contained HTML file out. Returns the path written. */
export async function reportCommand(options: ReportOptions, effects: Effects): Promise<string> {
  const workbookPath = options.workbook ?? resolve(packageRoot(), DEFAULT_WORKBOOK);
  const output = options.output ?? "report.html";
  if (resolve(output) === resolve(workbookPath)) throw new CliError("the output file must not be the input workbook");
  const locale = parseLocale(options.locale);
  const generatedAt = parseInstant("--generated-at", options.generatedAt) ?? effects.now();
  const asOf = parseInstant("--as-of", options.asOf) ?? generatedAt;

  const bytes = await effects.readFile(workbookPath);
  const workbook = await readWorkbook(bytes, { keepSheet: (name) => matchesSheet(name, DEALS) });
  const dealsSheet = workbook.sheets.find((s) => matchesSheet(s.name, DEALS));
  if (!dealsSheet) throw new CliError(`${basename(workbookPath)}: no Deals sheet (expected a sheet named Deals)`);
  const deals = parseSheet(dealsSheet, DEALS);
  for (const warning of deals.warnings) effects.warn(`warning: ${warning}`);
  if (deals.problems.length > 0) throw new WorkbookInputError(deals.problems);

  const labels = await loadLabels(locale);
  const model: ReportModel = {
    modelVersion: REPORT_MODEL_VERSION,
    title: labels.reportTitle ?? "Goal report",
    locale,
    direction: locale === "ar" ? "rtl" : "ltr",
    currency: "USD",
    generatedAt: generatedAt.toISOString(),
    asOf: asOf.toISOString().slice(0, 10),
    source: { name: basename(workbookPath), sha256: sha256Hex(bytes) },
    winRate: winRateSection(deals.records, labels.all ?? "All"),
  };
  const html = await renderReport(model, await loadTemplates(options.template), labels);
  await effects.writeFile(output, html);
  return output;
}

function parseLocale(value: string | undefined): Locale {
  if (value === undefined) return "en";
  const key = value.toLowerCase().slice(0, 2);
  if ((LOCALES as readonly string[]).includes(key)) return key as Locale;
  throw new CliError(`--locale must be one of ${LOCALES.join(", ")}, got "${value}"`);
}

function parseInstant(flag: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = parseIsoDate(value);
  if (!date) throw new CliError(`${flag} must be an ISO date such as 2026-06-30, got "${value}"`);
  return date;
}
