import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../generator/cli/paths.js";
import { readWorkbook } from "../../generator/cli/workbook/read.js";
import { LOCALES } from "../../generator/report/index.js";
import { launchChromium } from "../addin/browser.js";
import { renderFixture } from "./render-fixture.js";

/**
 * The report in a real browser: it renders with no console error (a CSP violation would log one), makes no
 * network request, has no script, and prints on both A4 and Letter. Screenshots land in the temp folder for a
 * person to look at (the numbers are checked elsewhere).
 */
let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), "goalsheet-report-"));

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the rendered report in headless Chromium", () => {
  for (const locale of ["en", "ar"] as const) {
    it(`renders ${locale} with no console error, no network request and no script`, async () => {
      const file = join(dir, `report-${locale}.html`);
      writeFileSync(file, await renderFixture(locale));
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warning") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("request", (r) => {
        if (r.url() !== `file://${file}`) requests.push(r.url());
      });
      await page.goto(`file://${file}`);
      const facts = await page.evaluate(() => ({
        dir: document.documentElement.dir,
        scripts: document.scripts.length,
        charts: document.querySelectorAll('svg[role="img"] > title').length,
        overflow: document.documentElement.scrollWidth > window.innerWidth,
        headings: Array.from(document.querySelectorAll("h1, h2, h3"), (h) => h.tagName),
      }));
      await page.screenshot({ path: join(dir, `report-${locale}.png`), fullPage: true });
      await page.close();
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      expect(facts.dir).toBe(locale === "ar" ? "rtl" : "ltr");
      expect(facts.scripts).toBe(0);
      expect(facts.charts).toBeGreaterThanOrEqual(7);
      expect(facts.overflow).toBe(false);
      // One h1, then h2s; an h3 only ever follows an h2 (no skipped levels).
      expect(facts.headings[0]).toBe("H1");
      expect(facts.headings.filter((h) => h === "H1")).toHaveLength(1);
      expect(facts.headings.indexOf("H3")).toBeGreaterThan(facts.headings.indexOf("H2"));
    });
  }

  it("prints on A4 and on Letter", async () => {
    const page = await browser.newPage();
    await page.setContent(await renderFixture("en"));
    for (const format of ["A4", "Letter"] as const) {
      const pdf = await page.pdf({ format, printBackground: false });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    }
    await page.close();
  });
});

/**
 * Nothing wider than the page: the example workbook (long goal statements in four scripts, every section) in
 * each locale and both templates, on a 1100 px screen (the 960 px main column) and as printed on A4, the
 * narrower of A4 and Letter: 210 mm less the stylesheet's 2 × 12 mm @page margins = 186 mm = 703 CSS px, laid
 * out with the print styles. An element sticking out of <main> fails too, even while the window is wide enough
 * to hide it.
 */
describe("the example report fits the page", async () => {
  const data = await readWorkbook(readFileSync(join(packageRoot(), "examples", "goalsheet-example.xlsx")));
  const asOf = new Date("2026-11-15T00:00:00Z");
  const cases = [
    ...LOCALES.map((locale) => ({ locale, template: undefined })),
    { locale: "en" as const, template: "summary" },
    { locale: "ar" as const, template: "summary" },
  ];
  const layouts = [
    { media: "screen", width: 1100 },
    { media: "print", width: 703 },
  ] as const;
  for (const { locale, template } of cases)
    for (const { media, width } of layouts)
      it(`${locale}${template ? ` (${template})` : ""} on ${media} at ${width} px`, async () => {
        const html = await renderFixture(locale, data, template, asOf);
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.emulateMedia({ media });
        await page.setContent(html);
        const fit = await page.evaluate(() => {
          const main = (document.querySelector("main") as HTMLElement).getBoundingClientRect();
          const outside: string[] = [];
          for (const el of Array.from(document.querySelectorAll("main *"))) {
            const box = el.getBoundingClientRect();
            if (box.width === 0 || el.closest(".visually-hidden")) continue;
            if (box.left < main.left - 1 || box.right > main.right + 1)
              outside.push(`${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""}`);
          }
          return { scrollWidth: document.documentElement.scrollWidth, innerWidth, outside: outside.slice(0, 5) };
        });
        await page.close();
        expect(fit.outside).toEqual([]);
        expect(fit.scrollWidth).toBeLessThanOrEqual(fit.innerWidth);
      });
});
