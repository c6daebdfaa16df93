import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExcelFunction } from "../../shared/excel/define.js";
import { isExcelError } from "../../shared/excel/errors.js";
import { excel, FUNCTIONS } from "../../shared/functions.js";
import { launchChromium, requireBuild } from "./browser.js";
import {
  ALLOW_DATA_TYPES,
  ALLOW_ERRORS,
  associatedIds,
  invoke,
  invokeAll,
  loadRuntime,
  type Posted,
} from "./custom-functions-runtime.js";
import { DESKTOP_FORMS, OPTIONAL_NUMBERS, type OptionalNumberCase, WEB_FORMS } from "./optional-numbers.js";
import { BLANK, type Expected, LIMIT_CALLS, SAMPLE_CALLS, type SampleCall } from "./sample-calls.js";

/**
 * The runtime harness: the built dist/addin/functions.js registered into Microsoft's custom-functions runtime
 * (custom-functions-runtime.js from @microsoft/office-js) in headless Chromium, and called as Excel calls it.
 * Every sample call runs under every way Excel can hand its cells over, and must give one answer:
 * - blanks as null (Excel on the web), "" and 0 (Excel desktop): the blank rule;
 * - error cells as CustomFunctions.Error (allowErrorForDataTypeAny) or as data-type JSON (with
 *   allowCustomDataForDataTypeAny), and every text and number as an entity or a formatted number;
 * and it must equal its worked value and the core's answer in Node (excel.NAME), serialised as Excel sees it.
 */
interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  options?: { volatile?: boolean };
  parameters: { name: string; description?: string; optional?: boolean; customEnumId?: string }[];
}
const metadata = JSON.parse(readFileSync(requireBuild("functions.json"), "utf8")) as {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMeta[];
};
const bundle = readFileSync(requireBuild("functions.js"), "utf8");
const SHOWS_MESSAGE = new Set(["#VALUE!", "#N/A"]);
const ERROR_ARG = "__excel_error__";

let browser: Browser;
let page: Page;
let globals: { runtime: string[]; bundle: string[] };

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  globals = await loadRuntime(page, bundle);
});
afterAll(async () => browser?.close());

type Blank = null | "" | 0;
/** How cells reach the function: plain values with errors as CustomFunctions.Error, or as data types. */
type Encoding = "errors" | "data types" | "entities";
const ENCODINGS: readonly Encoding[] = ["errors", "data types", "entities"];
const FLAGS: Record<Encoding, number> = {
  errors: ALLOW_ERRORS,
  "data types": ALLOW_ERRORS | ALLOW_DATA_TYPES,
  entities: ALLOW_ERRORS | ALLOW_DATA_TYPES,
};

/** A data-type cell as the host sends it with allowCustomDataForDataTypeAny: its JSON in `value`. */
const dataType = (json: object) => ({ value: JSON.stringify(json) });

/** Arguments in the form the host sends them (a range per argument, a scalar as itself). */
function forExcel(args: readonly unknown[], blank: Blank, encoding: Encoding): unknown[] {
  const cell = (v: unknown, inRange: boolean): unknown => {
    if (v === BLANK) return blank;
    if (typeof v === "object" && v !== null && ERROR_ARG in v) {
      const code = (v as Record<string, string>)[ERROR_ARG];
      return encoding === "errors"
        ? { type: "CustomFunctionError", code }
        : dataType({ type: "Error", basicValue: code });
    }
    if (encoding === "entities" && inRange) {
      if (typeof v === "string") return dataType({ type: "Entity", text: v, properties: {} });
      if (typeof v === "number") return dataType({ type: "FormattedNumber", basicValue: v, numberFormat: "#,##0.00" });
    }
    return v;
  };
  return args.map((a) =>
    Array.isArray(a) ? a.map((row) => (row as unknown[]).map((v) => cell(v, true))) : cell(a, false),
  );
}

/** The same arguments for the core in Node: blanks as given, errors as core errors. */
function forCore(args: readonly unknown[], blank: Blank): unknown[] {
  const cell = (v: unknown): unknown => {
    if (v === BLANK) return blank;
    if (typeof v === "object" && v !== null && ERROR_ARG in v)
      return { error: (v as Record<string, string>)[ERROR_ARG] };
    return v;
  };
  return args.map((a) => (Array.isArray(a) ? a.map((row) => (row as unknown[]).map(cell)) : cell(a)));
}

