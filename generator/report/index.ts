/**
 * The report engine's one entry: rows in, a report model and one HTML page out. Browser-safe (no Node
 * built-ins, no zip or file access), so the CLI (generator/cli/) and the Excel task pane (addin/taskpane/)
 * build the same report from the same rows; a test walks this entry's import graph to keep it so.
 */
export type { ReportModel } from "./model/report-model.js";
export {
  checkChoices,
  LOCALES,
  type Locale,
  localeOf,
  parseInstant,
  type ReportChoices,
  type ResolvedOptions,
  resolveReportOptions,
} from "./options.js";
export { buildReportModel, type ReportOptions, renderReportHtml } from "./pipeline.js";
export {
  cellAddress,
  formatProblem,
  formatProblems,
  type InputProblem,
  ReportInputError,
  safeText,
} from "./problems.js";
export { handlebarsFor } from "./render/handlebars.js";
export type { CompiledBySource } from "./render/precompiled.js";
export type { Labels, PrecompiledTemplates, TemplateSet } from "./render/render.js";
export { checkTemplates, MAIN_PART, partialPart, TemplateError } from "./render/template-guard.js";
export { DAYS_1900_TO_1904, errorCell, isDateFormat } from "./workbook/cells.js";
export { WorkbookAssembler, type WorkbookData } from "./workbook/data.js";
export { parseRegion, type RawRow, type RowSink, type SheetLayout } from "./workbook/raw.js";
