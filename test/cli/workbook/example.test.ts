import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../../generator/cli/workbook/read.js";

/** The committed example workbook (examples/goalsheet-example.xlsx, built by scripts/build-example.ts). */
const data = await readWorkbook(await readFile(new URL("../../../examples/goalsheet-example.xlsx", import.meta.url)));

describe("the example workbook", () => {
  it("reads without warnings and holds every section", () => {
    expect(data.warnings).toEqual([]);
    expect({
      goals: data.goals?.length,
      deals: data.deals?.length,
      reps: data.reps?.length,
      settings: data.settings?.currency,
    }).toEqual({ goals: 14, deals: 281, reps: 6, settings: "USD" });
  });

  it("has goals in English, Chinese, Dutch and Arabic, some with a blank Metric to infer", () => {
    const text = (data.goals ?? []).map((g) => g.goal).join(" ");
    expect(text).toMatch(/[A-Za-z]/);
    expect(text).toMatch(/\p{Script=Han}/u);
    expect(text).toMatch(/omzet|verkoopcyclus/);
    expect(text).toMatch(/\p{Script=Arabic}/u);
    expect((data.goals ?? []).filter((g) => g.metric === undefined).length).toBeGreaterThanOrEqual(3);
  });

  it("has a rep who started this year and is still ramping", () => {
    const asOf = data.settings?.asOf ?? 0;
    const newest = (data.reps ?? []).filter((r) => (r.startDate ?? 0) > asOf - 180);
    expect(newest.map((r) => r.rep)).toEqual(["Sofia Jansen"]);
  });

  it("has transactions with enough repeat customers for a BG/NBD fit", () => {
    const purchases = new Map<string, number>();
    for (const t of data.transactions ?? [])
      purchases.set(t.customer ?? "", (purchases.get(t.customer ?? "") ?? 0) + 1);
    expect(data.transactions?.length).toBeGreaterThanOrEqual(300);
    expect([...purchases.values()].filter((n) => n > 1).length).toBeGreaterThanOrEqual(50);
  });
});
