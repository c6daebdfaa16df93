import { describe, expect, it } from "vitest";
import { initCommand, OUTCOMES, STAGES, starterWorkbook } from "../../generator/cli/commands/init.js";
import { workbookSchema } from "../../generator/cli/commands/schema.js";
import { readLayout } from "../../generator/cli/workbook/layout.js";
import { readWorkbook } from "../../generator/cli/workbook/read.js";
import { excel } from "../../shared/functions.js";
import { loadWithExceljs } from "../quota/xlsx.js";
import { memoryEffects } from "./memory-effects.js";

describe("goalsheet init", () => {
  it("writes Goals, Deals, Reps and Settings as Excel tables that read back without warnings", async () => {
    const bytes = await starterWorkbook();
    const layout = await readLayout(bytes);
    expect(layout.sheets.map((s) => [s.name, s.tables.map((t) => t.name)])).toEqual([
      ["Deals", ["Deals"]],
      ["Goals", ["Goals"]],
      ["Quota", []],
      ["Reps", ["Reps"]],
      ["Settings", ["Settings"]],
    ]);
    const data = await readWorkbook(bytes);
    expect(data.warnings).toEqual([]);
    expect(data.deals).toHaveLength(8);
    expect(data.reps).toHaveLength(4);
    expect(data.settings).toMatchObject({
      currency: "USD",
      locale: "en",
      fiscalYearStart: 1,
      asOf: 46203, // 2026-06-30
      stageProbabilities: { Qualification: 0.1, Discovery: 0.2, Proposal: 0.5, Negotiation: 0.75 },
    });
  });

  it("caches the value the core computes for its GOALS.WINRATE formula", async () => {
    const data = await readWorkbook(await starterWorkbook());
    const winRateGoal = data.goals?.find((g) => g.metric === "win_rate");
    // D-001, D-003, D-005 won; D-002, D-006 lost; D-008 no decision is left out of the closed basis:
    // 3 / (3 + 2) = 0.6 (docs/domain.md, Win rate: won / (won + lost)).
    const expected = excel.WINRATE((data.deals ?? []).map((d) => [d.outcome ?? null]));
    expect(expected).toBe(0.6);
    expect(winRateGoal?.current).toBe(expected);
  });

  it("puts drop-down lists on Stage and Outcome", async () => {
    const wb = await loadWithExceljs(await starterWorkbook());
    const deals = wb.getWorksheet("Deals");
    for (const [cell, values] of [
      ["E2", STAGES],
      ["I300", OUTCOMES],
    ] as const) {
      expect(deals?.getCell(cell).dataValidation).toMatchObject({ type: "list", formulae: [`"${values.join(",")}"`] });
    }
  });

  it("is deterministic and never overwrites a file", async () => {
    const { effects, store } = memoryEffects({ "taken.xlsx": "x" });
    await expect(initCommand("taken.xlsx", effects)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[CliError: taken.xlsx already exists; choose another name or remove it first]`,
    );
    await expect(initCommand("goals.csv", effects)).rejects.toThrow(
      'the workbook name must end in .xlsx, got "goals.csv"',
    );
    expect(await initCommand(undefined, effects)).toBe("goals.xlsx");
    const sheetXml = async (b: Uint8Array) => {
      const wb = await loadWithExceljs(b);
      return JSON.stringify(wb.worksheets.map((w) => w.getSheetValues()));
    };
    expect(await sheetXml(store.get("goals.xlsx") as Uint8Array)).toBe(await sheetXml(await starterWorkbook()));
  });
});

describe("goalsheet schema", () => {
  // biome-ignore lint/suspicious/noExplicitAny: a JSON Schema document, walked by key in assertions
  const schema = workbookSchema("9.9.9") as { properties: Record<string, any>; anyOf: unknown };

  it("describes every sheet, requires Goals or Deals", () => {
    expect(Object.keys(schema.properties)).toEqual(["Goals", "Deals", "Reps", "Transactions", "Settings"]);
    expect(schema.anyOf).toEqual([{ required: ["Goals"] }, { required: ["Deals"] }]);
  });

  it("gives each column its type, rule and aliases from the contract", () => {
    const amount = schema.properties.Deals.items.properties.Amount;
    expect(amount).toMatchObject({ minimum: 0, "x-rule": "Amount must be a number of at least 0" });
    expect(amount["x-aliases"]).toContain("Bedrag");
    // Amount may also come from Quantity × Unit price (order-line exports), so only these two are required.
    expect(schema.properties.Transactions.items.required).toEqual(["Customer", "Date"]);
    expect(schema.properties.Goals.items.properties.Deadline.format).toBe("date");
    expect(Object.keys(schema.properties.Settings.properties)).toEqual([
      "Currency",
      "Locale",
      "Fiscal year start",
      "As of",
      "Sales and marketing spend",
      "Date order",
      "Action list length",
    ]);
  });

  it("is valid JSON with the version in its id", () => {
    expect(JSON.parse(JSON.stringify(schema))).toMatchObject({ $id: "goalsheet-workbook-9.9.9" });
  });
});
