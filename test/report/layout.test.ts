import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../generator/cli/paths.js";
import { readWorkbook } from "../../generator/cli/workbook/read.js";
import { LOCALES } from "../../generator/report/index.js";
import { launchChromium } from "../support/chromium.js";
import { LAYOUT_PROBLEMS } from "../support/layout-checks.js";
import { renderFixture } from "./render-fixture.js";

/**
 * The example report (every section, goals in four scripts) in every report language, on a phone (390 px), a
 * tablet (768 px) and a desktop (1280 px), and laid out for print on A4's printable width (210 mm less the
 * stylesheet's 2 × 12 mm margins = 703 px; Letter's is wider): no sideways scroll, nothing sticking out,
 * no overlapping boxes in tables and chips, no word or amount cut across lines (test/support/layout-checks.ts).
 * LOCALES comes from the report options, so a language added there is checked here without a change.
 * One browser, one page per locale and template, re-laid out at each width.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const LAYOUTS = [
  { media: "screen", width: 390 },
  { media: "screen", width: 768 },
  { media: "screen", width: 1280 },
  { media: "print", width: 703 },
] as const;

async function problemsAt(page: Page, media: "screen" | "print", width: number): Promise<string[]> {
  await page.emulateMedia({ media });
  await page.setViewportSize({ width, height: 900 });
  return (await page.evaluate(LAYOUT_PROBLEMS)) as string[];
}

describe("the example report's layout", async () => {
  const data = await readWorkbook(readFileSync(join(packageRoot(), "examples", "goalsheet-example.xlsx")));
  const asOf = new Date("2026-11-15T00:00:00Z");
  const cases = [
    ...LOCALES.map((locale) => ({ locale, template: undefined as string | undefined, layouts: LAYOUTS })),
    // The one-page summary shares the stylesheet: its own partials on a phone and on paper.
    ...(["nl", "ar"] as const).map((locale) => ({ locale, template: "summary", layouts: [LAYOUTS[0], LAYOUTS[3]] })),
  ];
  for (const { locale, template, layouts } of cases)
    it(`${locale}${template ? ` (${template})` : ""}: no overflow, overlap or broken word at ${layouts.map((l) => `${l.width} px ${l.media}`).join(", ")}`, async () => {
      const page = await browser.newPage();
      await page.setContent(await renderFixture(locale, data, template, asOf));
      const found: Record<string, string[]> = {};
      for (const { media, width } of layouts) {
        const problems = await problemsAt(page, media, width);
        if (problems.length > 0) found[`${width} ${media}`] = problems;
      }
      await page.close();
      expect(found).toEqual({});
    });

  // The import's notes in the footer ("How the data was read"): long English lines, also in a right-to-left report.
  const noted = {
    ...data,
    warnings: [
      'deals-export-from-salesforce-2026-q2.csv!E1: unknown column "Fiscal Period" is not used',
      "Deals: 12 won deals have no Rep (rows 3, 4, 18, 27, 31, 40, 52, 61, 77, 80 and 2 more): counted in team bookings and win rate, in no rep's attainment",
    ],
    notes: ["deals-export-from-salesforce-2026-q2.csv: Outcome taken from Closed and Won"],
  };
  for (const locale of ["en", "ar"] as const)
    it(`${locale} with import notes in the footer: no overflow, overlap or broken word at every width`, async () => {
      const page = await browser.newPage();
      await page.setContent(await renderFixture(locale, noted, undefined, asOf));
      expect(await page.locator(".read-notes li").count()).toBe(3);
      const found: Record<string, string[]> = {};
      for (const { media, width } of LAYOUTS) {
        const problems = await problemsAt(page, media, width);
        if (problems.length > 0) found[`${width} ${media}`] = problems;
      }
      await page.close();
      expect(found).toEqual({});
    });

  it("finds the faults it looks for (a page that has each of them)", async () => {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><html><body><main style="width:300px">
      <table style="table-layout:fixed;width:200px"><tr><th style="width:40px">OwnerMetric</th><td style="width:160px"><span style="display:inline-block;width:300px">wide</span></td></tr></table>
      <p style="width:120px">The amount <span>$1,767,500</span> fits, <span style="word-break:break-all">abcdefghijklmnopqrstuvwxyz</span></p>
      <p><span style="display:inline-block;width:80px">chip</span><span style="display:inline-block;width:80px;margin-left:-40px">SMART</span></p>
      <div style="width:2000px">wide</div>
      </main></body></html>`);
    const problems = (await page.evaluate(LAYOUT_PROBLEMS)) as string[];
    await page.close();
    expect(problems.some((p) => p.startsWith("the page is"))).toBe(true);
    expect(problems.some((p) => p.startsWith("sticks out of the page"))).toBe(true);
    expect(problems.some((p) => p.startsWith("runs past its cell's edge"))).toBe(true);
    expect(problems.some((p) => p.startsWith("spills out of its cell"))).toBe(true);
    expect(problems.some((p) => p.startsWith("overlaps"))).toBe(true);
    expect(problems.some((p) => p.startsWith('cuts "abcdefghijklmnopqrstuvwxyz"'))).toBe(true);
  });
});
