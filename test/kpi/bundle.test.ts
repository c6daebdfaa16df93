import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";

/**
 * The functions bundle as Excel loads it (dist/addin/functions.js, built by `npm test` before vitest runs): a plain
 * script that calls CustomFunctions.associate for every function. A stand-in CustomFunctions records them, so these
 * calls go through the same wrappers, coercion and error mapping Excel uses.
 */
class FakeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const registered = new Map<string, (...args: unknown[]) => unknown>();
runInNewContext(readFileSync("dist/addin/functions.js", "utf8"), {
  CustomFunctions: {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
    Error: FakeError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
  },
});
const call = (id: string, ...args: unknown[]) => (registered.get(id) as (...a: unknown[]) => unknown)(...args);
const metadata = JSON.parse(readFileSync("dist/addin/functions.json", "utf8")) as {
  functions: {
    id: string;
    parameters: { name: string; description?: string }[];
    result: { dimensionality?: string };
  }[];
};

describe("the built functions bundle and functions.json", () => {
  it.each([
    ["CLV", [500, 0.02, 0.8], 20000],
    ["QUOTASPLIT", [7, [[50], [30], [20]]], [[4], [2], [1]]],
    ["ACTIVITYPLAN", [14, [[0.4], [0.5], [0.35], [0.1]]], [[35], [70], [200], [2000]]],
    ["VELOCITY", [40, 25000, 0.25, 90], 250_000 / 90],
    ["WEIGHTEDPIPELINE", [[[10000]], [["Proposal"]], [["Proposal", 0.5]]], 5000],
    ["PIPECOVERAGE", [4_800_000, 1_600_000, 0.25], [[3, 4, 0.75]]],
    ["PACING", [400, 1000, "2026-01-01", "2026-12-31", "2026-07-02"], [[500, "behind"]]],
    ["ATTAINMENT", [862_500, 750_000], 1.15],
  ])("%s is registered and computes as in Node", (id, args, expected) => {
    expect(call(id, ...args)).toEqual(expected);
  });

  it("maps a core error to a CustomFunctions.Error with its message for #VALUE!", () => {
    const result = call("CLV", 100, 0) as FakeError;
    expect(result).toBeInstanceOf(FakeError);
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toBe("churn_rate must be more than 0 and at most 1 when periods is omitted, got 0");
  });

  it("maps #DIV/0! without a message (Excel would not show it)", () => {
    const result = call("CAC", 1000, 0) as FakeError;
    expect(result.code).toBe("#DIV/0!");
    expect(result.message).toBeUndefined();
  });

  it.each([
    "CLV",
    "QUOTASPLIT",
    "GROWTH",
    "CAGR",
    "CHURNRATE",
    "NRR",
    "GRR",
    "CAC",
    "LTVCAC",
    "CACPAYBACK",
    "SALESCYCLE",
    "DEALSIZE",
    "WEIGHTEDPIPELINE",
    "PIPECOVERAGE",
    "VELOCITY",
    "ACTIVITYPLAN",
    "ATTAINMENT",
    "PACING",
  ])("%s has help text for every parameter in functions.json", (id) => {
    const entry = metadata.functions.find((f) => f.id === id);
    expect(entry).toBeDefined();
    expect(registered.has(id)).toBe(true);
    for (const p of entry?.parameters ?? []) expect(p.description?.length ?? 0).toBeGreaterThan(10);
  });
});
