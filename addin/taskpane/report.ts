import {
  buildReportModel,
  formatProblems,
  ReportInputError,
  type ReportModel,
  renderReportHtml,
  resolveReportOptions,
  type TemplateSet,
  type WorkbookData,
} from "../../generator/report/index.js";
import { DEFAULT_TEMPLATES, labelsFor } from "./bundled-templates.js";
import { readOpenWorkbook } from "./excel-workbook.js";

export interface PaneReport {
  readonly model: ReportModel;
  readonly html: string;
  readonly fileName: string;
  readonly warnings: number;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The report for a workbook read in Excel: the same pipeline and templates as `goalsheet report`. There are no
 * file bytes in Excel, so the source hash is of the data read (it still changes whenever the data does).
 */
export async function reportFromWorkbook(
  data: WorkbookData,
  workbookName: string,
  now: Date,
  displayLanguage?: string,
  templates: TemplateSet = DEFAULT_TEMPLATES,
): Promise<PaneReport> {
  const { locale, asOf } = resolveReportOptions(data, { displayLanguage, now });
  const labels = await labelsFor(locale);
  const model = buildReportModel(data, {
    locale,
    asOf,
    generatedAt: now,
    source: { name: workbookName, sha256: await sha256Hex(JSON.stringify(data)) },
    title: labels.reportTitle ?? "Goal report",
  });
  const html = await renderReportHtml(model, templates, labels);
  const stem = workbookName.replace(/\.[^.]+$/, "") || "goals";
  return { model, html, fileName: `${stem}-report.html`, warnings: data.warnings.length };
}

/**
 * Read the open workbook and build its report; input problems come back as `Sheet!Cell: …` lines. The pane
 * passes the templates compiled at build time (its CSP forbids compiling them here).
 */
export async function buildReportInExcel(
  now: Date,
  templates: TemplateSet = DEFAULT_TEMPLATES,
): Promise<PaneReport | { problems: string[] }> {
  const { read, name } = await Excel.run(async (context) => {
    const workbook = context.workbook;
    workbook.load("name");
    const read = await readOpenWorkbook(context);
    return { read, name: workbook.name || "workbook.xlsx" };
  });
  if (read.problems.length > 0) return { problems: formatProblems(read.problems) };
  try {
    return await reportFromWorkbook(read.data, name, now, Office.context?.displayLanguage, templates);
  } catch (error) {
    // A setting the report cannot honour (Settings: Locale "fr") is the user's to fix, shown like any problem.
    if (error instanceof ReportInputError) return { problems: [error.message] };
    throw error;
  }
}
