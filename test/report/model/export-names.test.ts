import { describe, expect, it } from "vitest";
import { loadLabels, loadTemplates } from "../../../generator/cli/load-templates.js";
import { buildReportModel, renderReportHtml } from "../../../generator/report/pipeline.js";
import { WorkbookAssembler } from "../../../generator/report/workbook/data.js";
import { isoToSerial } from "../../../shared/excel/dates.js";
import type { CellValue } from "../../../shared/excel/values.js";

/** A Salesforce opportunity report as exported: a name per deal, no ID column, owners but no Reps sheet. */
function salesforceReport(rows: CellValue[][]) {
  const assembler = new WorkbookAssembler([{ name: "report1712345", tables: [] }]);
  const sink = assembler.sinkFor("report1712345");
  rows.forEach((cells, i) => {
    sink?.push({ number: i + 1, cells });
  });
  const { data, problems } = assembler.finish();
  expect(problems).toEqual([]);
  return data;
}

const d = (iso: string) => isoToSerial(iso) as number;

describe("a CRM export without IDs or quotas", () => {
  const data = salesforceReport([
    ["Opportunity Name", "Opportunity Owner", "Stage", "Amount", "Created Date", "Close Date"],
    ["Acme renewal", "Ann Lee", "Closed Won", 12_000, d("2026-01-10"), d("2026-02-09")],
    ["Beta expansion", "Bo Chen", "Negotiation/Review", 30_000, d("2026-02-01"), d("2026-03-15")],
    ["Gamma", "Ann Lee", "Closed Lost", 5_000, d("2026-02-01"), d("2026-03-01")],
  ]);
  const model = buildReportModel(data, {
    locale: "en",
    asOf: new Date("2026-06-30T00:00:00Z"),
    generatedAt: new Date("2026-06-30T12:00:00Z"),
    source: { name: "export.xlsx", sha256: "0".repeat(64) },
  });

  it("names each deal in the action lists by its Opportunity Name, not by its sheet row", () => {
    // Beta expansion: still open on 30 June, its close date (15 March) passed 107 days ago.
    expect(model.actions?.slipped.deals.map((deal) => [deal.id, deal.daysLate])).toEqual([["Beta expansion", 107]]);
  });

  it("says a rep without a Reps sheet has no quota, not that there is no data", async () => {
    const html = await renderReportHtml(model, await loadTemplates(), await loadLabels("en"));
    const chips = [
      ...html.matchAll(
        /<summary><span class="rep-name"><bdi>([^<]+)<\/bdi><\/span> <span class="status[^"]*">([^<]+)</g,
      ),
    ];
    expect(chips.map((m) => [m[1], m[2]])).toEqual([
      ["Ann Lee", "No quota"],
      ["Bo Chen", "No quota"],
    ]);
  });

  it("shows the reader of the report what the import noticed, as the command line printed it", async () => {
    expect(model.readNotes).toEqual(data.notes);
    expect(model.readNotes?.length).toBeGreaterThan(0);
    for (const locale of ["en", "zh"] as const) {
      const html = await renderReportHtml(model, await loadTemplates(), await loadLabels(locale));
      const section =
        /<section class="read-notes"[^>]*>\s*<h2[^>]*>([^<]+)<\/h2>\s*<ul>\s*((?:<li><bdi>[^<]*<\/bdi><\/li>)+)/.exec(
          html,
        );
      const items = [...(section?.[2] ?? "").matchAll(/<li><bdi>([^<]*)<\/bdi><\/li>/g)].map((m) =>
        m[1]?.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&amp;", "&").replaceAll("&#x3D;", "="),
      );
      expect({ heading: section?.[1], items }).toEqual({
        heading: locale === "en" ? "How the data was read" : "数据读取说明",
        items: data.notes,
      });
    }
  });
});
