import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEALS, TRANSACTIONS } from "../../../generator/report/workbook/contract.js";
import { columnFor } from "../../../generator/report/workbook/table.js";

/** The README's table of CRM exports is a promise: every header it names is read as its Goalsheet column. */
const readme = readFileSync("README.md", "utf8");
const KEYS: Record<string, string> = {
  ID: "id",
  Rep: "rep",
  Stage: "stage",
  Amount: "amount",
  Created: "created",
  Closed: "closed",
  Outcome: "outcome",
  Probability: "probability",
  Currency: "currency",
  Account: "account",
};

function tableRows(): string[][] {
  const start = readme.indexOf("| Goalsheet   | Salesforce");
  const lines = readme.slice(start).split("\n");
  const rows: string[][] = [];
  for (const line of lines.slice(2)) {
    if (!line.startsWith("|")) break;
    rows.push(
      line
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  }
  return rows;
}

describe("README: CRM exports → Goalsheet columns", () => {
  const rows = tableRows();

  it("has a row for each column it promises", () => {
    expect(rows.map((r) => r[0])).toEqual(Object.keys(KEYS));
  });

  it.each(rows.map((r) => [r[0] as string, r.slice(1)] as const))(
    "reads every header listed for %s",
    (column, cells) => {
      // "from …" cells say where a derived column comes from (tested in outcomes.test.ts); "—" is none.
      const names = cells
        .filter((cell) => cell !== "—" && !cell.startsWith("from"))
        .flatMap((cell) => cell.split(/ \/ |, /));
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect([name, columnFor(DEALS, name)?.spec.key]).toEqual([name, KEYS[column]]);
    },
  );

  it("reads Online Retail's order lines as Transactions", () => {
    const keys = ["CustomerID", "InvoiceDate", "Quantity", "UnitPrice"].map(
      (h) => columnFor(TRANSACTIONS, h)?.spec.key,
    );
    expect(keys).toEqual(["customer", "date", "quantity", "unitPrice"]);
  });
});
