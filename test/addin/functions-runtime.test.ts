import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExcelFunction } from "../../shared/excel/define.js";
import { isExcelError } from "../../shared/excel/errors.js";
import { excel, FUNCTIONS } from "../../shared/functions.js";
import { launchChromium, requireBuild } from "./browser.js";
import { CUSTOM_FUNCTIONS_STAND_IN } from "./custom-functions-stand-in.js";
import { BLANK, type Expected, SAMPLE_CALLS, type SampleCall } from "./sample-calls.js";

/**
 * The runtime harness: the built dist/addin/functions.js, loaded in headless Chromium after a stand-in for
 * Excel's custom-functions runtime, called the way Excel calls it. Each sample call is checked against its
 * worked value and against the core in Node (so the bundle, the bridge to CustomFunctions.Error and the
 * core agree), with blank cells sent as null and as "".
 */
interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; description?: string; optional?: boolean }[];
}
const metadata = JSON.parse(readFileSync(requireBuild("functions.json"), "utf8")) as { functions: FunctionMeta[] };
const bundle = readFileSync(requireBuild("functions.js"), "utf8");
const SHOWS_MESSAGE = new Set(["#VALUE!", "#N/A"]);
const ERROR_ARG = "__excel_error__";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setContent("<!doctype html><title>custom functions runtime</title>");
  await page.addScriptTag({ content: CUSTOM_FUNCTIONS_STAND_IN });
  await page.addScriptTag({ content: bundle });
});
afterAll(async () => browser?.close());

/** Arguments with blanks and error cells in the form each side expects. */
function prepare(args: readonly unknown[], blank: null | "" | 0, side: "excel" | "core"): unknown[] {
  const cell = (v: unknown): unknown => {
    if (v === BLANK) return blank;
    if (typeof v === "object" && v !== null && ERROR_ARG in v) {
      const code = (v as Record<string, string>)[ERROR_ARG] as string;
      return side === "excel" ? v : { error: code, message: `the cell holds the error ${code}` };
    }
    return v;
  };
  return args.map((a) => (Array.isArray(a) ? a.map((row) => (row as unknown[]).map(cell)) : cell(a)));
}

async function callInExcel(id: string, args: unknown[]): Promise<unknown> {
  const answer = await page.evaluate(
    ({ id, args, marker }) => {
      // Error cells become CustomFunctions.Error, the form the runtime hands errors over in.
      const w = window as unknown as {
        CustomFunctions: { Error: new (code: string) => unknown };
        __excel: { call(id: string, args: unknown[]): unknown };
      };
      const live = (v: unknown): unknown =>
        typeof v === "object" && v !== null && marker in v
          ? new w.CustomFunctions.Error((v as Record<string, string>)[marker] as string)
          : v;
      const real = args.map((a) => (Array.isArray(a) ? a.map((r) => (r as unknown[]).map(live)) : live(a)));
      return w.__excel.call(id, real);
    },
    { id, args, marker: ERROR_ARG },
  );
  const { result, thrown, missing } = answer as { result?: unknown; thrown?: string; missing?: string };
  if (missing) throw new Error(`${missing} is not registered by functions.js`);
  if (thrown) throw new Error(`${id} threw in the runtime: ${thrown}`);
  return result;
}

/** What Excel would receive from the core's answer: CustomFunctions.Error {code, message?}, blanks as "". */
function asExcelSees(result: unknown): unknown {
  const cell = (v: unknown): unknown => {
    if (isExcelError(v)) return SHOWS_MESSAGE.has(v.error) ? { code: v.error, message: v.message } : { code: v.error };
    return v === null || v === undefined ? "" : v;
  };
  return Array.isArray(result) ? result.map((row) => (row as unknown[]).map(cell)) : cell(result);
}

