import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadLabels, loadTemplates } from "../../generator/cli/load-templates.js";
import { packageRoot } from "../../generator/cli/paths.js";
import { readWorkbook } from "../../generator/cli/workbook/read.js";
import { buildReportModel, renderReportHtml } from "../../generator/report/pipeline.js";
import { plainRecords } from "../../generator/report/workbook/record-table.js";

/**
 * The bundled example workbook: the report's figures are recounted here straight from the parsed rows with
 * plain loops (not the report's code), and the HTML must show them.
 */
describe("the example workbook's report", async () => {
  const bytes = readFileSync(join(packageRoot(), "examples", "goalsheet-example.xlsx"));
  const data = await readWorkbook(bytes);
  const asOf = new Date("2026-11-15T00:00:00Z");
  const model = buildReportModel(data, {
    locale: "en",
    asOf,
    generatedAt: asOf,
    source: { name: "goalsheet-example.xlsx", sha256: "x" },
  });
  const html = await renderReportHtml(model, await loadTemplates(), await loadLabels("en"));
  const deals = plainRecords(data.deals ?? []);
  const count = (outcome: string) => deals.filter((d) => String(d.outcome).toLowerCase() === outcome).length;
  const money = new Intl.NumberFormat("en", { style: "currency", currency: model.currency, maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 });

  // The deal sections count deals closed in the fiscal year to the as-of date (their scope), and deals open now.
  const start = Date.UTC(2026, 0, 1) / 86_400_000 + 25_569;
  const end = Date.UTC(2026, 10, 15) / 86_400_000 + 25_569;
  const closedThisYear = (outcome: string) =>
    deals.filter(
      (d) =>
        String(d.outcome).toLowerCase() === outcome &&
        d.closed !== undefined &&
        d.closed >= start &&
        d.closed < end + 1,
    ).length;

  it("shows the fiscal year's closed win rate, won / (won + lost)", () => {
    const won = closedThisYear("won");
    const lost = closedThisYear("lost");
    expect(won + lost).toBeGreaterThan(0);
    expect(model.winRate?.overall).toMatchObject({ won, lost, open: count("open") });
    expect(html).toContain(`${percent.format(won / (won + lost))}</span>`);
  });

  it("shows the open pipeline as the sum of open deal amounts", () => {
    const open = deals
      .filter((d) => String(d.outcome).toLowerCase() === "open")
      .reduce((s, d) => s + (d.amount ?? 0), 0);
    expect(model.pipeline?.openAmount).toBe(open);
    expect(html).toContain(money.format(open));
  });

  it("shows the year's bookings as the won amounts closed in 2026 up to the as-of date", () => {
    const booked = deals
      .filter((d) => String(d.outcome).toLowerCase() === "won" && (d.closed ?? 0) >= start && (d.closed ?? 0) <= end)
      .reduce((s, d) => s + (d.amount ?? 0), 0);
    expect(model.bookings?.total).toBe(booked);
    expect(html).toContain(money.format(booked));
  });

  it("shows every rep in the win-rate breakdown", () => {
    const reps = new Set(
      deals
        .filter(
          (d) =>
            String(d.outcome).toLowerCase() === "open" ||
            (d.closed !== undefined && d.closed >= start && d.closed < end + 1),
        )
        .map((d) => d.rep),
    );
    expect(model.winRate?.breakdowns[0]?.rows.map((r) => r.label).sort()).toEqual([...reps].sort());
    for (const rep of reps) expect(html).toContain(String(rep));
  });
});
