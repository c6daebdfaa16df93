import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../../generator/cli/workbook/read.js";
import { buildReportModel, resolveReportOptions } from "../../../generator/report/index.js";
import { CORPUS, DEAL_FILES, day, expected } from "./corpus-oracle.js";

/**
 * Issue 11's done-when: a Salesforce opportunity export, a HubSpot deals export and the Maven CRM data, each
 * pasted as is into a workbook written by pandas (scripts/corpus/make_exports.py), give a report without any
 * renaming, with win rate, revenue and cycle equal to the independent count of the CSV they came from.
 *
 * pandas (openpyxl) writes absolute relationship targets (/xl/worksheets/sheet1.xml); until the one-pass
 * reader that resolves them is in (issue 11 item 1), exceljs sees the Salesforce and HubSpot sheets as empty
 * and these two cases fail (the import layer refuses an empty workbook rather than report $0).
 */
const NOW = new Date("2026-07-01T00:00:00Z");

async function report(file: string, asOf?: string) {
  const data = await readWorkbook(readFileSync(`${CORPUS}/${file}`));
  const options = resolveReportOptions(data, { now: NOW, ...(asOf ? { asOf } : {}) });
  return buildReportModel(data, {
    locale: "en",
    asOf: options.asOf,
    generatedAt: NOW,
    source: { name: file, sha256: "" },
  });
}

describe("CRM exports pasted as is into pandas-written workbooks", () => {
  it.each([
    [
      "workbooks/salesforce-pandas.xlsx",
      "generated/salesforce-dataloader.csv",
      "2025-12-31",
      day(2025, 1, 1),
      day(2025, 12, 31),
    ],
    ["workbooks/hubspot-pandas.xlsx", "generated/hubspot-deals.csv", "2025-12-31", day(2025, 1, 1), day(2025, 12, 31)],
    ["workbooks/maven-pandas.xlsx", "maven/sales_pipeline.csv", undefined, day(2017, 1, 1), day(2017, 12, 30)],
  ] as const)("%s gives the figures of %s", async (workbook, csv, asOf, from, to) => {
    const want = expected((DEAL_FILES[csv] as () => never[])(), from, to);
    const model = await report(workbook, asOf);
    const overall = model.winRate?.overall;
    expect({ won: overall?.won, lost: overall?.lost, open: overall?.open }).toEqual({
      won: want.won,
      lost: want.lost,
      open: want.open,
    });
    expect(overall?.rate).toBeCloseTo(want.won / (want.won + want.lost), 12);
    expect(model.bookings?.total).toBeCloseTo(want.revenue, 6);
    expect(model.cycle?.cycleDays?.count).toBe(want.cycleCount);
    expect(model.cycle?.cycleDays?.mean).toBeCloseTo(want.cycleMean as number, 9);
  });
});
