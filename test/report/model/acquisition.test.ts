import { describe, expect, it } from "vitest";
import { acquisition } from "../../../generator/report/model/acquisition.js";
import { modelContext } from "../../../generator/report/model/context.js";
import { metricById } from "../../../generator/report/model/metrics.js";
import { fiscalPeriod } from "../../../generator/report/model/period.js";
import type { WorkbookData } from "../../../generator/report/workbook/data.js";
import { isoToSerial } from "../../../shared/excel/dates.js";
import { findComputedMetric } from "../../../shared/kpi/metrics.js";
import { fixture } from "../fixture.js";
import { renderFixture } from "../render-fixture.js";

/**
 * CAC = sales and marketing spend / new customers (docs/domain.md, "Acquisition"); LTV:CAC with LTV = revenue per
 * customer to date. New customers: first transaction in the window, else won deals closed in it.
 */
const d = (iso: string) => isoToSerial(iso) as number;
const window = { from: d("2026-01-01"), to: d("2026-06-30") };
const settings = (spend?: number) => ({ stageProbabilities: {}, rows: {}, ...(spend === undefined ? {} : { spend }) });
const tx = (customer: string, date: string, amount: number) => ({ row: 0, customer, date: d(date), amount });
const base: WorkbookData = { date1904: false, sources: {}, warnings: [] };
const ctx = (data: WorkbookData) => modelContext(data, fiscalPeriod(window.to), false);

// A bought before the window (not new); B on its first day and C on its last (new); D only after it (not
// new, and not counted in the LTV either). Revenue to 2026-06-30: A 100 + 50, B 200, C 250 = 600 over 3.
const transactions = [
  tx("A", "2025-12-31", 100),
  tx("A", "2026-03-01", 50),
  tx("B", "2026-01-01", 200),
  tx("C", "2026-06-30", 250),
  tx("D", "2026-07-01", 999),
];
const won = (closed: string, outcome = "Won") => ({ row: 0, outcome, closed: d(closed), amount: 1 });
const compute = (name: string, data: WorkbookData) => {
  const id = findComputedMetric(name)?.id;
  return id === undefined ? undefined : metricById(id)?.compute(ctx(data), window)?.value;
};

describe("acquisition(data, window)", () => {
  it.each([
    {
      name: "transactions: first purchase in the window",
      data: { ...base, transactions, settings: settings(1_000) },
      expected: { newCustomers: 2, newCustomersFrom: "transactions", cac: 500, ltv: 200, ltvToCac: 0.4 },
    },
    {
      name: "no Transactions sheet: won deals closed in the window (lost and later deals do not count)",
      data: {
        ...base,
        deals: [won("2026-01-01"), won("2026-06-30"), won("2026-07-01"), won("2026-03-01", "Lost"), won("2025-12-31")],
        settings: settings(900),
      },
      expected: { newCustomers: 2, newCustomersFrom: "deals", cac: 450, ltv: null, ltvToCac: null },
    },
    {
      name: "no new customers: no cost per customer (GOALS.CAC's error), so no ratio",
      data: { ...base, transactions: [tx("A", "2025-05-01", 10)], settings: settings(1_000) },
      expected: { newCustomers: 0, cac: null, ltv: 10, ltvToCac: null },
    },
    {
      name: "spend of zero: CAC 0, and LTV:CAC has no value (a customer that cost nothing)",
      data: { ...base, transactions, settings: settings(0) },
      expected: { newCustomers: 2, cac: 0, ltvToCac: null },
    },
  ])("$name", ({ data, expected }) => {
    expect(acquisition(ctx(data as WorkbookData), window)).toMatchObject(expected);
  });

  it("is absent without a spend setting or without data to count customers in", () => {
    expect(acquisition(ctx({ ...base, transactions, settings: settings() }), window)).toBeUndefined();
    expect(acquisition(ctx({ ...base, settings: settings(1_000) }), window)).toBeUndefined();
  });

  it("backs the cac and ltv_cac metrics a goal can name", () => {
    const data = { ...base, transactions, settings: settings(1_000) };
    expect(compute("CAC", data)).toBe(500);
    expect(findComputedMetric("获客成本")?.id).toBe("cac");
    expect(compute("LTV:CAC", data)).toBeCloseTo(0.4, 12);
    expect(findComputedMetric("cac")?.direction).toBe("down");
  });
});

describe("CAC in the report", () => {
  it("shows CAC and LTV:CAC as KPI tiles and in the customer value section", async () => {
    const html = await renderFixture("en");
    // Fixture: 1,500 spend / 3 new customers = €500; LTV 1,000 / 3 = €333.33, so LTV:CAC = 0.7×.
    expect(html).toContain(
      '<span class="tile-value">€500</span><span class="tile-label">Customer acquisition cost (CAC)',
    );
    expect(html).toContain('<span class="tile-value">0.7×</span><span class="tile-label">LTV:CAC');
    expect(html).toContain('<h3 id="cac-title">Acquisition cost</h3>');
    expect(html).toContain("New customers are those whose first transaction falls in the fiscal year to date.");
  });

  it("leaves CAC out when Settings has no spend", async () => {
    const { spend: _unused, ...withoutSpend } = fixture.settings ?? { stageProbabilities: {}, rows: {} };
    const html = await renderFixture("en", { ...fixture, settings: withoutSpend });
    expect(html).not.toContain("Customer acquisition cost");
    expect(html).not.toContain("cac-title");
  });
});
