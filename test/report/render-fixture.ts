import { loadLabels, loadTemplates } from "../../generator/cli/load-templates.js";
import type { Locale } from "../../generator/report/index.js";
import { buildReportModel, renderReportHtml } from "../../generator/report/pipeline.js";
import type { WorkbookData } from "../../generator/report/workbook/data.js";
import { AS_OF, fixture, GENERATED_AT, SOURCE } from "./fixture.js";

/** The fixture's report in one locale, with the frozen clock, as the CLI would render it. */
export async function renderFixture(
  locale: Locale,
  data: WorkbookData = fixture,
  template?: string,
  asOf: Date = AS_OF,
): Promise<string> {
  const labels = await loadLabels(locale);
  const model = buildReportModel(data, {
    locale,
    asOf,
    generatedAt: GENERATED_AT,
    source: SOURCE,
    title: labels.reportTitle ?? "Goal report",
  });
  return renderReportHtml(model, await loadTemplates(template), labels);
}
