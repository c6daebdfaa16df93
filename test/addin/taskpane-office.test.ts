import { readFileSync } from "node:fs";
import { extname, join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OFFICE_MESSAGES } from "../../addin/taskpane/office-ready.js";
import { decodeReport } from "../../addin/taskpane/report-payload.js";
import { ADDIN_DIST, launchChromium, requireBuild } from "./browser.js";
import { CUSTOM_FUNCTIONS_STAND_IN } from "./custom-functions-stand-in.js";
import { EXCEL_MOCK } from "./excel-mock.js";

/**
 * Issue 15 item 5, in the built pane (dist/addin) in Chromium with office.js replaced by the Excel mock:
 * - a strict Content-Security-Policy that the pane keeps to (no violation while it loads and builds a report)
 *   and that Chromium enforces (an injected inline script is refused);
 * - a clear message, and the workbook's buttons off, when office.js does not load or the page is not in Excel;
 * - the report reaches the user on every platform: a download on Windows and the web; on Mac, where a download
 *   does nothing (office-js 2700, 3385), the system browser on report-viewer.html, else an Office dialog.
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
requireBuild("report-viewer.html");

// Won 2, lost 1: a 66.7% win rate in the report.
const WORKBOOK = {
  workbookName: "Q4 goals.xlsx",
  displayLanguage: "en-US",
  selection: { address: "Sheet1!A1", values: [["Grow revenue 10% by June."]] },
  sheets: [
    {
      name: "Deals",
      tables: [],
      used: {
        values: [
          ["ID", "Rep", "Amount", "Outcome"],
          ["D1", "Ann", 1000, "Won"],
          ["D2", "Bob", 2000, "Lost"],
          ["D3", "Bob", 1500, "Won"],
        ],
        valueTypes: [
          ["String", "String", "String", "String"],
          ["String", "String", "Double", "String"],
          ["String", "String", "Double", "String"],
          ["String", "String", "Double", "String"],
        ],
        numberFormat: new Array(4).fill(new Array(4).fill("General")),
        rowIndex: 0,
        columnIndex: 0,
      },
    },
  ],
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

interface Opened {
  readonly page: Page;
  readonly errors: string[];
  readonly violations: () => Promise<string[]>;
}

/** A page of the built add-in; office.js is the mock (with `office` settings) or does not load at all. */
async function open(path: string, office: Record<string, unknown> | "unreachable" = {}): Promise<Opened> {
  const page = await browser.newPage({ acceptDownloads: true });
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "appsforoffice.microsoft.com") {
      if (office === "unreachable") return route.abort("internetdisconnected");
      return route.fulfill({ contentType: "text/javascript", body: `${CUSTOM_FUNCTIONS_STAND_IN}\n${EXCEL_MOCK}` });
    }
    if (url.origin !== ORIGIN) return route.abort();
    try {
      const file = join(ADDIN_DIST, decodeURIComponent(url.pathname));
      return route.fulfill({
        contentType: TYPES[extname(file)] ?? "application/octet-stream",
        body: readFileSync(file),
      });
    } catch {
      return route.fulfill({ status: 404, body: "not found" });
    }
  });
  await page.addInitScript(
    (mock) => {
      const w = window as unknown as { __mock: unknown; __violations: string[] };
      w.__mock = mock;
      w.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
    },
    office === "unreachable" ? WORKBOOK : { ...WORKBOOK, ...office },
  );
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${ORIGIN}/${path}`);
  return {
    page,
    errors,
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

const statusOf = (page: Page) => page.locator("#status").textContent();
const opened = (page: Page) =>
  page.evaluate(() => (window as unknown as { __mock: { opened: { kind: string; url: string }[] } }).__mock.opened);

describe("the pane's Content-Security-Policy", () => {
  it("is kept while the pane loads and builds a report, and refuses inline script", async () => {
    const { page, errors, violations } = await open("taskpane.html");
    await page.waitForSelector("details.function");
    const download = page.waitForEvent("download");
    await page.locator("#build-report").click();
    await download;
    await expect.poll(() => statusOf(page)).toMatch(/^Report ready: Q4 goals-report\.html\./);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { __inline?: boolean };
      const script = document.createElement("script");
      script.textContent = "window.__inline = true;";
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return w.__inline === true;
    });
    expect(ran).toBe(false);
    expect(await violations()).toEqual(["script-src-elem inline"]);
    await page.close();
  });
});

describe("without Office", () => {
  it.each([
    ["office.js does not load", "unreachable" as const, OFFICE_MESSAGES["no-office-js"]],
    ["the page is open outside Office", { host: null }, OFFICE_MESSAGES["outside-office"]],
    [
      "Office is another application",
      { host: "Word" },
      "Goalsheet works in Excel, not in Word. The function help below still works.",
    ],
  ])("says so when %s, keeps the help and turns off what needs the workbook", async (_what, office, message) => {
    const { page, errors, violations } = await open("taskpane.html", office);
    await expect.poll(() => page.locator("#office-problem").textContent()).toBe(message);
    expect(await page.locator("#office-problem").isVisible()).toBe(true);
    expect(await page.locator("#build-report").isDisabled()).toBe(true);
    expect(await page.locator("#check-goals").isDisabled()).toBe(true);
    expect(await page.locator("details.function").count()).toBeGreaterThan(20);
    const insert = page.locator('details[data-name="WINRATE"] button.insert');
    expect(await insert.isDisabled()).toBe(true);
    expect(await insert.getAttribute("title")).toBe(message);
    await page.locator('details[data-name="WINRATE"] summary').click();
    expect(await page.locator('details[data-name="WINRATE"] .params li').count()).toBe(3);
    expect(errors).toEqual([]);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it("shows no message in Excel", async () => {
    const { page } = await open("taskpane.html");
    await page.waitForSelector("details.function");
    expect(await page.locator("#office-problem").isHidden()).toBe(true);
    expect(await page.locator("#build-report").isEnabled()).toBe(true);
    await page.close();
  });
});

describe("the report engine, loaded on the first Build report", () => {
  it("is not downloaded at start; a chunk that does not load is said, and the next click builds the report", async () => {
    const { page } = await open("taskpane.html");
    const requested: string[] = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    let reachable = false;
    await page.route(
      (url) => url.pathname.startsWith("/assets/report-on-demand-"),
      (route) => (reachable ? route.fallback() : route.abort("internetdisconnected")),
    );
    await page.waitForSelector("details.function");
    expect(requested.filter((p) => p.includes("report-on-demand"))).toEqual([]);
    await page.locator("#build-report").click();
    await expect
      .poll(() => statusOf(page))
      .toMatch(
        /^The report builder did not load \(Failed to fetch dynamically imported module: https:\/\/addin\.test\/assets\/report-on-demand-[\w-]+\.js\)\. Check the connection and try again, or reload the add-in\.$/,
      );
    expect(await page.locator("#build-report").isEnabled()).toBe(true);
    reachable = true;
    await page.locator("#build-report").click();
    await expect.poll(() => statusOf(page)).toMatch(/^Report ready: Q4 goals-report\.html\./);
    await page.close();
  });
});

describe("report delivery", () => {
  it("on Mac opens the report in the system browser, where the viewer shows it and saves it", async () => {
    const { page, errors } = await open("taskpane.html", { platform: "Mac" });
    await page.waitForSelector("details.function");
    await page.locator("#build-report").click();
    await expect
      .poll(() => statusOf(page))
      .toBe("Report ready: Q4 goals-report.html. It opened in your browser, where you can save or print it.");
    expect(await page.locator("#download").isHidden()).toBe(true);
    const [call] = await opened(page);
    expect(call?.kind).toBe("browser");
    const url = new URL(call?.url as string);
    expect(`${url.origin}${url.pathname}`).toBe(`${ORIGIN}/report-viewer.html`);
    const carried = await decodeReport(url.hash);
    expect(carried.fileName).toBe("Q4 goals-report.html");
    expect(carried.html).toMatch(/^<!doctype html>/i);
    expect(carried.html).toContain("Q4 goals.xlsx");
    expect(carried.html).toContain("66.7%");
    expect(errors).toEqual([]);

    const viewer = await open(url.href.slice(ORIGIN.length + 1));
    await expect
      .poll(() => viewer.page.locator("#viewer-status").textContent())
      .toBe("Q4 goals-report.html: built by Goalsheet from your workbook, on this computer.");
    // The fragment is dropped from the address once read.
    expect(new URL(viewer.page.url()).hash).toBe("");
    const frame = viewer.page.frameLocator("#viewer-report");
    await expect.poll(() => frame.locator("body").textContent()).toContain("Q4 goals.xlsx");
    const saved = viewer.page.waitForEvent("download");
    await viewer.page.locator("#viewer-save").click();
    const file = await saved;
    expect(file.suggestedFilename()).toBe("Q4 goals-report.html");
    expect(readFileSync((await file.path()) as string, "utf8")).toBe(carried.html);
    expect(await viewer.violations()).toEqual([]);
    expect(viewer.errors).toEqual([]);
    await viewer.page.close();
    await page.close();
  });

  it("on Mac without a browser window, shows the report in an Office dialog", async () => {
    const { page } = await open("taskpane.html", { platform: "Mac", requirements: ["DialogApi 1.1"] });
    await page.waitForSelector("details.function");
    await page.locator("#build-report").click();
    await expect
      .poll(() => statusOf(page))
      .toBe(
        "Report ready: Q4 goals-report.html. It is shown in a window to read: Excel for Mac cannot save files from add-ins or open a browser in this version; to keep a file, build it with the goalsheet CLI instead (goalsheet report <workbook>).",
      );
    const [call] = await opened(page);
    expect(call?.kind).toBe("dialog");
    expect((await decodeReport(new URL(call?.url as string).hash)).html).toContain("Q4 goals.xlsx");
    await page.close();
  });

  it("on Mac with neither, says what to do instead", async () => {
    const { page } = await open("taskpane.html", { platform: "Mac", requirements: [] });
    await page.waitForSelector("details.function");
    await page.locator("#build-report").click();
    await expect
      .poll(() => statusOf(page))
      .toBe(
        "Report ready: Q4 goals-report.html. Excel for Mac cannot save files from add-ins, and this version opens no browser or window: update Excel, or build it with the goalsheet CLI instead (goalsheet report <workbook>).",
      );
    expect(await page.locator("#status").getAttribute("data-kind")).toBe("error");
    expect(await opened(page)).toEqual([]);
    await page.close();
  });

  it("the viewer says so when its link carries no report", async () => {
    const viewer = await open("report-viewer.html#v=1&name=x.html");
    await expect
      .poll(() => viewer.page.locator("#viewer-status").textContent())
      .toBe(
        "This page shows a Goalsheet report carried in its link, and cannot read one here: this link does not carry a Goalsheet report.",
      );
    expect(await viewer.page.locator("#viewer-save").isHidden()).toBe(true);
    await viewer.page.close();
  });
});
