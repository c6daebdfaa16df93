import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../generator/report/index.js";
import { renderFixture } from "./render-fixture.js";

/**
 * Golden HTML per locale with a frozen clock (as Observable Framework does): a mismatch writes a `-changed`
 * copy beside the golden file for diffing and fails; UPDATE_GOLDEN=1 rewrites the golden files.
 */
const GOLDEN = join(import.meta.dirname, "golden");

describe("the report's HTML, per locale", () => {
  for (const locale of LOCALES) {
    it(`matches golden/${locale}.html`, async () => {
      const html = await renderFixture(locale);
      const golden = join(GOLDEN, `${locale}.html`);
      const changed = join(GOLDEN, `${locale}-changed.html`);
      if (process.env.UPDATE_GOLDEN === "1" || !existsSync(golden)) {
        writeFileSync(golden, html);
        rmSync(changed, { force: true });
        if (process.env.UPDATE_GOLDEN !== "1")
          throw new Error(`golden/${locale}.html was missing and has been written`);
        return;
      }
      if (html !== readFileSync(golden, "utf8")) {
        writeFileSync(changed, html);
        expect.fail(`golden/${locale}.html differs; see golden/${locale}-changed.html (UPDATE_GOLDEN=1 to accept)`);
      }
      rmSync(changed, { force: true });
    });
  }

  it("is byte-identical across runs with a fixed as-of date and generation time", async () => {
    expect(await renderFixture("nl")).toBe(await renderFixture("nl"));
  });

  it("formats numbers, money and dates through Intl in each locale", async () => {
    const [en, nl, zh, ar] = await Promise.all(["en", "nl", "zh", "ar"].map((l) => renderFixture(l as "en")));
    expect(en).toContain("€60,000");
    expect(nl).toContain("€\u00a060.000"); // Dutch puts a no-break space after the sign
    expect(zh).toContain("€60,000");
    expect(ar).toContain('dir="rtl"');
    expect(ar).toContain(
      new Intl.NumberFormat("ar", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(60_000),
    );
    expect(en).toContain("June 30, 2026");
    expect(nl).toContain("30 juni 2026");
    expect(zh).toContain("2026年6月30日");
  });

  it("escapes workbook text (the goal with markup shows as text)", async () => {
    const html = await renderFixture("en");
    expect(html).toContain("Grow NPS from 30 to 50 &lt;b&gt;this year&lt;/b&gt;");
    expect(html).not.toContain("<b>this year</b>");
  });
});
