/**
 * The report pipeline alone (issue 5), in memory: 1,000,000 parsed deals → report model → HTML, without the
 * workbook reading that report-large.ts times end to end. Baseline: one bare loop over the same records that
 * sums won amounts by comparing the Outcome text with === (the least any report must do). Budget: the HTML is at
 * most 300 KB.
 */
import { loadLabels, loadTemplates } from "../../generator/cli/load-templates.js";
import { buildReportModel, renderReportHtml } from "../../generator/report/pipeline.js";
import type { WorkbookData } from "../../generator/report/workbook/data.js";
import { AS_OF, fixture, GENERATED_AT, SOURCE } from "../../test/report/fixture.js";
import { manyDeals } from "../../test/report/many-deals.js";
import { type BenchCase, type BenchMeasure, timeMedian } from "../types.js";

const DEALS = 1_000_000;

export const cases: BenchCase[] = [
  {
    name: "report model and HTML from 1,000,000 deals",
    async run(): Promise<BenchMeasure[]> {
      const deals = manyDeals(DEALS);
      const bare = await timeMedian(() => {
        let won = 0;
        for (let i = 0; i < deals.length; i++) {
          const d = deals[i];
          if (d?.outcome === "Won") won += d.amount ?? 0;
        }
        return won;
      }, 5);
      const templates = await loadTemplates();
      const labels = await loadLabels("en");
      const options = { locale: "en", asOf: AS_OF, generatedAt: GENERATED_AT, source: SOURCE };
      // A fresh array per run, so the per-report outcome cache starts cold as it does in the CLI.
      const model = await timeMedian(
        () => buildReportModel({ ...fixture, deals: [...deals] } as WorkbookData, options),
        3,
        1,
      );
      const built = buildReportModel({ ...fixture, deals } as WorkbookData, options);
      const render = await timeMedian(() => renderReportHtml(built, templates, labels), 5);
      const kb = Buffer.byteLength(await renderReportHtml(built, templates, labels)) / 1024;
      return [
        {
          label: `buildReportModel, ${DEALS.toLocaleString("en")} deals`,
          value: model,
          unit: "ms",
          baseline: { label: "bare loop summing won amounts", value: bare },
        },
        { label: "renderReportHtml (default template)", value: render, unit: "ms" },
        { label: "report size", value: kb, unit: "KB", budget: { text: "<= 300 KB", met: kb <= 300 } },
      ];
    },
  },
];
