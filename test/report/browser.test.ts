import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../addin/browser.js";
import { renderFixture } from "./render-fixture.js";

/**
 * The report in a real browser: it renders with no console error (a CSP violation would log one), makes no
 * network request, has no script, and prints on both A4 and Letter (layout.test.ts and print.test.ts check
 * the layout and the pages in detail). Screenshots land in the temp folder for a
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
        charts: document.querySelectorAll('svg[role="img"] > title, figure > figcaption.visually-hidden').length,
        overflow: document.documentElement.scrollWidth > window.innerWidth,
        headings: Array.from(document.querySelectorAll("h1, h2, h3"), (h) => h.tagName),
      }));
      await page.screenshot({ path: join(dir, `report-${locale}.png`), fullPage: true });
      await page.close();
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      expect(facts.dir).toBe(locale === "ar" ? "rtl" : "ltr");
      expect(facts.scripts).toBe(0);
      // Charts carry an accessible name: SVG charts a <title>, the HTML bar charts their figure's figcaption.
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
