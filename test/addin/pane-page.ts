import { readFileSync } from "node:fs";
import { extname, join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { ADDIN_DIST } from "./browser.js";
import { CUSTOM_FUNCTIONS_STAND_IN } from "./custom-functions-stand-in.js";
import { WORKBOOK_MOCK } from "./excel-workbook-mock.js";

/**
 * The built task pane in Chromium against the workbook model of excel-workbook-mock.ts: pages come from
 * dist/addin under a made-up https origin, office.js is the stand-in plus the mock, and every other request is
 * refused, so nothing reaches the network. `book` is the workbook the pane sees (window.__book).
 */
const ORIGIN = "https://addin.test";
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
};

export interface MockBook {
  workbookName: string;
  sheets: {
    name: string;
    cells: Record<
      string,
      {
        value?: unknown;
        formula?: string;
        numberFormat?: string;
        font?: Record<string, unknown>;
        fill?: string;
        align?: string;
      }
    >;
    tables: { name: string; ref: string }[];
    charts: {
      type: string;
      source: string;
      title: string;
      legend: boolean;
      series: { name: string; xValues: string }[];
      position: string[];
    }[];
    widths: Record<string, number>;
  }[];
  names: { name: string; reference: string; comment: string }[];
  active: string;
  log: string[];
  syncs: number;
}

/** A sheet of the model from rows of values starting at A1, as an Excel table when `table` is given. */
export function sheet(
  name: string,
  rows: unknown[][],
  table?: string,
  formats: Record<number, string> = {},
): MockBook["sheets"][number] {
  const cells: MockBook["sheets"][number]["cells"] = {};
  const letter = (c: number) => String.fromCharCode(65 + c);
  for (const [r, row] of rows.entries())
    for (const [c, value] of row.entries())
      if (value !== null && value !== undefined)
        cells[`${letter(c)}${r + 1}`] = { value, ...(r > 0 && formats[c] ? { numberFormat: formats[c] } : {}) };
  const width = Math.max(...rows.map((r) => r.length));
  return {
    name,
    cells,
    tables: table ? [{ name: table, ref: `A1:${letter(width - 1)}${rows.length}` }] : [],
    charts: [],
    widths: {},
  };
}

export async function openPane(
  browser: Browser,
  book: MockBook,
  viewport = { width: 360, height: 900 },
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "appsforoffice.microsoft.com")
      return route.fulfill({ contentType: "text/javascript", body: `${CUSTOM_FUNCTIONS_STAND_IN}\n${WORKBOOK_MOCK}` });
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
  await page.addInitScript((model) => {
    (window as unknown as { __book: unknown }).__book = model;
  }, book);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${ORIGIN}/taskpane.html`);
  await page.waitForSelector("#plan-open");
  if (errors.length > 0) throw new Error(errors.join("\n"));
  return page;
}

/** The workbook as the pane left it. */
export const bookOf = (page: Page): Promise<MockBook> =>
  page.evaluate(() => (window as unknown as { __book: MockBook }).__book);

/** Only the log of what the pane added and deleted (cheap to poll: the whole book is large once planned). */
export const logOf = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __book: MockBook }).__book.log);

/** One sheet's cells as JSON, to compare two states of the workbook without moving it all out of the page. */
export const cellsJson = (page: Page, sheet: string): Promise<string> =>
  page.evaluate(
    (name) =>
      JSON.stringify((window as unknown as { __book: MockBook }).__book.sheets.find((s) => s.name === name)?.cells),
    sheet,
  );