/** A posted value as a plain result: CustomFunctions.Error (serialised by its toJSON) as { code, message? }. */
function received(posted: Posted, id: string): unknown {
  if (posted.failed) throw new Error(`${id} failed in the runtime: ${JSON.stringify(posted.value)}`);
  const cell = (v: unknown): unknown => {
    if (typeof v === "object" && v !== null && (v as { valueType?: string }).valueType === "CustomFunctionError") {
      const { code, message } = v as { code: string; message?: string };
      return message === undefined ? { code } : { code, message };
    }
    return v;
  };
  return Array.isArray(posted.value) ? posted.value.map((row) => (row as unknown[]).map(cell)) : cell(posted.value);
}

/** What Excel would receive from the core's answer: errors as { code, message? }, blanks in a spill as "". */
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
    const value = Array.isArray(result) && result.length === 1 && result[0].length === 1 ? result[0][0] : result;
    if (expected.close && typeof expected.value === "number") expect(value).toBeCloseTo(expected.value, 9);
    else expect(value).toEqual(expected.value);
  } else if ("spill" in expected) {
    expect(result).toEqual(expected.spill);
  } else {
    expect(Array.isArray(result), `expected a ${expected.rows}×${expected.cols} spill`).toBe(true);
    const rows = result as unknown[][];
    expect([rows.length, (rows[0] ?? []).length]).toEqual([expected.rows, expected.cols]);
  }
}

/** Chromium's V8 and Node's may differ in the last bits of Math.exp/log: compare to 12 significant digits. */
function roundFloats(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) {
    return roundFloats(value[0][0]);
  }
  if (typeof value === "number" && !Number.isInteger(value)) return Number(value.toPrecision(12));
  if (Array.isArray(value)) return value.map(roundFloats);
  return value;
}

function toDigits(value: unknown, digits: number): unknown {
  if (typeof value === "number" && !Number.isInteger(value)) return Number(value.toPrecision(digits));
  return Array.isArray(value) ? value.map((v) => toDigits(v, digits)) : value;
}

function checkMessages(result: unknown): void {
  const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
  for (const c of cells) {
    if (typeof c === "object" && c !== null && "code" in c && "message" in c) {
      expect(SHOWS_MESSAGE.has((c as { code: string }).code), `message on ${(c as { code: string }).code}`).toBe(true);
    }
  }
}

async function runEverywhere(id: string, call: SampleCall): Promise<void> {
  const core = (excel as Record<string, ExcelFunction | undefined>)[id];
  if (!core) throw new Error(`${id} is not in the core`);
  const answers = new Set<string>();
  const variants = ([null, "", 0] as Blank[]).flatMap((blank) => ENCODINGS.map((encoding) => ({ blank, encoding })));
  const posted = await invokeAll(
    page,
    variants.map(({ blank, encoding }) => ({
      name: id,
      args: forExcel(call.args, blank, encoding),
      flags: FLAGS[encoding],
    })),
  );
  for (const [i, { blank, encoding }] of variants.entries()) {
    const expected = roundFloats(asExcelSees(core(...forCore(call.args, blank))));
    const result = received(posted[i] as Posted, id);
    checkExpected(result, call.expect);
    checkMessages(result);
    const where = `blanks as ${JSON.stringify(blank)}, cells as ${encoding}`;
    expect(roundFloats(result), `bundle and core differ (${where})`).toEqual(expected);
    answers.add(JSON.stringify(roundFloats(result)));
  }
  expect([...answers], "every platform's blanks and every encoding give one answer").toHaveLength(1);
}

