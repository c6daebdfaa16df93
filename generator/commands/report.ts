import { basename, resolve } from "node:path";
import { parseIsoDate, serialToIso } from "../../shared/excel/dates.js";
import { type Effects, sha256Hex } from "../effects.js";
import { CliError } from "../errors.js";
import { DEFAULT_WORKBOOK, packageRoot } from "../paths.js";
import { createProgress, type Progress } from "../progress.js";
import { LOCALES, type Locale, loadLabels, loadTemplates } from "../render/load-templates.js";
import { buildReportModel, renderReportHtml } from "../report-pipeline.js";
import type { WorkbookData } from "../workbook/data.js";
import { readWorkbook } from "../workbook/read.js";

export interface ReportOptions {
  readonly workbook?: string;
  readonly output?: string;
  readonly locale?: string;
  readonly asOf?: string;
  readonly generatedAt?: string;
  readonly template?: string;
  /** Also write the report model as JSON here (what the templates see). */
  readonly json?: string;
  /** Fail (exit code 2) on warnings too. */
  readonly strict?: boolean;
}

/**
 * `goalsheet report`: workbook in, one self-contained HTML file out. Returns the path written. The input is
 * only read; the output is written atomically by the effects (temporary file, then rename).
 */
export async function reportCommand(options: ReportOptions, effects: Effects, progress?: Progress): Promise<string> {
  const workbookPath = options.workbook ?? resolve(packageRoot(), DEFAULT_WORKBOOK);
  const output = options.output ?? "report.html";
  for (const [flag, path] of [
    ["--output", output],
    ["--json", options.json],
  ] as const)
    if (path !== undefined && resolve(path) === resolve(workbookPath))
      throw new CliError(`${flag} must not be the input workbook, got ${path}`);
  if (options.json !== undefined && resolve(options.json) === resolve(output))
    throw new CliError(`--json must not be the HTML output, got ${options.json}`);
  const cliLocale = options.locale === undefined ? undefined : parseLocale("--locale", options.locale);
  const generatedAt = parseInstant("--generated-at", options.generatedAt) ?? effects.now();
  const cliAsOf = parseInstant("--as-of", options.asOf);

  const bytes = await effects.readFile(workbookPath);
  const bar = progress ?? createProgress(process.stderr, `reading ${basename(workbookPath)}`, bytes.byteLength);
  let data: WorkbookData;
  try {
    data = await readWorkbook(bytes, { onProgress: (f) => bar.update(f) });
  } finally {
    bar.done();
  }
  for (const warning of data.warnings) effects.warn(`warning: ${warning}`);
  if (options.strict && data.warnings.length > 0)
    throw new CliError(`--strict: ${data.warnings.length} warning(s) above; fix them or run without --strict`);

  const settings = data.settings;
  const locale = cliLocale ?? (settings?.locale ? parseLocale("Settings: Locale", settings.locale) : "en");
  const asOf =
    cliAsOf ?? (settings?.asOf !== undefined ? new Date(`${serialToIso(settings.asOf)}T00:00:00Z`) : generatedAt);
  const labels = await loadLabels(locale);
  const model = buildReportModel(data, {
    locale,
    asOf,
    generatedAt,
    source: { name: basename(workbookPath), sha256: sha256Hex(bytes) },
    title: labels.reportTitle ?? "Goal report",
  });
  const html = await renderReportHtml(model, await loadTemplates(options.template), labels);
  if (options.json !== undefined) await effects.writeFile(options.json, `${JSON.stringify(model, null, 2)}\n`);
  await effects.writeFile(output, html);
  return output;
}

function parseLocale(where: string, value: string): Locale {
  const key = value.toLowerCase().slice(0, 2);
  if ((LOCALES as readonly string[]).includes(key)) return key as Locale;
  throw new CliError(`${where} must be one of ${LOCALES.join(", ")}, got "${value}"`);
}

function parseInstant(flag: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = parseIsoDate(value);
  if (!date) throw new CliError(`${flag} must be an ISO date such as 2026-06-30, got "${value}"`);
  return date;
}
