import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { METRICS } from "../../generator/report/model/metrics.js";
import { COMPUTED_METRICS, findComputedMetric, METRIC_IDS } from "../../shared/kpi/metrics.js";
import { smartCheck } from "../../shared/smart/engine.js";
import { METRIC_LEXICON } from "../../shared/smart/metric-lexicon.js";

/**
 * One metric registry (shared/kpi/metrics.ts): SMARTCHECK names a goal's metric by its ids and the report binds
 * goals to data through them, so an id SMARTCHECK finds is one the report knows.
 */
describe("the metric registry", () => {
  it("holds every id SMARTCHECK's lexicon recognises", () => {
    const registry = new Set<string>(METRIC_IDS);
    expect(METRIC_LEXICON.map((e) => e.id).filter((id) => !registry.has(id))).toEqual([]);
  });

  it("lists each id once, and every computed metric is a registry id", () => {
    expect(new Set(METRIC_IDS).size).toBe(METRIC_IDS.length);
    for (const m of COMPUTED_METRICS) expect(METRIC_IDS).toContain(m.id);
  });

  it.each([
    ["Revenue", "revenue"],
    ["bookings", "revenue"],
    ["Win_Rate", "win_rate"],
    ["ＷＩＮ ＲＡＴＥ", "win_rate"],
    ["deals_won", "deals"], // the report's id before the registry was shared
    ["Deals won", "deals"],
    ["AOV", "aov"],
    ["LTV:CAC", "ltv_cac"],
    ["获客成本", "cac"],
    ["معدل الفوز", "win_rate"],
    ["NPS", undefined], // named by SMARTCHECK, not computed from a workbook
  ])("binds the Metric cell %j to %j", (cell, id) => {
    expect(findComputedMetric(cell)?.id).toBe(id);
  });

  it("binds what SMARTCHECK finds in a goal's text to the same computed metric", () => {
    expect(findComputedMetric(smartCheck("Raise the win rate to 45% by Q4 2026").metric)?.id).toBe("win_rate");
    expect(findComputedMetric(smartCheck("Close 40 deals by the end of 2026").metric)?.id).toBe("deals");
  });

  it.each(["en", "zh", "nl", "ar"])("has a label for every computed metric in %s", (locale) => {
    const labels = JSON.parse(readFileSync(`templates/locales/${locale}.json`, "utf8")) as Record<string, string>;
    for (const m of METRICS) expect(labels[m.labelKey], m.labelKey).toBeTruthy();
  });
});
