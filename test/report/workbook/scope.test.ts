import { describe, expect, it } from "vitest";
import { buildReportModel, resolveReportOptions } from "../../../generator/report/index.js";
import { formatProblems } from "../../../generator/report/problems.js";
import { WorkbookAssembler } from "../../../generator/report/workbook/data.js";
import { netCredits } from "../../../generator/report/workbook/transactions.js";
import { mulberry32 } from "../../../scripts/prng.js";
import type { CellValue } from "../../../shared/excel/values.js";
import { excel } from "../../../shared/index.js";

/** Assemble sheets given as rows of cells (row 1 first), in the order given. */
function assemble(sheets: Record<string, CellValue[][]>) {
  const assembler = new WorkbookAssembler(Object.keys(sheets).map((name) => ({ name, tables: [] })));
  for (const [name, rows] of Object.entries(sheets)) {
    const sink = assembler.sinkFor(name);
    rows.forEach((cells, i) => {
      sink?.push({ number: i + 1, cells });
    });
  }
  const { data, problems } = assembler.finish();
  return { data, problems: formatProblems(problems) };
}

const NOW = new Date("2026-07-01T00:00:00Z");
const model = (data: ReturnType<typeof assemble>["data"], asOf?: string) => {
  const options = resolveReportOptions(data, { now: NOW, ...(asOf ? { asOf } : {}) });
  return buildReportModel(data, {
    locale: "en",
    asOf: options.asOf,
    generatedAt: NOW,
    source: { name: "t", sha256: "" },
  });
};

describe("scope that explains itself", () => {
  it("reports as of the data's last close when the data ends before this fiscal year, and says so", () => {
    const { data } = assemble({
      Deals: [
        ["Outcome", "Amount", "Closed"],
        ["Won", 100, "2017-03-01"],
        ["Lost", 50, "2017-12-30"],
        ["Open", 70, "2019-01-01"],
      ],
    });
    const resolved = resolveReportOptions(data, { now: NOW });
    expect(resolved.asOf.toISOString()).toBe("2017-12-30T00:00:00.000Z");
    expect(resolved.warnings).toEqual([
      "no as-of date given, and the data ends on 2017-12-30, before this fiscal year (from 2026-01-01): the report is as of 2017-12-30 (set As of in Settings, or --as-of, to choose another date)",
    ]);
    // The revenue of the data's year, not $0.
    expect(model(data).bookings?.total).toBe(100);
    // An explicit date, or data in this fiscal year, keeps today.
    expect(resolveReportOptions(data, { now: NOW, asOf: "2026-06-30" }).warnings).toEqual([]);
    const current = assemble({
      Deals: [
        ["Outcome", "Closed"],
        ["Won", "2026-02-01"],
      ],
    }).data;
    expect(resolveReportOptions(current, { now: NOW })).toMatchObject({ asOf: NOW, warnings: [] });
  });

  it("refuses a goal whose start is after its deadline, as =GOALS.PACING does", () => {
    expect(
      assemble({
        Goals: [
          ["Goal", "Start", "Deadline"],
          ["Win 30% of deals", "2026-01-01", "2012-12-31"],
        ],
      }).problems,
    ).toEqual(["Goals!B2: Start must be before Deadline (2012-12-31), got 2026-01-01"]);
    expect(excel.PACING(50, 100, "2026-01-01", "2012-12-31", "2026-06-30")).toMatchObject({ error: "#VALUE!" });
  });

  it("leaves deals closed before they were created out of the cycle, with a count, as =GOALS.SALESCYCLE does", () => {
    const { data, problems } = assemble({
      Deals: [
        ["Outcome", "Created", "Closed"],
        ["Won", "2025-01-01", "2025-01-11"],
        ["Won", "2025-02-10", "2025-02-01"],
        ["Won", "2025-03-01 10:00", "2025-03-01 09:00"],
      ],
    });
    expect(problems).toEqual([]);
    expect(data.warnings).toEqual([
      "Deals: 2 deals closed before they were created (rows 3, 4) are left out of the sales cycle",
    ]);
    const report = model(data, "2025-12-31");
    expect(report.cycle?.cycleDays?.count).toBe(1);
    expect(report.cycle?.cycleDays?.mean).toBe(10);
  });

  it("counts won deals without a rep (blank or a placeholder such as N/A) in a warning", () => {
    const { data } = assemble({
      Deals: [
        ["Rep", "Outcome", "Amount"],
        ["Ana", "Won", 5],
        [null, "Won", 5],
        ["N/A", "Won", 5],
        ["-", "Lost", 5],
      ],
    });
    expect(data.warnings).toEqual([
      "Deals: 2 won deals have no Rep (rows 3, 4): counted in team bookings and win rate, in no rep's attainment",
    ]);
    expect(data.deals?.map((d) => d.rep)).toEqual(["Ana", undefined, undefined, undefined]);
  });
});

