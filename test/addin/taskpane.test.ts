import { readFileSync } from "node:fs";
import { extname, join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FUNCTIONS } from "../../shared/functions.js";
import { ADDIN_DIST, launchChromium, requireBuild } from "./browser.js";
import { CUSTOM_FUNCTIONS_STAND_IN } from "./custom-functions-stand-in.js";
import { EXCEL_MOCK } from "./excel-mock.js";

/**
 * The built task pane (dist/addin/taskpane.html and its bundle) in headless Chromium, with office.js replaced
 * by a mock of the Excel APIs it uses. The pages are served from a made-up https origin; every other request
 * (the real office.js CDN included) is answered by the test or refused, so nothing reaches the network.
 */
const ORIGIN = "https://addin.test";
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
};
requireBuild("taskpane.html");

type Cell = string | number | boolean | null;

/** A used range as Office.js reports it: values with their types; `dateColumns` get a date format. */
function usedRange(rows: Cell[][], dateColumns: number[] = []) {
  return {
    values: rows.map((r) => r.map((v) => (v === null ? "" : v))),
    valueTypes: rows.map((r) =>
      r.map((v) =>
        v === null ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String",
      ),
    ),
    numberFormat: rows.map((r, i) => r.map((_, c) => (i > 0 && dateColumns.includes(c) ? "yyyy-mm-dd" : "General"))),
    rowIndex: 0,
    columnIndex: 0,
  };
}

// Three won and one lost, so the win rate is 3 / (3 + 1) = 75% (docs/domain.md: closed basis).
const DEALS: Cell[][] = [
  ["ID", "Rep", "Amount", "Outcome", "Created", "Closed"],
  ["D1", "Ann", 1000, "Won", 45300, 45330],
  ["D2", "Ann", 2000, "Lost", 45301, 45340],
  ["D3", "Bob", 1500, "Won", 45302, 45350],
  ["D4", "Bob", 500, "Won", 45303, 45360],
  ["D5", "Bob", 800, "Open", 45304, null],
];

