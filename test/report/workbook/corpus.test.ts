import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCsvFiles } from "../../../generator/cli/csv/read.js";
import { buildReportModel, resolveReportOptions } from "../../../generator/report/index.js";
import { CORPUS, DEAL_FILES, day, expected, isoDay, records } from "./corpus-oracle.js";

/**
 * The export corpus, file by file: each real or CRM-formatted export, read as it is (no renaming), gives a
 * report whose win rate, revenue and sales cycle equal the figures corpus-oracle.ts computes with plain loops
 * from the CRM's documented meaning of each column. No file may give an empty report.
 */
function report(file: string, asOf?: string) {
  const data = readCsvFiles([{ name: file.split("/").pop() as string, bytes: readFileSync(`${CORPUS}/${file}`) }]);
  const options = resolveReportOptions(data, { now: new Date("2026-07-01T00:00:00Z"), ...(asOf ? { asOf } : {}) });
  const model = buildReportModel(data, {
    locale: "en",
    asOf: options.asOf,
    generatedAt: new Date("2026-07-01T00:00:00Z"),
    source: { name: file, sha256: "" },
  });
  return { data, model, warnings: [...data.warnings, ...options.warnings], notes: data.notes ?? [] };
}

// The generated exports hold 2025 deals; the report is as of the end of 2025 (fiscal year = calendar 2025).
const FY2025 = { asOf: "2025-12-31", from: day(2025, 1, 1), to: day(2025, 12, 31) };

