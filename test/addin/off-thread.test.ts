import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isoToSerial } from "../../shared/excel/dates.js";
import { excel } from "../../shared/functions.js";
import { simulateTransactions } from "../support/clv-simulate.js";
import { launchChromium, requireBuild } from "./browser.js";
import { ALLOW_ERRORS, loadRuntime } from "./custom-functions-runtime.js";

/**
 * Issue 15 item 3: a long fit never blocks the shared runtime. The built functions.js and clv-worker.js run in
 * Microsoft's custom-functions runtime in Chromium (the harness of functions-runtime.test.ts); a timer stands in
 * for the task pane and must keep firing while a 100,000-customer CLVFIT runs, whose answer must still be the
 * core's. Without a worker the fits run in place with the same answer, and a cancelled fit stops its worker.
 */
const bundle = readFileSync(requireBuild("functions.js"), "utf8");
const CANCELABLE = 1;

/** Transactions like CDNOW's (published estimates, bench/cases/clvfit.ts) as three columns, dates as serials. */
function columns(customers: number, seed: number): unknown[][][] {
  const rows = simulateTransactions({
    seed,
    customers,
    bg: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
    gg: { p: 6.25, q: 3.74, gamma: 15.44 },
    startSerial: isoToSerial("1997-01-01") as number,
    firstPurchaseDays: 84,
    days: 272,
    unitDays: 7,
  });
  return [rows.map((t) => [`C${t.customer}`]), rows.map((t) => [t.date]), rows.map((t) => [t.amount])];
}
const LARGE = columns(100_000, 2005);
const SMALL = columns(2_357, 1997);
/** The small columns with an error cell (as the runtime receives it with allowErrorForDataTypeAny) in amounts. */
const WITH_ERROR = SMALL.map((column, c) =>
  c === 2 ? column.map((row, i) => (i === 7 ? [{ type: "CustomFunctionError", code: "#N/A" }] : row)) : column,
);

/**
 * Chromium's V8 and Node's may differ in the last bits of Math.exp/log, and a fit carries that through its
 * iterations: numbers from the two must agree to 1e-9 (relative), everything else exactly.
 */
function expectAgrees(actual: unknown, expected: unknown, where = "result"): void {
  if (typeof actual === "number" && typeof expected === "number") {
    const scale = Math.max(Math.abs(expected), 1e-300);
    expect(Math.abs(actual - expected) / scale, `${where}: ${actual} vs ${expected}`).toBeLessThan(1e-9);
  } else if (Array.isArray(actual) && Array.isArray(expected)) {
    expect(actual.length, `${where} length`).toBe(expected.length);
    for (const [i, item] of actual.entries()) expectAgrees(item, expected[i], `${where}[${i}]`);
  } else {
    expect(actual, where).toEqual(expected);
  }
}

interface Timed {
  readonly value: unknown;
  readonly ms: number;
  /** The longest time between two ticks of a 10 ms timer while the call ran. */
  readonly longestGap: number;
  readonly ticks: number;
  /** Whether the call was still running when the runtime returned from taking it in (not done in place). */
  readonly pending: boolean;
}

/**
 * Keep columns in the page under a name: Playwright serialises nested arrays slowly (minutes for 200,000 rows),
 * a JSON string quickly.
 */
async function store(target: Page, name: string, value: unknown): Promise<void> {
  await target.evaluate(
    ({ name, json }) => {
      (window as unknown as Record<string, unknown>)[`__${name}`] = JSON.parse(json);
    },
    { name, json: JSON.stringify(value) },
  );
}

/** A call as Excel makes it; `columns` names stored columns that come first in its arguments. */
interface Call {
  readonly name: string;
  readonly columns: string;
  readonly rest: unknown[];
  readonly flags: number;
}

/**
 * Invoke functions through the runtime's proxy as Excel does (`cancelAfterMs`: Excel's cancellation message for
 * the first call that long after it starts) and time them against a 10 ms timer in the page. The timer starts
 * once the runtime has taken the calls in: its own reading of the message (the same for every function) is
 * not the fit's.
 */