describe("Reps named otherwise than in Deals", () => {
  it("warns when a rep matches the deals only if case and spaces are ignored (quota bookings count exact names)", () => {
    const { data } = assemble({
      Deals: [
        ["Rep", "Outcome", "Amount", "Closed"],
        ["Ana Lima", "Won", 5, 46000],
        ["Ben Okafor", "Won", 7, 46000],
        ["Chen Wei", "Lost", 7, 46000],
      ],
      Reps: [
        ["Rep", "Quota"],
        ["ana lima", 100],
        ["Ben Okafor", 100],
        ["CHEN WEI ", 100],
        ["Dana", 100],
      ],
    });
    expect(data.warnings).toEqual([
      'Reps!A2: "ana lima" has no deals under that exact name, but Deals names "Ana Lima" — quota bookings count a rep\'s deals by exact name (as =EXACT does), so this rep\'s attainment counts none of them: write the name as Deals does',
      'Reps!A4: "CHEN WEI" has no deals under that exact name, but Deals names "Chen Wei" — quota bookings count a rep\'s deals by exact name (as =EXACT does), so this rep\'s attainment counts none of them: write the name as Deals does',
    ]);
  });
});

describe("Transactions as order lines", () => {
  it("leaves placeholder customers out with a count, and =GOALS.CLVFIT leaves them out the same way", () => {
    const rows: CellValue[][] = [];
    // 12 customers with a repeat purchase (the fit needs 10), plus rows under "NA" and "(blank)".
    for (let c = 0; c < 12; c++)
      for (let k = 0; k < 3; k++) rows.push([`C${c}`, 45000 + c * 3 + k * 20 + (c % 5), 10 + c + k * 3]);
    const withPlaceholders = [...rows, ["NA", 45010, 99], ["(blank)", 45020, 50], ["NA", 45050, 7]];
    const { data } = assemble({ Transactions: [["Customer", "Date", "Amount"], ...withPlaceholders] });
    expect(data.warnings).toEqual([
      'Transactions: 3 rows without a real customer ("NA" and "(blank)") are left out of customer value',
    ]);
    expect(data.transactions).toHaveLength(rows.length);
    const column = (i: number, from: CellValue[][]) => from.map((r) => [r[i] as CellValue]);
    expect(excel.CLVFIT(column(0, withPlaceholders), column(1, withPlaceholders), column(2, withPlaceholders))).toEqual(
      excel.CLVFIT(column(0, rows), column(1, rows), column(2, rows)),
    );
  });

  it("nets credits against the same customer's earlier purchases, latest first (worked by hand)", () => {
    // A buys 100 (day 1) and 40 (day 2), returns 50 on day 3: the 40 goes, the 100 keeps 90.
    // B returns 30 on day 1 with nothing bought before: left out. B buys 20 on day 2.
    // C buys 25 and cancels it the same day (the credit's row comes first): the purchase goes.
    const records = [
      { customer: "A", date: 1, amount: 100, row: 2 },
      { customer: "A", date: 2, amount: 40, row: 3 },
      { customer: "A", date: 3, amount: -50, row: 4 },
      { customer: "B", date: 1, amount: -30, row: 5 },
      { customer: "B", date: 2, amount: 20, row: 6 },
      { customer: "C", date: 4.7, amount: -25, row: 7 },
      { customer: "C", date: 4.2, amount: 25, row: 8 },
    ];
    const netted = netCredits(records);
    expect(netted.records.map((r) => [r.customer, r.date, r.amount])).toEqual([
      ["A", 1, 90],
      ["B", 2, 20],
    ]);
    expect({ credits: netted.credits, total: netted.total, unmatched: netted.unmatched }).toEqual({
      credits: 3,
      total: -105,
      unmatched: 1,
    });
  });

  it("derives Amount from Quantity × Unit price, and says so", () => {
    const { data, problems } = assemble({
      Orders: [
        ["InvoiceNo", "CustomerID", "InvoiceDate", "Quantity", "UnitPrice"],
        ["536365", "17850.0", "12/1/2010 8:26", "6", "2.55"],
        ["536366", "17850.0", "12/2/2010 8:28", "6", "1.85"],
        ["C536367", "17850.0", "12/13/2010 9:00", "-6", "1.85"],
      ],
    });
    expect(problems).toEqual([]);
    expect(data.notes).toEqual(["Orders: Amount is Quantity × UnitPrice (no Amount column)"]);
    expect(data.transactions?.map((t) => [t.customer, t.amount])).toEqual([["17850", 6 * 2.55]]);
  });

  it("keeps a customer who spent nothing, out of the spend model only, and still predicts", () => {
    // 200 customers who buy at a personal rate and drop out at a personal chance (BG/NBD's story), seeded.
    const random = mulberry32(20_260_630);
    const rows: CellValue[][] = [["Customer", "Date", "Amount"]];
    for (let c = 0; c < 200; c++) {
      const perDay = (0.05 + random() * 0.6) / 7;
      const dropout = 0.05 + random() * 0.5;
      const spend = 10 + 300 * random() ** 2;
      let day = 45663 + Math.floor(random() * 120);
      for (;;) {
        rows.push([`C${c}`, day, Math.max(1, Math.round(spend * -Math.log(1 - random())))]);
        if (random() < dropout) break;
        day += Math.max(1, Math.round(-Math.log(1 - random()) / perDay));
        if (day > 46203) break;
      }
    }
    rows.push(["Free", 45700, 0], ["Free", 45730, 0]);
    const { data } = assemble({ Transactions: rows });
    expect(data.warnings).toEqual([
      "Transactions: 1 customer with no spend is left out of the spend model (Gamma-Gamma)",
    ]);
    const clv = model(data, "2026-06-30").clv;
    expect(clv?.customers).toBe(201);
    expect(clv?.predictiveNote).toBeNull();
    expect(clv?.predictive?.expectedValueTotal).toBeGreaterThan(0);
  });
});

