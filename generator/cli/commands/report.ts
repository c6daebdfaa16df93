import { basename, resolve } from "node:path";
import {
  buildReportModel,
  checkChoices,
  checkTemplates,
  parseInstant,
  renderReportHtml,
  resolveReportOptions,
  TemplateError,
  type WorkbookData,
} from "../../report/index.js";
import { type Effects, sha256Hex } from "../effects.js";
import { CliError } from "../errors.js";
import { loadLabels, loadTemplates } from "../load-templates.js";
import { DEFAULT_WORKBOOK, packageRoot } from "../paths.js";
import { createProgress, type Progress } from "../progress.js";
import { escapeControls } from "../terminal-text.js";
import { checkPaths, STDOUT, summaryLine, type Written, writeOutput } from "./report-output.js";

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

/** What `goalsheet report` did: one line for the user, and whether standard output carried the data. */
export interface ReportResult {
  readonly summary: string;
  /** `-o -` or `--json -`: the summary then goes to stderr, so stdout holds only the data. */
  readonly usedStdout: boolean;
}

/**
 * `goalsheet report`: workbook in, one self-contained HTML file out. The input is only read; the paths are
 * checked (by identity, after links) before anything is read, and each output is written atomically by the
 * effects (temporary file, then rename). "-" as --output or --json writes to standard output.
 */
export async function reportCommand(
  options: ReportOptions,
  effects: Effects,
  progress?: Progress,
): Promise<ReportResult> {
  const workbookPath = options.workbook ?? resolve(packageRoot(), DEFAULT_WORKBOOK);
  const output = options.output ?? "report.html";
  const generatedAt = parseInstant("--generated-at", options.generatedAt) ?? effects.now();
  checkChoices(options);
  await checkPaths({ input: workbookPath, html: output, json: options.json }, effects);
  // Templates before the workbook: a template mistake is found in milliseconds, a large workbook takes a while.
  const templates = await loadTemplates(options.template);
  const templateProblem = (cause: unknown) => {
    if (!(cause instanceof TemplateError)) return cause;
    // The part ("partials/goals.hbs") as the file the user can open, in the file:line form editors jump to.
    const line = cause.line === undefined ? "" : `:${cause.line}`;
    return new CliError(`${templates.files[cause.part] ?? cause.part}${line}: ${cause.reason}`);
  };
  try {
    checkTemplates(templates.main, templates.partials);
  } catch (cause) {
    throw templateProblem(cause);
  }

  const bytes = await effects.readFile(workbookPath);
  // Loaded only now: exceljs takes half a second to load, which a refused path or template should not wait for.
  const { readWorkbook } = await import("../workbook/read.js");
  const bar =
    progress ?? createProgress(process.stderr, `reading ${escapeControls(basename(workbookPath))}`, bytes.byteLength);
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
  const html = await renderReportHtml(model, templates, labels).catch((cause: unknown) => {
    throw templateProblem(cause);
  });
  const written: Written[] = [];
  for (const [path, what, text] of [
    [output, "report", html],
    [options.json, "model", options.json === undefined ? "" : `${JSON.stringify(model, null, 2)}\n`],
  ] as const) {
    if (path === undefined) continue;
    const done = await writeOutput({ path, what }, text, effects);
    // The reader of standard output has gone (`| head`): stop quietly, as Unix tools do.
    if (!done) return { summary: "", usedStdout: true };
    written.push(done);
  }
  return {
    summary: summaryLine(written, model, data.deals?.length),
    usedStdout: output === STDOUT || options.json === STDOUT,
  };
}
