import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../generator/report/options.js";
import { formatters } from "../../generator/report/render/helpers.js";
import { renderFixture } from "./render-fixture.js";

/**
 * Issue 16: the report speaks nine languages (`--locale de|es|fr|pt|ja` and the four before them). Every label
 * file has every key of en.json, so a key added to English without its translations fails here, not in a
 * reader's report; every locale `--locale` accepts has a file, and every file is a locale it accepts.
 */
const LOCALES_DIR = join(import.meta.dirname, "..", "..", "templates", "locales");
const labels = (locale: string): Record<string, string> =>
  JSON.parse(readFileSync(join(LOCALES_DIR, `${locale}.json`), "utf8")) as Record<string, string>;

describe("report locales", () => {
  it("has one label file per locale, and no other", () => {
    const files = readdirSync(LOCALES_DIR)
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.replace(/\.json$/, ""))
      .sort();
    expect(files).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES.filter((l) => l !== "en"))("%s has every key of en.json, and only those", (locale) => {
    const english = Object.keys(labels("en"));
    const own = labels(locale);
    expect(
      english.filter((key) => !(key in own)),
      "missing",
    ).toEqual([]);
    expect(
      Object.keys(own).filter((key) => !english.includes(key)),
      "unknown",
    ).toEqual([]);
    // Placeholders survive translation, and no label is left empty.
    for (const key of english) {
      expect(own[key]?.trim(), key).not.toBe("");
      for (const placeholder of labels("en")[key]?.match(/\{\w+\}/g) ?? [])
        expect(own[key], key).toContain(placeholder);
    }
  });

  it.each([
    // Numbers and dates as each language writes them (Intl with the report's locale); values checked by hand.
    ["de", "1.234.567", "12,5\u00a0%", "30. Juni 2026"],
    ["es", "1.234.567", "12,5\u00a0%", "30 de junio de 2026"],
    ["fr", "1\u202f234\u202f567", "12,5\u00a0%", "30 juin 2026"],
    ["pt", "1.234.567", "12,5%", "30 de junho de 2026"],
    ["ja", "1,234,567", "12.5%", "2026年6月30日"],
  ])("formats numbers, percentages and dates in %s", (locale, integer, percent, date) => {
    const f = formatters(locale, "EUR");
    expect(f.int(1234567)).toBe(integer);
    expect(f.percent(0.125)).toBe(percent);
    expect(f.date("2026-06-30")).toBe(date);
  });

  it.each([
    ["de", "Zielbericht", "Abschlussquote"],
    ["es", "Informe de objetivos", "Tasa de cierre"],
    ["fr", "Rapport d’objectifs", "Taux de closing"],
    ["pt", "Relatório de metas", "Taxa de fechamento"],
    ["ja", "目標レポート", "成約率"],
  ] as const)("renders the report in %s, left to right, in its own words", async (locale, title, winRate) => {
    // Long German compounds carry soft hyphens so table headers can break on paper.
    const html = (await renderFixture(locale)).replaceAll("\u00ad", "");
    expect(html).toContain(`<html lang="${locale}" dir="ltr">`);
    expect(html).toContain(title);
    expect(html).toContain(winRate);
    expect(html).not.toContain("Goal report");
  });
});
