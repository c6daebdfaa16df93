import { describe, expect, it } from "vitest";
import {
  choiceParam,
  dateParam,
  numberParam,
  optional,
  rangeParam,
  readRange,
  textParam,
} from "../../shared/excel/params.js";
import { numbersOf, parseNumericText } from "../../shared/excel/values.js";
import { excel } from "../../shared/functions.js";

describe("parameter coercion (written once, used by every function)", () => {
  const churn = numberParam("churn_rate", { description: "", min: 0, max: 1 });
  it.each([
    [0.2, 0.2],
    [[[0.2]], 0.2],
    ["0.2", 0.2],
    ["20%", 0.2],
    [true, 1],
    // A blank cell is 0, as Excel desktop sends it and as Excel's arithmetic reads it.
    [null, 0],
    ["", 0],
    [[[null]], 0],
  ])("numberParam accepts %j", (raw, expected) => {
    expect(churn.coerce(raw)).toBe(expected);
  });

  it.each([
    ["abc", 'churn_rate must be a number, got "abc"'],
    [undefined, "churn_rate is required"],
    [[[1], [2]], "churn_rate must be a single number, got a range"],
    [1.5, "churn_rate must be at most 1, got 1.5"],
    [-0.1, "churn_rate must be at least 0, got -0.1"],
  ])("numberParam rejects %j", (raw, message) => {
    expect(churn.coerce(raw)).toEqual({ error: "#VALUE!", message });
  });

  it("passes an Excel error argument through", () => {
    expect(churn.coerce({ error: "#N/A", message: "lookup failed" })).toEqual({
      error: "#N/A",
      message: "lookup failed",
    });
  });

  it("optional() gives the default for every way Excel says 'omitted'; a refused 0 says why", () => {
    const margin = optional(numberParam("gross_margin", { description: "" }), 1, {
      means: "would make the lifetime value 0",
      default: "1 = 100%",
    });
    for (const raw of [undefined, null, "", [[null]], [[""]]]) expect(margin.coerce(raw)).toBe(1);
    expect(margin.coerce(0.8)).toBe(0.8);
    expect(margin.coerce(0)).toEqual({
      error: "#VALUE!",
      message:
        "gross_margin is 0, which would make the lifetime value 0. Excel desktop passes a blank cell as 0: leave gross_margin out for the default (1 = 100%).",
    });
    // A default of 0: blank, 0 and left out are one value.
    const discount = optional(numberParam("discount_rate", { description: "" }), 0);
    for (const raw of [undefined, null, "", 0, [[0]], [[null]]]) expect(discount.coerce(raw)).toBe(0);
  });

  it("refuses a range longer than Excel's grid by its size, with the limit (WINRATE's own pass and readRange)", () => {
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1; // never walked: a walk would take minutes
    const tooLong = new Array(1_048_577).fill(null).map(() => [null]);
    expect(readRange("outcomes", tooLong, "text")).toEqual({
      error: "#NUM!",
      message: "outcomes has 1048577 rows; a range holds at most 1,048,576 (Excel's grid)",
    });
    expect(excel.WINRATE(tooLong)).toEqual(readRange("outcomes", tooLong, "text"));
    expect(excel.CLVFIT(sparse, [[1]], [[1]])).toMatchObject({ error: "#NUM!" });
    expect(excel.WINRATE(sparse)).toEqual({
      error: "#NUM!",
      message: "outcomes has 4294967295 rows; a range holds at most 1,048,576 (Excel's grid)",
    });
  });

  it("choiceParam matches case- and space-insensitively and lists choices when wrong", () => {
    const timing = choiceParam("timing", ["start", "gupta-lehmann", "end"] as const, { description: "" });
    expect(timing.coerce(" END ")).toBe("end");
    expect(timing.coerce("Gupta Lehmann")).toBe("gupta-lehmann");
    expect(timing.coerce("later")).toEqual({
      error: "#VALUE!",
      message: 'timing must be one of "start", "gupta-lehmann", "end"; got "later"',
    });
  });

  it("dateParam takes serials and ISO text, and explains what it wants", () => {
    const deadline = dateParam("deadline", { description: "" });
    expect(deadline.coerce(46203)).toBe(46203);
    expect(deadline.coerce("2026-06-30")).toBe(46203);
    expect(deadline.coerce("30/06/2026")).toEqual({
      error: "#VALUE!",
      message: 'deadline must be a date (an Excel date or ISO text such as 2026-06-30), got "30/06/2026"',
    });
  });

  it("textParam turns numbers into text and rangeParam wraps a scalar", () => {
    expect(textParam("goal", { description: "" }).coerce(42)).toBe("42");
    expect(rangeParam("outcomes", { description: "", cells: "text" }).coerce("Won")).toEqual([["Won"]]);
  });

  it("numbersOf names the place of a bad cell in a 2D range", () => {
    expect(
      numbersOf("weights", [
        [1, 2],
        [3, "x"],
      ]),
    ).toEqual({
      error: "#VALUE!",
      message: 'weights row 2, column 2 must be a number, got "x"',
    });
    expect(numbersOf("weights", [[1], [null], [3]])).toEqual([1, 3]);
    expect(numbersOf("weights", [[1], [null]], { blank: 0 })).toEqual([1, 0]);
  });

  it.each([
    ["1,234.5", 1234.5],
    [" 42 ", 42],
    ["12%", 0.12],
    ["-3", -3],
    ["1,23", undefined],
    ["abc", undefined],
    [".", undefined],
  ])("parseNumericText(%j) = %j", (text, expected) => {
    expect(parseNumericText(text)).toBe(expected);
  });
});