describe("sections stand alone", () => {
  it("a Transactions-only workbook gives a customer-value report", () => {
    const rows: CellValue[][] = [["Customer", "Date", "Amount"]];
    for (let c = 0; c < 20; c++) for (let k = 0; k < 3; k++) rows.push([`C${c}`, 45000 + k * 11 + c, 30 + c]);
    const { data, problems } = assemble({ Transactions: rows });
    expect(problems).toEqual([]);
    const report = model(data, "2023-12-31");
    expect(report.clv?.customers).toBe(20);
    expect(report.clv?.revenue).toBe(3 * (20 * 30 + (19 * 20) / 2));
  });

  it("Reps and Deals without Goals give a quota report", () => {
    const { data, problems } = assemble({
      Reps: [
        ["Rep", "Quota"],
        ["Ana", 120000],
        ["Bram", 120000],
      ],
      Deals: [
        ["Rep", "Outcome", "Amount", "Closed"],
        ["Ana", "Won", 30000, "2026-02-01"],
        ["Bram", "Lost", 10, "2026-02-01"],
      ],
    });
    expect(problems).toEqual([]);
    const report = model(data, "2026-06-30");
    expect(report.quota?.rows.map((r) => [r.rep, r.bookings])).toEqual([
      ["Ana", 30000],
      ["Bram", 0],
    ]);
  });

  it("finds a CRM export pasted into a sheet of any name (pandas' Sheet1) by its header", () => {
    const { data, problems } = assemble({
      Sheet1: [
        ["opportunity_id", "sales_agent", "deal_stage", "close_value"],
        ["A1", "Ana", "Won", "100"],
      ],
      Notes: [["anything"]],
    });
    expect(problems).toEqual([]);
    expect(data.deals?.map((d) => [d.rep, d.amount])).toEqual([["Ana", 100]]);
    expect(data.warnings).toEqual([
      "Notes: unknown sheet is not used (Goalsheet reads Goals, Deals, Reps, Transactions and Settings)",
    ]);
  });

  it("refuses a workbook whose data sheets hold no rows rather than report $0", () => {
    expect(assemble({ Deals: [["Outcome", "Amount"]] }).problems).toEqual([
      "workbook: has no rows to report on: Deals has no data rows",
    ]);
  });
});