function invokeTimed(target: Page, calls: readonly Call[], cancelAfterMs?: number): Promise<Timed[]> {
  lastId += 100;
  return target.evaluate(
    async ({ calls, cancelAfterMs, id0 }) => {
      const w = window as unknown as Record<string, unknown>;
      const proxy = w.__cfProxy as {
        _handleMessage(message: unknown): void;
        _resultEntryBuffer: Record<number, { result: { value: unknown } }>;
      };
      const ids = calls.map((_, i) => id0 + i);
      for (const [i, { name, columns, rest, flags }] of calls.entries()) {
        // The runtime changes the arguments it is given (error cells, the invocation): give it a fresh copy.
        const args = [...(w[`__${columns}`] as unknown[][][]).map((c) => c.map((row) => [...row])), ...rest];
        proxy._handleMessage({
          entries: [{ messageCategory: 1, messageType: 1000, message: [ids[i], name, args, null, flags] }],
        });
      }
      const pending = !proxy._resultEntryBuffer[ids[0] as number];
      let last = performance.now();
      let longestGap = 0;
      let ticks = 0;
      const timer = setInterval(() => {
        const now = performance.now();
        longestGap = Math.max(longestGap, now - last);
        last = now;
        ticks++;
      }, 10);
      const started = performance.now();
      if (cancelAfterMs !== undefined) {
        await new Promise((resolve) => setTimeout(resolve, cancelAfterMs));
        proxy._handleMessage({
          entries: [{ messageCategory: 1, messageType: 1001, message: { invocationId: ids[0] } }],
        });
      }
      const out: { value: unknown; ms: number }[] = [];
      for (const id of ids) {
        while (!proxy._resultEntryBuffer[id] && performance.now() - started < 60_000) {
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        const entry = proxy._resultEntryBuffer[id];
        out.push({ value: entry ? entry.result.value : "no result in 60 s", ms: performance.now() - started });
      }
      clearInterval(timer);
      return out.map((o) => ({ ...o, longestGap, ticks, pending }));
    },
    { calls, cancelAfterMs, id0: lastId },
  );
}
let lastId = 1000;

let browser: Browser;
let page: Page;
let inPlace: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  inPlace = await browser.newPage();
  await loadRuntime(page, bundle);
  await loadRuntime(inPlace, bundle, null);
  for (const target of [page, inPlace]) {
    await store(target, "small", SMALL);
    await store(target, "withError", WITH_ERROR);
  }
  await store(page, "large", LARGE);
}, 120_000);
afterAll(async () => browser?.close());

describe("CLV fits in the shared runtime", () => {
  let large: Timed;

  it("fit 100,000 customers on the worker while the pane's timer keeps firing, with the core's answer", async () => {
    const running = invokeTimed(page, [{ name: "CLVFIT", columns: "large", rest: [null, null], flags: ALLOW_ERRORS }]);
    // The core in Node meanwhile (the browser works in its own process).
    const core = excel.CLVFIT(...LARGE, null, null);
    [large] = (await running) as [Timed];
    expectAgrees(large.value, core);
    expect((large.value as unknown[][])[13]).toEqual(["converged", true]);
    // In place, the fit would be over before the runtime returned, and the timer would wait for all of it;
    // on the worker the timer waits at most for one slice of the arguments.
    expect(large.pending).toBe(true);
    expect(large.ms).toBeGreaterThan(500);
    expect(large.longestGap).toBeLessThan(Math.max(250, large.ms / 4));
    expect(large.ticks).toBeGreaterThan(large.ms / 10 / 4);
  }, 180_000);

  it("spills a prediction per customer back from the worker, equal to the core's and to one made in place", async () => {
    const call = { name: "CLVPREDICT", columns: "small", rest: [52, 0.1, "weeks", null], flags: ALLOW_ERRORS };
    const [onWorker] = await invokeTimed(page, [call]);
    const [here] = await invokeTimed(inPlace, [call]);
    const spill = onWorker?.value as unknown[][];
    expect(spill.length).toBe(2_358);
    expect(spill[0]).toEqual(["customer", "P(alive)", "expected purchases", "expected spend per purchase", "CLV"]);
    // Same engine, same code: identical to the last bit.
    expect(onWorker?.value).toEqual(here?.value);
    expectAgrees(onWorker?.value, excel.CLVPREDICT(...SMALL, 52, 0.1, "weeks", null));
  }, 60_000);

  it("passes error cells to the worker with their code and message", async () => {
    const [result] = await invokeTimed(page, [
      { name: "CLVFIT", columns: "withError", rest: [null, null], flags: ALLOW_ERRORS },
    ]);
    expect(result?.value).toMatchObject({
      valueType: "CustomFunctionError",
      code: "#N/A",
      type: "Error",
      basicValue: "#N/A",
      message: "the cell holds the error #N/A",
    });
  });

  it("stops a cancelled fit: the next call does not wait for it", async () => {
    const small = { name: "CLVFIT", columns: "small", rest: [null, null], flags: ALLOW_ERRORS };
    const [cancelled, next] = await invokeTimed(
      page,
      [{ name: "CLVFIT", columns: "large", rest: [null, null], flags: ALLOW_ERRORS | CANCELABLE }, small],
      300,
    );
    expect(next?.value).toEqual((await invokeTimed(inPlace, [small]))[0]?.value);
    // Queued behind the full fit, the small one would finish after it; the fit was stopped instead.
    expect(next?.ms).toBeLessThan(large.ms);
    expect(cancelled?.ms).toBeLessThan(large.ms);
  }, 120_000);
});
