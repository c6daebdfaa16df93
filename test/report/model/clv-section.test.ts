import { describe, expect, it } from "vitest";
import { clvSection } from "../../../generator/report/model/clv-section.js";
import { modelContext } from "../../../generator/report/model/context.js";
import { fiscalPeriod } from "../../../generator/report/model/period.js";
import type { WorkbookData } from "../../../generator/report/workbook/data.js";
import { isoToSerial } from "../../../shared/excel/dates.js";
import { simulatedPurchases } from "../../support/purchases.js";
import { fixture } from "../fixture.js";
import { renderFixture } from "../render-fixture.js";

const transactions = () => simulatedPurchases();

describe("clvSection(ctx)", () => {
  const period = fiscalPeriod(isoToSerial("2026-06-30") as number);
  const data: WorkbookData = { date1904: false, sources: {}, warnings: [], transactions: transactions() };
  const section = clvSection(modelContext(data, period, false));

  it("keeps the historical figures exact", () => {
    const rows = transactions().filter((t) => t.date <= period.asOf);
    const revenue = rows.reduce((s, t) => s + t.amount, 0);
    expect(section).toMatchObject({ customers: 200, transactions: rows.length, revenue });
    expect(section?.averageOrderValue).toBeCloseTo(revenue / rows.length, 9);
  });

  it("predicts with BG/NBD and Gamma-Gamma when there are enough repeat customers", () => {
    const p = section?.predictive;
    expect(section?.predictiveNote).toBeNull();
    expect(p).not.toBeNull();
    if (!p) return;
    // Every customer falls in exactly one P(alive) band; the top list is sorted and at most ten long.
    expect(p.pAliveBands.reduce((s, b) => s + b.customers, 0)).toBe(200);
    expect(p.topCustomers).toHaveLength(10);
    const values = p.topCustomers.map((c) => c.expectedValue);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(p.expectedValueTotal).toBeGreaterThanOrEqual(values.reduce((s, v) => s + v, 0));
    for (const c of p.topCustomers) expect(c.pAlive).toBeGreaterThan(0);
    for (const c of p.topCustomers) expect(c.pAlive).toBeLessThanOrEqual(1);
    expect([p.params.r, p.params.alpha, p.params.a, p.params.b].every((v) => v > 0)).toBe(true);
  });
});

describe("the P(alive) chart in the rendered report", () => {
  // Each band's label is the two ends through Intl in the report's locale, as the table below the chart has
  // them (Arabic and Chinese write percentages differently from English).
  for (const locale of ["en", "ar", "zh", "nl"] as const)
    it(`labels the bands through Intl in ${locale}`, async () => {
      const html = await renderFixture(locale, { ...fixture, transactions: transactions() });
      const chart = /<figure[^>]*aria-labelledby="palive-chart-t[\s\S]*?<\/figure>/.exec(html)?.[0] ?? "";
      const labels = [...chart.matchAll(/<span class="hbar-label">([^<]*)<\/span>/g)].map((m) => m[1]);
      const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
      expect(labels).toEqual(
        Array.from({ length: 10 }, (_, i) => `${percent.format(i / 10)} – ${percent.format((i + 1) / 10)}`),
      );
    });
});