const WORKBOOK = {
  workbookName: "Q3 goals.xlsx",
  displayLanguage: "en-US",
  selection: {
    address: "Sheet1!C3",
    values: [["Keep monthly churn under 2%."], [""], ["Let's make more money."]],
  },
  sheets: [
    { name: "Deals", tables: [], used: usedRange(DEALS, [4, 5]) },
    // The deals closed in 2024: the report's figures are for the fiscal year of its as-of date.
    {
      name: "Settings",
      tables: [],
      used: usedRange(
        [
          ["Setting", "Value"],
          ["As of", 45473],
        ],
        [1],
      ),
    },
    { name: "Notes", tables: [], used: null },
  ],
};

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ acceptDownloads: true });
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "appsforoffice.microsoft.com") {
      return route.fulfill({ contentType: "text/javascript", body: `${CUSTOM_FUNCTIONS_STAND_IN}\n${EXCEL_MOCK}` });
    }
    if (url.origin === ORIGIN) {
      const path = join(ADDIN_DIST, decodeURIComponent(url.pathname));
      try {
        return route.fulfill({
          contentType: TYPES[extname(path)] ?? "application/octet-stream",
          body: readFileSync(path),
        });
      } catch {
        return route.fulfill({ status: 404, body: "not found" });
      }
    }
    return route.abort();
  });
  await page.addInitScript((workbook) => {
    (window as unknown as { __mock: unknown }).__mock = structuredClone(workbook);
  }, WORKBOOK);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${ORIGIN}/taskpane.html`);
  await page.waitForSelector("details.function");
  expect(errors).toEqual([]);
});
afterAll(async () => browser?.close());

const status = () => page.locator("#status").textContent();

describe("the task pane against a mocked Excel", () => {
  it("lists every GOALS function with its parameter help", async () => {
    const names = await page
      .locator("details.function")
      .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.name));
    expect(names).toEqual(FUNCTIONS.map((f) => f.name).sort((a, b) => a.localeCompare(b)));
    const winrate = page.locator('details[data-name="WINRATE"]');
    await winrate.locator("summary").click();
    await expect.poll(() => winrate.locator(".params li").count()).toBe(3);
    expect(await winrate.locator(".params li").first().textContent()).toContain("outcomes");
  });

  it("shows each function's description, parameters and example exactly as the core's metadata has them", async () => {
    // The pane's list is written from FUNCTIONS at build time (build/function-list.ts), not imported with them.
    const shown = await page.locator("details.function").evaluateAll((nodes) =>
      nodes.map((n) => ({
        name: (n as HTMLElement).dataset.name,
        summary: n.querySelector("summary")?.textContent,
        params: Array.from(n.querySelectorAll(".params li"), (li) => ({
          label: li.querySelector("label")?.textContent,
          placeholder: li.querySelector("input")?.getAttribute("placeholder"),
        })),
        example: n.querySelector(".example")?.textContent,
      })),
    );
    const expected = [...FUNCTIONS]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((fn) => ({
        name: fn.name,
        summary: `GOALS.${fn.name} ${fn.description}`,
        params: fn.params.map((p) => ({
          label: `${p.name} ${p.description}`,
          placeholder: p.optional ? "optional" : "required",
        })),
        example: `Example: ${fn.example.formula} gives ${fn.example.result}.`,
      }));
    expect(shown).toEqual(expected);
  });

  it("refuses to insert without a required argument, naming it", async () => {
    const winrate = page.locator('details[data-name="WINRATE"]');
    await winrate.locator("button.insert").click();
    await expect.poll(status).toBe("GOALS.WINRATE: outcomes is required, got nothing");
    expect(await page.evaluate(() => (window as unknown as { __mock: { written: unknown[] } }).__mock.written)).toEqual(
      [],
    );
  });

  it("inserts the formula at the selected cell, quoting a text argument", async () => {
    const winrate = page.locator('details[data-name="WINRATE"]');
    await winrate.locator('input[name="outcomes"]').fill("Deals!D2:D6");
    await winrate.locator('input[name="basis"]').fill("broad");
    await winrate.locator("button.insert").click();
    await expect.poll(status).toBe('Inserted =GOALS.WINRATE(Deals!D2:D6, , "broad") in Sheet1!C3');
    expect(await page.evaluate(() => (window as unknown as { __mock: { written: unknown[] } }).__mock.written)).toEqual(
      [{ address: "Sheet1!C3", formulas: [['=GOALS.WINRATE(Deals!D2:D6, , "broad")']] }],
    );
  });

  it("checks the selected goals with SMARTCHECK and shows the verdicts", async () => {
    await page.locator("#check-goals").click();
    await expect.poll(status).toBe("Checked 2 goal(s).");
    const rows = page.locator("table.verdicts tbody tr");
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).locator("th").textContent()).toBe("Keep monthly churn under 2%.");
    expect(await rows.nth(1).locator("li.fail").count()).toBeGreaterThan(0);
    expect(await rows.nth(1).locator("li").first().textContent()).toMatch(/^S · fail · /);
  });

  it("builds the report from the open workbook and offers it as a download", async () => {
    const download = page.waitForEvent("download");
    await page.locator("#build-report").click();
    await expect.poll(status).toMatch(/^Report ready: Q3 goals-report\.html/);
    const file = await download;
    expect(file.suggestedFilename()).toBe("Q3 goals-report.html");
    const html = readFileSync((await file.path()) as string, "utf8");
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain("Q3 goals.xlsx");
    expect(html).toContain("75%");
    // The templates' stylesheet is bundled and inlined as the CLI inlines it.
    const css = readFileSync(
      join(import.meta.dirname, "..", "..", "templates", "default", "styles.css"),
      "utf8",
    ).trim();
    expect(html).toContain(css);
    expect(await page.locator("#download").isVisible()).toBe(true);
  });
});
