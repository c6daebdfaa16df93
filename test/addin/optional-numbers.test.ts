import { describe, expect, it } from "vitest";
import type { ExcelFunction } from "../../shared/excel/define.js";
import { numberParam, optional } from "../../shared/excel/params.js";
import { excel, FUNCTIONS } from "../../shared/functions.js";
import { DESKTOP_FORMS, OPTIONAL_NUMBERS, type OptionalNumberCase, WEB_FORMS } from "./optional-numbers.js";

/**
 * A 0 in an optional number, in the core as Node and the bundle call it (the runtime harness runs the same table
 * through Microsoft's custom-functions runtime): the desktop's blank (0) and the web's (null) side by side.
 */
const call = (row: OptionalNumberCase, x: unknown) =>
  (excel as Record<string, ExcelFunction>)[row.fn]?.(...row.args(x));

const round = (value: unknown): unknown =>
  typeof value === "number" ? Number(value.toPrecision(12)) : Array.isArray(value) ? value.map(round) : value;

/** CLVPREDICT's answer is a fit: it must be a spill of customers, not an error. */
function expectAnswer(result: unknown, expected: unknown): void {
  if (expected === "fit") {
    expect(Array.isArray(result), JSON.stringify(result).slice(0, 200)).toBe(true);
    expect((result as unknown[][])[0]).toEqual([
      "customer",
      "P(alive)",
      "expected purchases",
      "expected spend per purchase",
      "CLV",
    ]);
    return;
  }
  expect(round(result)).toEqual(round(expected));
}

describe("optional numbers: what a 0 means, the same on every platform", () => {
  it("covers every optional number parameter of every function", () => {
    const declared = FUNCTIONS.flatMap((fn) =>
      fn.params.filter((p) => p.optional && p.excelType === "number").map((p) => `${fn.name} ${p.name}`),
    );
    const tabled = OPTIONAL_NUMBERS.filter((r) => r.fn !== "QUOTASPLIT" || r.param !== "seasonality").map(
      (r) => `${r.fn} ${r.param}`,
    );
    expect(tabled.sort()).toEqual(declared.sort());
  });

  it.each(OPTIONAL_NUMBERS.map((r) => [`${r.fn} ${r.param}`, r] as const))(
    "%s: left out, the web's blank and the written default agree; the desktop's blank follows the rule",
    (_label, row) => {
      const leftOut = call(row, undefined);
      expectAnswer(leftOut, row.leftOut);
      if (!Number.isNaN(row.written)) expect(round(call(row, row.written))).toEqual(round(leftOut));
      for (const web of WEB_FORMS)
        expect(round(call(row, web)), `web form ${JSON.stringify(web)}`).toEqual(round(leftOut));
      for (const desktop of DESKTOP_FORMS) {
        const result = call(row, desktop);
        if (row.zero === "default")
          expect(round(result), `desktop form ${JSON.stringify(desktop)}`).toEqual(round(leftOut));
        else expect(result).toEqual({ error: "#VALUE!", message: row.message });
      }
      const [value, answer] = row.other;
      const other = call(row, value);
      expectAnswer(other, answer);
      expect(round(other), "another value is used, not the default").not.toEqual(round(leftOut));
    },
    30_000,
  );

  it.each(OPTIONAL_NUMBERS.filter((r) => r.zero === "refused").map((r) => [`${r.fn} ${r.param}`, r] as const))(
    "%s: a 0 written another way (text, a percentage, FALSE) is refused too",
    (_label, row) => {
      for (const zero of ["0", "0%", false, -0]) {
        // seasonality is a range: a one-cell "0" is read as a range by the core, which refuses 0 periods itself.
        if (row.param === "seasonality" && zero !== 0) expect(call(row, zero)).toMatchObject({ error: "#VALUE!" });
        else expect(call(row, zero)).toEqual({ error: "#VALUE!", message: row.message });
      }
    },
  );

  it("will not define an optional number whose default is not 0 without saying why 0 is refused", () => {
    expect(() => optional(numberParam("gross_margin", { description: "" }), 1)).toThrowErrorMatchingInlineSnapshot(
      `[Error: optional number gross_margin: its default is not 0, so say why 0 is refused (a blank cell is 0 in Excel desktop)]`,
    );
    expect(() => optional(numberParam("discount_rate", { description: "" }), 0)).not.toThrow();
  });
});
