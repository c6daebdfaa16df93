import { basename, resolve } from "node:path";
import {
  buildReportModel,
  checkChoices,
  parseInstant,
  renderReportHtml,
  resolveReportOptions,
  type WorkbookData,
} from "../../report/index.js";
import { type Effects, sha256Hex } from "../effects.js";
import { CliError } from "../errors.js";
import { loadLabels, loadTemplates } from "../load-templates.js";
import { DEFAULT_WORKBOOK, packageRoot } from "../paths.js";
import { createProgress, type Progress } from "../progress.js";
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
  const generatedAt = parseInstant("--generated-at", options.generatedAt) ?? effects.now();
  checkChoices(options);

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

  const { locale, asOf } = resolveReportOptions(data, { locale: options.locale, asOf: options.asOf, now: generatedAt });
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
