/**
 * docs/quota-planner.png, the README's picture of the quota planner: the built task pane (npm run build first)
 * in headless Chromium against the browser tests' workbook model, with the starter plan typed in and written.
 * Run with `npx tsx scripts/planner-screenshot.ts`.
 */
import { join } from "node:path";
import { SAMPLE_PLAN } from "../generator/cli/commands/init-sample.js";
import { launchChromium, requireBuild } from "../test/addin/browser.js";
import { openPane } from "../test/addin/pane-page.js";
import { sampleBook } from "../test/addin/planner-book.js";

requireBuild("taskpane.html");
const browser = await launchChromium();
try {
  const page = await openPane(browser, sampleBook(), { width: 380, height: 1600 });
  await page.locator("#plan-open").click();
  const form = page.locator("form.plan-form");
  await form.waitFor();
  await form.locator('input[name="firstMonth"]').fill("2026-01");
  await form.locator('input[name="seasonality"][value="typed"]').check();
  const season = SAMPLE_PLAN.seasonality.basis === "typed" ? SAMPLE_PLAN.seasonality.weights : [];
  for (const [m, w] of season.entries()) await form.locator(`input[name="season-${m}"]`).fill(String(w));
  await form.locator('input[name="cushion"]').fill("110");
  await form.locator("button.plan-submit").click();
  await page.locator(".plan-confirm button.plan-replace").click();
  await page.locator(".plan-status", { hasText: "Wrote" }).waitFor();
  const path = join(import.meta.dirname, "..", "docs", "quota-planner.png");
  await page.locator("#quota-planner").screenshot({ path });
  console.log(`wrote ${path}`);
} finally {
  await browser.close();
}
