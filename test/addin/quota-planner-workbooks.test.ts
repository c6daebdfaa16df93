import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, requireBuild } from "./browser.js";
import { bookOf, logOf, type MockBook, openPane } from "./pane-page.js";
import { sampleBook } from "./planner-book.js";

/** The quota planner on workbooks it must refuse, and on one without reps (it creates the Reps table). */
requireBuild("taskpane.html");

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const form = (page: Page) => page.locator("form.plan-form");
const problem = (page: Page, field: string) => page.locator(`.field[data-field="${field}"] .problem`);
const status = (page: Page) => page.locator(".plan-status").textContent();
const submit = (page: Page) => form(page).locator("button.plan-submit").click();
async function open(page: Page): Promise<void> {
  await page.locator("#plan-open").click();
  await form(page).waitFor();
}

describe("the quota planner refuses workbooks it cannot plan", () => {
  it("refuses weights that are all zero and a Reps table without reps, and creates a new Reps table", async () => {
    const zero = sampleBook();
    const reps = zero.sheets.find((s) => s.name === "Reps") as MockBook["sheets"][number];
    for (const row of [2, 3, 4, 5]) reps.cells[`D${row}`] = { value: 0 };
    const page = await openPane(browser, zero);
    await open(page);
    await submit(page);
    await expect
      .poll(() => problem(page, "weights").textContent())
      .toBe("Weights must include at least one above 0, got all 0 (Weight column)");
    expect(await logOf(page)).toEqual([]);

    // The same pane, after the manager emptied the Reps table: opening the planner again reads it afresh.
    await page.evaluate(() => {
      const book = (window as unknown as { __book: MockBook }).__book;
      const table = book.sheets.find((s) => s.name === "Reps") as MockBook["sheets"][number];
      table.cells = Object.fromEntries(Object.entries(table.cells).filter(([address]) => /^[A-E]1$/.test(address)));
      (table.tables[0] as { ref: string }).ref = "A1:E2";
    });
    await open(page);
    await submit(page);
    await expect.poll(() => problem(page, "reps").textContent()).toBe("Reps!A2: Rep must be a name, got blank");
    expect(await logOf(page)).toEqual([]);

    // Without any Reps sheet, the form takes the reps typed in and creates the table.
    await page.evaluate(() => {
      const book = (window as unknown as { __book: MockBook }).__book;
      book.sheets = book.sheets.filter((s) => s.name !== "Reps");
    });
    await open(page);
    await expect.poll(() => status(page)).toBe("No Reps table in this workbook: type the reps to create one.");
    await form(page).locator('textarea[name="newReps"]').fill("Ana Lima, EMEA, , 3\nBen Ode, APAC, 2026-13-01, 1");
    await form(page).locator('input[name="target"]').fill("120000");
    await submit(page);
    await expect
      .poll(() => problem(page, "startDates").textContent())
      .toBe('New rep 2: start date must be a date (YYYY-MM-DD), got "2026-13-01"');
    await form(page).locator('textarea[name="newReps"]').fill("Ana Lima, EMEA, , 3\nBen Ode, APAC, 2026-04-01, 1");
    await submit(page);
    await expect.poll(() => status(page)).toMatch(/^Wrote the Quota sheet: 2 rep\(s\)/);
    const created = (await bookOf(page)).sheets.find((s) => s.name === "Reps");
    expect(created?.tables).toEqual([{ name: "Reps", ref: "A1:Q3" }]);
    expect([
      created?.cells.A1?.value,
      created?.cells.D1?.value,
      created?.cells.E1?.value,
      created?.cells.A3?.value,
    ]).toEqual(["Rep", "Weight", "Quota", "Ben Ode"]);
    expect(created?.cells.C3).toMatchObject({ value: 46113, numberFormat: "yyyy-mm-dd" }); // 2026-04-01
    await page.close();
  });
});
