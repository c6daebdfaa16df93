/**
 * What "Build report" needs and nothing else in the pane does: the report engine (workbook contract with its
 * zod schemas, model, Handlebars runtime, the compiled templates). main.ts imports this module on the first
 * click, so the pane's start downloads none of it (issue 6's budget: the pane at most 150 KB gzipped).
 */
export { PANE_TEMPLATES } from "./precompiled-templates.js";
export { buildReportInExcel } from "./report.js";
