import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onDemand } from "../../addin/on-demand.js";
import { excel } from "../../shared/functions.js";
import { launchChromium, requireBuild } from "./browser.js";
import { invoke, loadRuntime } from "./custom-functions-runtime.js";

/**
 * SMARTCHECK's rules come with its first call (addin/on-demand.ts), not with functions.js. A call made while they
 * load waits for them; a load that fails or stalls is a #VALUE! that says so, never a cell left busy; the next
 * calculation tries again.
 */
const GOAL = "Grow monthly recurring revenue 2% year over year.";

describe("onDemand(file) in Node", () => {
  const dir = mkdtempSync(join(tmpdir(), "on-demand-"));
  const base = pathToFileURL(join(dir, "functions.js")).href;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("loads the module beside the script once, however many calls wait for it", async () => {
    writeFileSync(join(dir, "once.mjs"), "globalThis.__loads = (globalThis.__loads ?? 0) + 1; export const x = 42;");
    const load = onDemand<{ x: number }>("once.mjs", { base });
    const [a, b] = await Promise.all([load(), load()]);
    expect(a.x).toBe(42);
    expect(b).toBe(a);
    expect(await load()).toBe(a);
    expect((globalThis as { __loads?: number }).__loads).toBe(1);
  });

  it("says which file did not load, then tries again on the next call", async () => {
    const load = onDemand<{ y: number }>("later.mjs", { base });
    await expect(load()).rejects.toThrow(/^later\.mjs did not load \(Cannot find module '.*later\.mjs'/);
    writeFileSync(join(dir, "later.mjs"), "export const y = 7;");
    expect((await load()).y).toBe(7);
  });

  it("gives up on a load that never ends, naming the time", async () => {
    writeFileSync(join(dir, "stall.mjs"), "await new Promise(() => {}); export const z = 1;");
    const load = onDemand("stall.mjs", { base, timeoutMs: 50 });
    await expect(load()).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: stall.mjs did not load within 0.05 s]`);
  });

  it("says so without a script address (no document: Node, a JavaScript-only runtime)", async () => {
    const load = onDemand("any.mjs", { base: undefined });
    await expect(load()).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: any.mjs could not be found: functions.js was not loaded from an address]`,
    );
  });
});

describe("SMARTCHECK in Microsoft's custom-functions runtime, its module loaded on demand", () => {
  const bundle = readFileSync(requireBuild("functions.js"), "utf8");
  const module = readFileSync(requireBuild("functions-smartcheck.js"), "utf8");
  let browser: Browser;
  let page: Page;
  const requested: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await loadRuntime(page, bundle, null, null);
  });
  afterAll(async () => browser?.close());

  it("functions.js holds none of SMARTCHECK's languages and loads nothing more at start", () => {
    for (const word of ["Umsatz", "omzet", "营收", "売上", "الإيرادات"]) {
      expect(bundle.includes(word), word).toBe(false);
      expect(module.includes(word), word).toBe(true);
    }
    expect(requested).not.toContain("/functions-smartcheck.js");
  });

  it("a module that does not load is a #VALUE! saying so; a recalculation then computes", async () => {
    const failed = await invoke(page, "SMARTCHECK", [GOAL, null, null, "score", null], 0);
    const { code, message } = failed.value as { code: string; message: string };
    expect({ code, message }).toMatchInlineSnapshot(`
      {
        "code": "#VALUE!",
        "message": "SMARTCHECK functions-smartcheck.js did not load (Failed to fetch dynamically imported module: https://runtime.test/functions-smartcheck.js); recalculate to try again",
      }
    `);
    await page.route(
      (url) => url.pathname === "/functions-smartcheck.js",
      (route) => route.fulfill({ contentType: "text/javascript; charset=utf-8", body: module }),
    );
    const calls = [
      [GOAL, null, null, "score", null],
      [[["Let's make more money."]], null, null, null, null],
      ["将胜率提高5%，到第三季度末", null, null, "table", null],
    ];
    for (const args of calls) {
      const posted = await invoke(page, "SMARTCHECK", args, 0);
      const core = excel.SMARTCHECK(...args.map((a) => a ?? undefined));
      expect(posted.value).toEqual(Array.isArray(core) ? core : [[core]]);
    }
    expect(requested.filter((p) => p === "/functions-smartcheck.js")).toHaveLength(2);
  });
});
