import { describe, expect, it } from "vitest";
import { formatProblems } from "../../../generator/report/problems.js";
import { WorkbookAssembler } from "../../../generator/report/workbook/data.js";
import { isoToSerial } from "../../../shared/excel/dates.js";
import type { CellValue } from "../../../shared/excel/values.js";

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

const iso = (text: string) => isoToSerial(text) as number;

describe("text dates: the column decides the order", () => {
  it.each([
    ["month-first (a second number above 12)", ["3/4/2025", "10/20/2025"], ["2025-03-04", "2025-10-20"]],
    ["day-first (a first number above 12)", ["3/4/2025", "20/10/2025"], ["2025-04-03", "2025-10-20"]],
    ["day-first with dots", ["03.04.2025", "20.10.2025"], ["2025-04-03", "2025-10-20"]],
  ])("reads a %s column", (_what, cells, want) => {
    const { data, problems } = assemble({ Deals: [["Outcome", "Closed"], ...cells.map((c) => ["Won", c])] });
    expect(problems).toEqual([]);
    expect(data.deals?.map((d) => d.closed)).toEqual(want.map(iso));
  });

  it("takes the order from Settings, wherever the Settings sheet is", () => {
    const { data, problems } = assemble({
      Deals: [
        ["Outcome", "Closed"],
        ["Won", "3/4/2025"],
      ],
      Settings: [["Date order", "DMY"]],
    });
    expect(problems).toEqual([]);
    expect(data.deals?.at(0)?.closed).toBe(iso("2025-04-03"));
  });

  it("refuses a column that mixes the orders, and one that never says which", () => {
    expect(
      assemble({
        Deals: [
          ["Outcome", "Created", "Closed"],
          ["Won", "20/1/2025", "1/2/2025"],
          ["Won", "1/20/2025", "2/3/2025"],
        ],
      }).problems,
    ).toMatchInlineSnapshot(`
      [
        "Deals!B: Created mixes day-first dates such as "20/1/2025" (B2) with month-first dates such as "1/20/2025" (B3) — set Date order (MDY, DMY or YMD) in Settings",
        "Deals!C: Closed dates such as "1/2/2025" (C2) can be read month-first or day-first, and no date in the column tells which — set Date order (MDY, DMY or YMD) in Settings",
      ]
    `);
  });
});

describe("amounts as written", () => {
  it("decides a lone '1.200' by the decimal commas elsewhere in its column", () => {
    const { data, problems } = assemble({
      Deals: [
        ["Outcome", "Amount"],
        ["Won", "€ 1.200"],
        ["Won", "€ 950,50"],
      ],
    });
    expect(problems).toEqual([]);
    expect(data.deals?.map((d) => d.amount)).toEqual([1200, 950.5]);
    expect(data.settings?.currency).toBe("EUR");
    expect(data.notes).toEqual(["Currency EUR taken from Deals!B (no Currency in Settings)"]);
  });

  it("reads '1,200' as exports write thousands, and refuses a lone '1.200' nothing decides", () => {
    expect(
      assemble({
        Deals: [
          ["Outcome", "Amount"],
          ["Won", "1,200"],
        ],
      }).data.deals?.at(0)?.amount,
    ).toBe(1200);
    expect(
      assemble({
        Deals: [
          ["Outcome", "Amount"],
          ["Won", "1.200"],
        ],
      }).problems,
    ).toMatchInlineSnapshot(`
      [
        "Deals!B: Amount numbers such as "1.200" (B2) can be read with a thousands separator or a decimal one, and no number in the column tells which — write amounts without thousands separators, or with their decimals (1.200,00)",
      ]
    `);
  });

  it("refuses two currencies: in one column, across sheets, and against Settings", () => {
    expect(
      assemble({
        Deals: [
          ["Outcome", "Amount"],
          ["Won", "USD 1,200"],
        ],
        Transactions: [
          ["Customer", "Date", "Amount"],
          ["C1", "2025-01-02", "€ 10,00"],
        ],
      }).problems,
    ).toMatchInlineSnapshot(`
      [
        "Transactions!C: The workbook's amounts must hold one currency, got USD (Deals!B) and EUR (Transactions!C) — convert the amounts to one currency (or use the export's amount in the company currency)",
      ]
    `);
    expect(
      assemble({
        Deals: [
          ["Outcome", "Amount", "Currency"],
          ["Won", 5, "USD"],
          ["Won", 5, "GBP"],
        ],
      }).problems,
    ).toMatchInlineSnapshot(`
      [
        "Deals!C: Currency must hold one currency, got "USD" (C2) and "GBP" (C3) — convert the amounts to one currency (or use the export's amount in the company currency)",
      ]
    `);
    expect(
      assemble({
        Deals: [
          ["Outcome", "Amount"],
          ["Won", "£5"],
        ],
        Settings: [["Currency", "EUR"]],
      }).problems,
    ).toMatchInlineSnapshot(`
      [
        "Settings!B1: Currency in Settings is EUR, but Deals!B holds GBP amounts — convert the amounts to one currency (or use the export's amount in the company currency)",
      ]
    `);
  });

  it("accepts a $ column in a report whose Settings say CAD ($ is several dollars)", () => {
    const { data, problems } = assemble({
      Deals: [
        ["Outcome", "Amount"],
        ["Won", "$5"],
      ],
      Settings: [["Currency", "CAD"]],
    });
    expect(problems).toEqual([]);
    expect(data.settings?.currency).toBe("CAD");
  });
});
