import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";
import type { Page } from "playwright-core";
import { requireBuild } from "./browser.js";

/**
 * Microsoft's own custom-functions runtime (@microsoft/office-js, dist/custom-functions-runtime.debug.js) in a
 * Chromium page, with the built functions.js registered into it. Calls go in as Excel sends them: an invocation
 * message handed to the runtime's CustomFunctionProxy, which turns error cells into CustomFunctions.Error
 * (flag 4, allowErrorForDataTypeAny), parses data-type cells (flag 8, allowCustomDataForDataTypeAny), appends
 * an InvocationContext, calls the function and serialises what it returns. The harness reads that payload back
 * from the proxy's result buffer, the exact value the runtime would post to Excel.
 *
 * One line of the script is patched so the test can reach the proxy instance (it is private to the bundle), and
 * the task that posts results to the host is switched off: there is no Excel host here.
 */
const require = createRequire(import.meta.url);
const RUNTIME_PATH = require.resolve("@microsoft/office-js/dist/custom-functions-runtime.debug.js");
const HOOK = "exports.customFunctionProxy = new CustomFunctionProxy";

export function runtimeScript(): string {
  const text = readFileSync(RUNTIME_PATH, "utf8");
  if (!text.includes(HOOK)) throw new Error(`${RUNTIME_PATH} changed: cannot find "${HOOK}"`);
  return text.replace(HOOK, "exports.customFunctionProxy = window.__cfProxy = new CustomFunctionProxy");
}

/** Flags of an invocation message: 4 = errors may be passed in, 8 = data types may be passed in. */
export const ALLOW_ERRORS = 4;
export const ALLOW_DATA_TYPES = 8;

const ORIGIN = "https://runtime.test";

/**
 * Load the runtime and the bundle; resolves to the window globals each script added. The CLV worker
 * (clv-worker.js) is served beside functions.js, as the add-in serves it, unless `worker` is null (a worker
 * script that does not load: the fits must then run in place). So is SMARTCHECK's module
 * (functions-smartcheck.js, loaded on the first SMARTCHECK call), unless `smartcheck` is null (a 404).
 */
export async function loadRuntime(
  page: Page,
  bundle: string,
  worker: string | null = readFileSync(requireBuild("clv-worker.js"), "utf8"),
  smartcheck: string | null = readFileSync(requireBuild("functions-smartcheck.js"), "utf8"),
): Promise<{ runtime: string[]; bundle: string[] }> {
  const script = runtimeScript();
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    if (url.pathname === "/custom-functions-runtime.debug.js") {
      return route.fulfill({ contentType: "text/javascript; charset=utf-8", body: script });
    }
    if (url.pathname === "/functions.js") {
      return route.fulfill({ contentType: "text/javascript; charset=utf-8", body: bundle });
    }
    if (url.pathname === "/functions-smartcheck.js") {
      if (smartcheck === null) return route.fulfill({ status: 404, body: "not found" });
      return route.fulfill({ contentType: "text/javascript; charset=utf-8", body: smartcheck });
    }
    if (url.pathname === "/clv-worker.js") {
      if (worker === null) return route.fulfill({ status: 404, body: "not found" });
      return route.fulfill({ contentType: "text/javascript; charset=utf-8", body: worker });
    }
    if (url.pathname === "/") {
      return route.fulfill({
        contentType: "text/html; charset=utf-8",
        body: `<!doctype html><title>runtime</title><script>window.__keys0 = Object.keys(window);</script>
<script src="custom-functions-runtime.debug.js"></script><script>window.__keys1 = Object.keys(window);</script>
<script src="functions.js"></script>`,
      });
    }
    return route.abort();
  });
  await page.goto(`${ORIGIN}/`);
  return page.evaluate(() => {
    const w = window as unknown as Record<string, unknown> & { __keys0: string[]; __keys1: string[] };
    const proxy = w.__cfProxy as { _ensureSetResultsTaskIsScheduled: () => void };
    proxy._ensureSetResultsTaskIsScheduled = () => {};
    const now = Object.keys(window);
    const skip = new Set(["__keys0", "__keys1", "__cfProxy"]);
    return {
      runtime: w.__keys1.filter((k) => !w.__keys0.includes(k) && !skip.has(k)),
      bundle: now.filter((k) => !w.__keys1.includes(k) && !skip.has(k)),
    };
  });
}

/** The ids the bundle associated with the runtime. */
export function associatedIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(
      (window as unknown as { CustomFunctions: { _association: { mappings: Record<string, unknown> } } })
        .CustomFunctions._association.mappings,
    ),
  );
}

/** What the runtime posts to Excel for one invocation: the value, and whether it failed (a thrown exception). */
export interface Posted {
  readonly value: unknown;
  readonly failed?: boolean;
  readonly errorCode?: number;
}

let nextId = 1;

/** Invoke a function through the runtime and wait for the posted result (async functions included). */
export async function invoke(page: Page, name: string, args: unknown[], flags: number): Promise<Posted> {
  return (await invokeAll(page, [{ name, args, flags }]))[0] as Posted;
}

/** Several invocations in one round trip to the page, each posted result in order. */
export async function invokeAll(
  page: Page,
  calls: readonly { name: string; args: unknown[]; flags: number }[],
): Promise<Posted[]> {
  const batch = calls.map((call) => ({ ...call, id: nextId++ }));
  // Handed over as one JSON string: Playwright serialises nested arrays value by value, which took 17 s for a
  // 130,000-row argument. Arguments must survive JSON unchanged (no undefined, NaN or Infinity in a range).
  const json = JSON.stringify(batch);
  if (!isDeepStrictEqual(JSON.parse(json), batch)) throw new Error("invocation arguments must survive JSON unchanged");
  return page.evaluate(async (json) => {
    const batch = JSON.parse(json) as { id: number; name: string; args: unknown[]; flags: number }[];
    const proxy = (window as unknown as Record<string, unknown>).__cfProxy as {
      _handleMessage(message: unknown): void;
      _resultEntryBuffer: Record<number, { result: Posted }>;
    };
    const out: Posted[] = [];
    for (const { id, name, args, flags } of batch) {
      proxy._handleMessage({
        entries: [{ messageCategory: 1, messageType: 1000, message: [id, name, args, null, flags] }],
      });
      for (let i = 0; i < 600 && !proxy._resultEntryBuffer[id]; i++) await new Promise((r) => setTimeout(r, 10));
      const entry = proxy._resultEntryBuffer[id];
      // Serialise as the runtime does when it posts (CustomFunctions.Error has a toJSON).
      out.push(
        entry ? (JSON.parse(JSON.stringify(entry.result)) as Posted) : { value: "no result in 6 s", failed: true },
      );
    }
    return out;
  }, json);
}