describe("the export corpus (test/corpus/exports)", () => {
  it.each([
    // Maven's data ends in 2017: the report takes the last close (2017-12-30) as its as-of date, and says so.
    ["maven/sales_pipeline.csv", undefined, day(2017, 1, 1), day(2017, 12, 30)],
    ...Object.keys(DEAL_FILES)
      .filter((f) => f.startsWith("generated/"))
      .map((f) => [f, FY2025.asOf, FY2025.from, FY2025.to] as const),
  ] as const)("%s gives the win rate, revenue and cycle an independent count gives", (file, asOf, from, to) => {
    const want = expected((DEAL_FILES[file] as () => never[])(), from, to);
    const { model } = report(file, asOf);
    const overall = model.winRate?.overall;
    expect({ won: overall?.won, lost: overall?.lost, open: overall?.open }).toEqual({
      won: want.won,
      lost: want.lost,
      open: want.open,
    });
    expect(want.won + want.lost).toBeGreaterThan(10);
    expect(overall?.rate).toBeCloseTo(want.won / (want.won + want.lost), 12);
    expect(model.bookings?.total).toBeCloseTo(want.revenue, 6);
    expect(model.kpis.find((k) => k.id === "revenue")?.value).toBeCloseTo(want.revenue, 6);
    expect(model.cycle?.cycleDays?.count).toBe(want.cycleCount);
    expect(model.cycle?.cycleDays?.mean).toBeCloseTo(want.cycleMean as number, 9);
  });

  it("says what it did with each export, in notes and warnings", () => {
    const said = (file: string, asOf?: string) => {
      const { notes, warnings } = report(file, asOf);
      return [...notes.map((n) => `note: ${n}`), ...warnings.map((w) => `warning: ${w}`)];
    };
    expect(said("maven/sales_pipeline.csv")).toMatchInlineSnapshot(`
      [
        "note: sales_pipeline.csv: Outcome taken from deal_stage (closed won and closed lost stages; other stages are open)",
        "warning: no as-of date given, and the data ends on 2017-12-30, before this fiscal year (from 2026-01-01): the report is as of 2017-12-30 (set As of in Settings, or --as-of, to choose another date)",
      ]
    `);
    expect(said("generated/salesforce-dataloader.csv", FY2025.asOf)).toMatchInlineSnapshot(`
      [
        "note: salesforce-dataloader.csv: Outcome taken from IsClosed and IsWon",
        "warning: salesforce-dataloader.csv: 36 columns are not used: "IsDeleted", "AccountId", "IsPrivate", "Description", …",
        "warning: salesforce-dataloader.csv: 1 deal closed before it was created (row 4) is left out of the sales cycle",
      ]
    `);
    expect(said("generated/salesforce-report.csv", FY2025.asOf)).toMatchInlineSnapshot(`
      [
        "note: salesforce-report.csv: Outcome taken from Closed and Won",
        "note: Currency USD taken from salesforce-report.csv!F (no Currency in Settings)",
        "warning: salesforce-report.csv!E1: unknown column "Fiscal Period" is not used",
        "warning: salesforce-report.csv!I1: unknown column "Age" is not used",
        "warning: salesforce-report.csv!L1: unknown column "Lead Source" is not used",
        "warning: salesforce-report.csv!M1: unknown column "Type" is not used",
      ]
    `);
    expect(said("generated/dynamics-opportunities.csv", FY2025.asOf)).toMatchInlineSnapshot(`
      [
        "note: Currency USD taken from dynamics-opportunities.csv!C (no Currency in Settings)",
        "warning: dynamics-opportunities.csv!E1: unknown column "Est. Close Date" is not used",
        "warning: dynamics-opportunities.csv!H1: unknown column "Status Reason" is not used",
      ]
    `);
    expect(said("generated/kansen.csv", FY2025.asOf)).toMatchInlineSnapshot(`
      [
        "note: Currency EUR taken from kansen.csv!D (no Currency in Settings)",
      ]
    `);
  });

  it("takes each CRM's currency from its export (EUR from Pipedrive, GBP from Zoho, € from Dutch Excel)", () => {
    expect(
      Object.fromEntries(
        [
          "generated/pipedrive-deals.csv",
          "generated/zoho-deals.csv",
          "generated/kansen.csv",
          "generated/dynamics-opportunities.csv",
          "generated/hubspot-deals.csv",
        ].map((f) => [f, report(f, FY2025.asOf).model.currency]),
      ),
    ).toEqual({
      "generated/pipedrive-deals.csv": "EUR",
      "generated/zoho-deals.csv": "GBP",
      "generated/kansen.csv": "EUR",
      "generated/dynamics-opportunities.csv": "USD",
      "generated/hubspot-deals.csv": "USD",
    });
  });

  it("weights the forecast by each open deal's own Probability where the export has one", () => {
    // Salesforce's Probability (%) is 0–100: an open deal's weight is its probability / 100.
    const rows = readFileSync(`${CORPUS}/generated/salesforce-dataloader.csv`, "utf8").split("\r\n").slice(1, -1);
    let weighted = 0;
    for (const line of rows) {
      const cells = line.slice(1, -1).split('","');
      if (cells[15] === "false") weighted += Number(cells[7]) * (Number(cells[8]) / 100);
    }
    const { model } = report("generated/salesforce-dataloader.csv", FY2025.asOf);
    expect(model.pipeline?.probabilitiesFrom).toBe("deals");
    expect(model.pipeline?.weightedForecast).toBeCloseTo(weighted, 6);
  });

  it("reads UCI order lines (Quantity × UnitPrice, cancellations as credits) in ISO and in the source's US dates", () => {
    const iso = report("uci-retail/order-lines.csv");
    const us = report("uci-retail/order-lines-us-dates.csv");
    // Independent: per customer, day by day, purchases first, then each credit takes what purchases so far
    // leave (a credit with nothing before it takes nothing). Revenue is what remains.
    const byCustomer = new Map<string, Map<number, { bought: number; credit: number }>>();
    for (const r of records("uci-retail/order-lines.csv")) {
      const amount = Number(r.Quantity) * Number(r.UnitPrice);
      const customer = String(r.CustomerID).replace(/\.0$/, "");
      const days = byCustomer.get(customer) ?? new Map();
      byCustomer.set(customer, days);
      const d = Math.floor(isoDay(r.InvoiceDate as string)); // netting is by calendar day
      const entry = days.get(d) ?? { bought: 0, credit: 0 };
      if (amount >= 0) entry.bought += amount;
      else entry.credit -= amount;
      days.set(d, entry);
    }
    let revenue = 0;
    let customers = 0;
    for (const days of byCustomer.values()) {
      let left = 0;
      for (const d of [...days.keys()].sort((a, b) => a - b)) {
        const { bought, credit } = days.get(d) as { bought: number; credit: number };
        left += bought;
        left -= Math.min(left, credit);
      }
      revenue += left;
      if (left > 1e-9) customers++;
    }
    expect(iso.model.clv?.customers).toBe(customers);
    expect(iso.model.clv?.revenue).toBeCloseTo(revenue, 6);
    // The same figures; their formulas name each file's own sheet.
    const figures = (v: unknown) => JSON.parse(JSON.stringify(v, (k, x) => (k === "formulas" ? undefined : x)));
    expect(figures(us.model.clv)).toEqual(figures(iso.model.clv));
  });
});
