import { describe, expect, it } from "vitest";
import { EXCEL_ERROR_CODES } from "../../shared/excel/errors.js";
import { FUNCTIONS } from "../../shared/functions.js";

/**
 * Issue 17 item 6: hostile values from Node callers, each put in every argument of every excel.* function. Whatever
 * arrives, a function returns a well-formed Excel result (never throws, never hangs, never "Maximum call stack
 * size exceeded"); a plain { error } object passed in comes back with a message; a sparse array of length 2^32 − 1
 * or a Proxy whose length lies past the grid is refused by size, not walked.
 */
function sparse(): unknown[] {
  const a: unknown[] = [];
  a.length = 2 ** 32 - 1;
  return a;
}
// Made once: the functions must not change their arguments, and building it per call would dominate the test.
const BIG_COLUMN = Object.freeze(Array.from({ length: 200_000 }, (_, i) => Object.freeze([i % 3 === 0 ? "Won" : 0.5])));
const lyingLength = (length: number) =>
  new Proxy([["Won"]], { get: (t, k) => (k === "length" ? length : Reflect.get(t, k)) });
const throwing = () => {
  throw new Error("getter throws");
};
const HOSTILE: readonly (readonly [string, () => unknown])[] = [
  ["a sparse array of length 2^32 − 1", sparse],
  // A length past the grid is refused by size; one within it is walked (every missing row a blank). The walk
  // is kept short: a million proxied reads per argument made this file take over a minute.
  ["a Proxy whose length lies past the grid", () => lyingLength(2 ** 31)],
  ["a Proxy whose length lies within the grid", () => lyingLength(5_000)],
  ["a Proxy whose every read throws", () => new Proxy([], { get: throwing })],
  ["an object whose getters throw", () => Object.defineProperty({}, "type", { get: throwing })],
  [
    "a thrown-value-like object",
    () => ({
      get message() {
        throw new Error("x");
      },
      toString: throwing,
    }),
  ],
  ["{ error: '#N/A' } without a message", () => ({ error: "#N/A" })],
  ["{ code: '#REF!' } (CustomFunctions.Error)", () => ({ code: "#REF!" })],
  ["an entity", () => ({ type: "Entity", text: "Won", properties: {} })],
  ["a formatted number", () => ({ type: "FormattedNumber", basicValue: 42, numberFormat: "0.00" })],
  ["a web image", () => ({ type: "WebImage", address: "https://example.com/a.png" })],
  ["a Date", () => new Date(Date.UTC(2026, 5, 30))],
  ["NaN", () => Number.NaN],
  ["-Infinity", () => Number.NEGATIVE_INFINITY],
  ["a symbol", () => Symbol("s")],
  ["a bigint", () => 10n],
  ["a function", () => () => 1],
  ["a range of ranges", () => [[[["Won"]]]]],
  ["rows that are not arrays", () => ["Won", "Lost", 3]],
  ["a 200,000-row column", () => BIG_COLUMN],
  ["a row of 16,385 cells", () => [new Array(16_385).fill(1)]],
  ["text of 40,000 characters", () => "x".repeat(40_000)],
  ["a frozen range", () => Object.freeze([Object.freeze(["Won"]), Object.freeze(["Lost"])])],
];
const CODES: readonly string[] = EXCEL_ERROR_CODES;

function problem(result: unknown): string | undefined {
  const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
  for (const cell of cells) {
    if (cell === null || cell === "" || typeof cell === "string" || typeof cell === "boolean") continue;
    if (typeof cell === "number") {
      if (!Number.isFinite(cell)) return `a result of ${cell}`;
      continue;
    }
    const { error, message } = (cell ?? {}) as { error?: unknown; message?: unknown };
    if (typeof error !== "string" || !CODES.includes(error)) return "a result that is not an Excel value";
    if (typeof message !== "string" || message.trim() === "") return `${error} without a message`;
    if (/call stack/i.test(message)) return message;
  }
  return undefined;
}

describe("every excel.* function against hostile values in every argument", () => {
  it(`has ${HOSTILE.length} kinds of hostile value`, () => expect(HOSTILE.length).toBeGreaterThanOrEqual(23));

  for (const fn of FUNCTIONS) {
    it(`${fn.name}: a well-formed result for each`, () => {
      for (let position = 0; position < fn.params.length; position++) {
        for (const [label, make] of HOSTILE) {
          const args: unknown[] = fn.params.map(() => null);
          args[position] = make();
          let result: unknown;
          expect(
            () => {
              result = fn(...args);
            },
            `${fn.name} argument ${position + 1} = ${label} threw`,
          ).not.toThrow();
          expect(problem(result), `${fn.name} argument ${position + 1} = ${label}`).toBeUndefined();
        }
      }
    });
  }

  it("gives a plain { error } object a message", async () => {
    const { excel } = await import("../../shared/functions.js");
    expect(excel.WINRATE([["Won"]], [[{ error: "#N/A" }]])).toEqual({
      error: "#N/A",
      message: "the cell holds the error #N/A",
    });
  });
});
