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
import { collectGarbage, LARGE_INPUT_ROWS } from "../collect-garbage.js";
import { type InputFiles, inputFiles, readInputs } from "../csv/inputs.js";
import { type Effects, sha256Hex, sha256OfFile } from "../effects.js";
import { CliError } from "../errors.js";
import { loadLabels, loadTemplates } from "../load-templates.js";
import { DEFAULT_WORKBOOK, packageRoot } from "../paths.js";
import { createProgress, type Progress } from "../progress.js";
import { escapeControls } from "../terminal-text.js";
import { checkPaths, STDOUT, summaryLine, type Written, writeOutput } from "./report-output.js";

export interface ReportOptions {
  readonly workbook?: string;
  /** The inputs when there are several: CSV files, one per sheet (`goalsheet report deals.csv reps.csv`), or a folder. */
  readonly inputs?: readonly string[];
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
 * `goalsheet report`: a workbook (or CSV files, or a folder of them) in, one self-contained HTML file out. The
 * input is only read; the paths are
 * checked (by identity, after links) before anything is read, and each output is written atomically by the
 * effects (temporary file, then rename). "-" as --output or --json writes to standard output.
 */
export async function reportCommand(
  options: ReportOptions,
  effects: Effects,
  progress?: Progress,
): Promise<ReportResult> {
  const paths = options.inputs?.length
    ? options.inputs
    : [options.workbook ?? resolve(packageRoot(), DEFAULT_WORKBOOK)];
  const output = options.output ?? "report.html";
  const generatedAt = parseInstant("--generated-at", options.generatedAt) ?? effects.now();
  checkChoices(options);
  // Every input file (a folder stands for its CSV files) is checked against the outputs before anything is read.
  const inputs = await inputFiles(paths, effects);
  for (const { path } of inputs.files) await checkPaths({ input: path, html: output, json: options.json }, effects);
  // Templates before the workbook: a template mistake is found in milliseconds, a large workbook takes a while.
  const templates = await loadTemplates(options.template);
  const templateProblem = (cause: unknown) => {
    if (!(cause instanceof TemplateError)) return cause;
    // The part ("partials/goals.hbs") as the file the user can open, in the file:line form editors jump to.
    const line = cause.line === undefined ? "" : `:${cause.line}`;
    return new CliError(`${templates.files[cause.part] ?? cause.part}${line}: ${cause.reason}`);
  };
  try {
    checkTemplates(templates.main, templates.partials, templates.compiledBySource);
  } catch (cause) {
    throw templateProblem(cause);
  }

  const { data, source } = await readData(inputs, effects, progress);
  // A large input's phases each leave garbage the next need not sit on (collect-garbage.ts).
  const large = (data.deals?.length ?? 0) + (data.transactions?.length ?? 0) >= LARGE_INPUT_ROWS;
  if (large) collectGarbage();
  const resolved = resolveReportOptions(data, { locale: options.locale, asOf: options.asOf, now: generatedAt });
  // Notes and warnings quote headers and names from the input: effects.warn escapes control and bidi characters.
  for (const note of data.notes ?? []) effects.warn(`note: ${note}`);
  const warnings = [...data.warnings, ...resolved.warnings];
  for (const warning of warnings) effects.warn(`warning: ${warning}`);
  if (options.strict && warnings.length > 0)
    throw new CliError(`--strict: ${warnings.length} warning(s) above; fix them or run without --strict`);

  const { locale, asOf } = resolved;
  const labels = await loadLabels(locale);
  const model = buildReportModel(data, {
    locale,
    asOf,
    generatedAt,
    source,
    title: labels.reportTitle ?? "Goal report",
  });
  if (large) collectGarbage();
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

/**
 * Read the inputs into records, with the name and hash the report shows. A workbook is read from the open file
 * part by part (62 MB for a million deal rows is never in memory whole) and hashed in a second pass over the
 * file; a file that changed meanwhile is refused, since the hash and the records could then disagree.
 */
async function readData(
  inputs: InputFiles,
  effects: Effects,
  progress: Progress | undefined,
): Promise<{ data: WorkbookData; source: { name: string; sha256: string } }> {
  const input = await readInputs(inputs, effects);
  if (input.kind === "csv") {
    // Loaded only for CSV input: a workbook's report need not load the CSV parser.
    const { readCsvFiles } = await import("../csv/read.js");
    return {
      data: readCsvFiles(input.files),
      source: {
        name: input.files.length === 1 ? (input.files[0]?.name ?? input.label) : input.label,
        sha256: sha256Hex(csvDigestInput(input.files)),
      },
    };
  }
  // The reader is loaded only now: a refused path or template should not wait for it.
  const { file } = input;
  const name = basename(input.path);
  const bar = progress ?? createProgress(process.stderr, `reading ${escapeControls(name)}`, file.size);
  try {
    const { readWorkbook } = await import("../workbook/read.js");
    const { fileSource } = await import("../workbook/source.js");
    const data = await readWorkbook(fileSource(file), { onProgress: (f) => bar.update(f) });
    const sha256 = await sha256OfFile(file);
    if (!(await file.unchanged()))
      throw new CliError(`${input.path} changed while it was read; run the report again once it is saved`);
    return { data, source: { name, sha256 } };
  } finally {
    bar.done();
    await file.close();
  }
}

/** Several CSV files hash as one input: each file's name and bytes, in the order they were read. */
function csvDigestInput(files: readonly { name: string; bytes: Uint8Array }[]): Uint8Array {
  if (files.length === 1) return (files[0] as { bytes: Uint8Array }).bytes;
  const parts: Uint8Array[] = [];
  for (const file of files) parts.push(new TextEncoder().encode(`${file.name}\n`), file.bytes);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
