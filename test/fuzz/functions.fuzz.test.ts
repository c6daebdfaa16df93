import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ExcelFunction } from "../../shared/excel/define.js";
import { EXCEL_ERROR_CODES } from "../../shared/excel/errors.js";
import { FUNCTIONS } from "../../shared/functions.js";
import { argumentsFor } from "./arbitraries.js";

/**
 * Issue 8: every Excel function in FUNCTIONS (iterated, so functions added later are fuzzed too) with 10,000
 * random Excel-shaped argument lists. Whatever it is given, it returns a well-formed Excel result: a finite
 * number, text, a boolean, an Excel error with a message, or a rectangular spill of those. It never reaches defineFunction's safety net ("failed unexpectedly" means an exception
 * escaped the implementation), never changes its arguments, and gives the same answer twice.
 */
const RUNS = 10_000;
const CODES: readonly string[] = EXCEL_ERROR_CODES;

/** Why a result is not a well-formed Excel result, or undefined when it is. */
function malformed(value: unknown, where = "result"): string | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? undefined : `${where} is ${value}`;
  if (typeof value === "string" || typeof value === "boolean") return undefined;
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const { error, message } = value as { error?: unknown; message?: unknown };
    if (typeof error !== "string" || !CODES.includes(error)) return `${where} is an object that is not an Excel error`;
    if (typeof message !== "string" || message.trim() === "") return `${where} is ${error} without a message`;
    if (/failed unexpectedly/.test(message)) return `${where}: an exception escaped: ${message}`;
    return undefined;
  }
  return `${where} is ${value === null ? "null" : typeof value}`;
}

function checkResult(result: unknown): string | undefined {
  if (!Array.isArray(result)) return malformed(result);
  // A "value" function may still spill on request (SMARTCHECK's "table" output), so only the shape is checked.
  if (result.length === 0) return "an empty spill";
  const width = Array.isArray(result[0]) ? result[0].length : -1;
  if (width < 1) return "a spill whose first row is empty or not a row";
  for (const [r, row] of result.entries()) {
    if (!Array.isArray(row) || row.length !== width) return `spill row ${r + 1} is not ${width} wide`;
    for (const [c, cell] of row.entries()) {
      if (cell === null || cell === "") continue; // a blank cell in a spill is fine
      const why = malformed(cell, `spill cell (${r + 1}, ${c + 1})`);
      if (why) return why;
    }
  }
  return undefined;
}

/** Domain invariants on top of well-formedness (docs/domain.md: rates are fractions). */
const INVARIANTS: Record<string, (result: unknown) => string | undefined> = {
  WINRATE: (r) => (typeof r === "number" && (r < 0 || r > 1) ? `win rate ${r} outside [0, 1]` : undefined),
  CHURNRATE: (r) => (typeof r === "number" && (r < 0 || r > 1) ? `churn rate ${r} outside [0, 1]` : undefined),
  GRR: (r) => (typeof r === "number" && r > 1 ? `GRR ${r} above 1` : undefined),
  WINRATEBY: (r) => {
    if (!Array.isArray(r)) return undefined;
    const bad = r.find((row) => typeof row[1] === "number" && (row[1] < 0 || row[1] > 1));
    return bad ? `group win rate ${bad[1]} outside [0, 1]` : undefined;
  },
};

/** fast-check's own report prints 100,000-character arguments whole; cut long strings so a failure stays readable. */
function shortReport(fn: ExcelFunction) {
  return (details: fc.RunDetails<[unknown[]]>) => {
    if (!details.failed) return;
    const args = JSON.stringify(details.counterexample?.[0], (_key, value: unknown) =>
      typeof value === "string" && value.length > 60 ? `${value.slice(0, 20)}…(${value.length} chars)` : value,
    );
    const cause =
      details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(
      `${fn.name}(${args?.slice(1, -1)}): ${cause} [seed ${details.seed}, path ${details.counterexamplePath}]`,
    );
  };
}

describe("every Excel function under random Excel-shaped input", () => {
  it("fuzzes a non-empty function list", () => {
    expect(FUNCTIONS.length).toBeGreaterThan(0);
  });

  for (const fn of FUNCTIONS) {
    it(`${fn.name}: ${RUNS.toLocaleString("en")} inputs, always a well-formed Excel result`, () => {
      fc.assert(
        fc.property(argumentsFor(fn), (args) => {
          const before = structuredClone(args);
          const result = fn(...args);
          const problem = checkResult(result) ?? INVARIANTS[fn.name]?.(result);
          if (problem) throw new Error(problem);
          // node:util's deep equality: vitest's matchers are ten times slower over 230,000 calls.
          if (!isDeepStrictEqual(args, before)) throw new Error("the function changed its arguments");
          if (!isDeepStrictEqual(fn(...structuredClone(before)), result)) throw new Error("a second call differs");
        }),
        { numRuns: RUNS, seed: 8, endOnFailure: true, reporter: shortReport(fn) },
      );
    });
  }
});