describe("dist/addin/functions.js in Microsoft's custom-functions runtime", () => {
  it("registers exactly the functions functions.json lists", async () => {
    const ids = await associatedIds(page);
    expect([...ids].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it("adds no globals to the shared runtime's window", () => {
    expect(globals.runtime).toContain("CustomFunctions");
    expect(globals.bundle).toEqual([]);
  });

  it("asks Excel for error cells and data types, so both reach the functions", () => {
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
  });

  it("gives each function its help page, each choice an enum, and only PACING volatility", () => {
    const enums = new Map(
      ((metadata as { enums?: { id: string; values: { stringValue: string }[] }[] }).enums ?? []).map((e) => [
        e.id,
        e.values.map((v) => v.stringValue),
      ]),
    );
    for (const fn of FUNCTIONS) {
      const meta = metadata.functions.find((f) => f.id === fn.name);
      // "Help on this function" opens helpUrl (Microsoft, "Manually create JSON metadata for custom functions").
      expect(meta?.helpUrl, fn.name).toBe(`https://localhost:3000/help/${fn.name.toLowerCase()}.html`);
      // "Custom enums give users Excel AutoComplete options"; "on older versions of Excel, parameters using a
      // custom enum work as standard parameters" (…/excel/custom-functions-custom-enums), which the core checks.
      for (const [i, p] of fn.params.entries()) {
        const id = meta?.parameters[i]?.customEnumId;
        expect(id === undefined ? undefined : enums.get(id), `${fn.name} ${p.name}`).toEqual(p.choices);
      }
      // Volatile functions: "These functions recalculate every time Excel recalculates" (…/excel/custom-functions-
      // volatile). PACING's as_of defaults to today; CLVFIT's and CLVPREDICT's to the data's last date.
      expect(Boolean(meta?.options?.volatile), `${fn.name} volatile`).toBe(fn.name === "PACING");
    }
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
    for (const encoding of ENCODINGS) {
      const args = forExcel([[["Won"], ["Lost"]], [[100], [{ [ERROR_ARG]: "#N/A" }]], null], null, encoding);
      const result = received(await invoke(page, "WINRATE", args, FLAGS[encoding]), "WINRATE");
      expect(result).toEqual({ code: "#N/A", message: "the cell holds the error #N/A" });
    }
  });

  const cases = Object.entries(SAMPLE_CALLS).flatMap(([id, calls]) =>
    calls.map((call) => [`${id}: ${call.title}`, id, call] as const),
  );
  it.each(cases)("%s", async (_label: string, id: string, call: SampleCall) => runEverywhere(id, call));

  // The desktop's blank (0, OfficeDev/office-js 4702) and the web's (null, which is also how Excel passes a
  // left-out optional argument: learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options)
  // side by side through the bundle: the same answer where 0 is the default; where it is not, the desktop's
  // refusal says to leave the argument out, which is what the web's blank gives.
  it.each(OPTIONAL_NUMBERS.map((row) => [`${row.fn} ${row.param} (0 ${row.zero})`, row] as const))(
    "optional number %s: desktop and web blanks side by side",
    async (_label: string, row: OptionalNumberCase) => {
      const forms = [...DESKTOP_FORMS, ...WEB_FORMS];
      const posted = await invokeAll(
        page,
        forms.map((form) => ({ name: row.fn, args: forExcel(row.args(form), null, "errors"), flags: ALLOW_ERRORS })),
      );
      const results = posted.map((p) => roundFloats(received(p as Posted, row.fn)));
      const core = (excel as Record<string, ExcelFunction>)[row.fn] as ExcelFunction;
      const inNode = roundFloats(asExcelSees(core(...row.args(null))));
      expect(inNode, "the left-out answer is an answer").not.toMatchObject({ code: expect.any(String) });
      // The web's blank is the left-out argument, in Chromium's V8: the same fit as Node's to 9 digits (a long fit's
      // last bits may differ between the two engines' Math.exp/log), and the reference for every other form.
      const leftOut = results[DESKTOP_FORMS.length];
      expect(toDigits(leftOut, 9), "bundle and core").toEqual(toDigits(inNode, 9));
      for (const [i, form] of forms.entries()) {
        const desktop = i < DESKTOP_FORMS.length;
        const where = `${desktop ? "desktop" : "web"} form ${JSON.stringify(form)}`;
        if (desktop && row.zero === "refused") {
          expect(results[i], where).toEqual({ code: "#VALUE!", message: row.message });
        } else {
          expect(results[i], where).toEqual(leftOut);
        }
      }
    },
    30_000,
  );

  it.each(LIMIT_CALLS.map(([id, call]) => [`${id}: ${call.title}`, id, call] as const))(
    "limit: %s",
    async (_label: string, id: string, call: SampleCall) => {
      const result = received(await invoke(page, id, forExcel(call.args, null, "errors"), ALLOW_ERRORS), id);
      checkExpected(result, call.expect);
      const core = (excel as Record<string, ExcelFunction>)[id] as ExcelFunction;
      expect(roundFloats(result)).toEqual(roundFloats(asExcelSees(core(...forCore(call.args, null)))));
    },
    30_000,
  );
});