function checkExpected(result: unknown, expected: Expected): void {
  if ("error" in expected) {
    expect(result).toMatchObject({ code: expected.error });
    if (expected.message !== undefined) expect((result as { message?: string }).message).toBe(expected.message);
  } else if ("value" in expected) {
    if (expected.close && typeof expected.value === "number") expect(result).toBeCloseTo(expected.value, 9);
    else expect(result).toEqual(expected.value);
  } else if ("spill" in expected) {
    expect(result).toEqual(expected.spill);
  } else {
    expect(
      Array.isArray(result),
      `expected a ${expected.rows}×${expected.cols} spill, got ${JSON.stringify(result)}`,
    ).toBe(true);
    const rows = result as unknown[][];
    expect([rows.length, Math.max(...rows.map((r) => r.length))]).toEqual([expected.rows, expected.cols]);
  }
}

/** Chromium's V8 and Node's may differ in the last bits of Math.exp/log: compare to 12 significant digits. */
function roundFloats(value: unknown): unknown {
  // A one-cell spill shows in Excel exactly as the value does (wrappers typed any[][] return [[x]]).
  if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) {
    return roundFloats(value[0][0]);
  }
  if (typeof value === "number" && !Number.isInteger(value)) return Number(value.toPrecision(12));
  if (Array.isArray(value)) return value.map(roundFloats);
  return value;
}

/** Excel shows a message for #VALUE! and #N/A only; anything else must come without one. */
function checkMessages(result: unknown): void {
  const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
  for (const c of cells) {
    if (typeof c === "object" && c !== null && "code" in c && "message" in c) {
      expect(SHOWS_MESSAGE.has((c as { code: string }).code), `message on ${(c as { code: string }).code}`).toBe(true);
    }
  }
}

describe("dist/addin/functions.js in the custom-functions runtime", () => {
  it("registers exactly the functions functions.json lists", async () => {
    const ids = await page.evaluate(() => (window as unknown as { __excel: { ids(): string[] } }).__excel.ids());
    expect([...ids].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it("has a sample call for every function in functions.json", () => {
    const missing = metadata.functions.map((f) => f.id).filter((id) => !(SAMPLE_CALLS[id]?.length ?? 0));
    expect(missing, "add cases to test/addin/sample-calls.ts").toEqual([]);
  });

  it("lists every core function in functions.json with help for each parameter", () => {
    const byId = new Map(metadata.functions.map((f) => [f.id, f]));
    for (const fn of FUNCTIONS) {
      const meta = byId.get(fn.name);
      expect(meta, `${fn.name} is in shared/functions.ts but not in functions.json`).toBeDefined();
      expect(meta?.description?.trim(), `${fn.name} has no description`).toBeTruthy();
      expect(meta?.parameters.length, `${fn.name} parameter count`).toBe(fn.params.length);
      for (const [i, p] of (meta?.parameters ?? []).entries()) {
        expect(p.description?.trim(), `${fn.name} parameter ${p.name} has no help`).toBeTruthy();
        expect(Boolean(p.optional), `${fn.name} parameter ${p.name} optional`).toBe(fn.params[i]?.optional);
      }
    }
    expect(metadata.functions.map((f) => f.id).filter((id) => !(id in excel))).toEqual([]);
  });

  it("passes an error cell in a range through to the result, with its message", async () => {
    const result = await callInExcel("WINRATE", [[["Won"], ["Lost"]], [[100], [{ [ERROR_ARG]: "#N/A" }]], null]);
    expect(result).toEqual({ code: "#N/A", message: "the cell holds the error #N/A" });
  });

  const cases = Object.entries(SAMPLE_CALLS).flatMap(([id, calls]) =>
    calls.map((call) => [`${id}: ${call.title}`, id, call] as const),
  );
  it.each(cases)("%s", async (_label: string, id: string, call: SampleCall) => {
    const core = (excel as Record<string, ExcelFunction | undefined>)[id];
    const blanks: (null | "" | 0)[] = call.blankAsZero ? [null, "", 0] : [null, ""];
    for (const blank of blanks) {
      const result = await callInExcel(id, prepare(call.args, blank, "excel"));
      checkExpected(result, call.expect);
      checkMessages(result);
      if (core) {
        const expected = asExcelSees(core(...prepare(call.args, blank, "core")));
        expect(roundFloats(result), `bundle and core differ (blanks as ${JSON.stringify(blank)})`).toEqual(
          roundFloats(expected),
        );
      }
    }
  });
});
