import { describe, expect, it } from "vitest";
import { formatProblem, formatProblems, type ProblemInit, problem, safeText } from "../../generator/report/problems.js";

const at = (cell: string, value: string, rule = "Amount must be a number of at least 0"): ProblemInit => ({
  code: "invalid",
  sheet: "Deals",
  cell,
  rule,
  value,
});

describe("problems as data", () => {
  it("keeps the code, the place, the rule and the value apart, and words them once", () => {
    const p = problem({ ...at("F14", '"abc"'), hint: "write a number" });
    expect(p).toEqual({
      code: "invalid",
      sheet: "Deals",
      cell: "F14",
      rule: "Amount must be a number of at least 0",
      value: '"abc"',
      hint: "write a number",
      message: 'Amount must be a number of at least 0, got "abc" — write a number',
    });
    expect(formatProblem(p)).toBe('Deals!F14: Amount must be a number of at least 0, got "abc" — write a number');
    expect(
      formatProblem(
        problem({ code: "currency", sheet: "Q3 deals", column: "F", rule: "Amount must hold one currency" }),
      ),
    ).toBe("'Q3 deals'!F: Amount must hold one currency");
  });
});

describe("formatProblems(problems)", () => {
  it("lists up to three failures of a rule in a column one by one, in the order found", () => {
    const problems = [at("F2", '"a"'), at("G2", '"x"', "Closed must be a date"), at("F3", '"b"'), at("F4", '"c"')].map(
      problem,
    );
    expect(formatProblems(problems)).toEqual([
      'Deals!F2: Amount must be a number of at least 0, got "a"',
      'Deals!G2: Closed must be a date, got "x"',
      'Deals!F3: Amount must be a number of at least 0, got "b"',
      'Deals!F4: Amount must be a number of at least 0, got "c"',
    ]);
  });

  it("sums up more in one line: the column, the count, the first values and cells", () => {
    const many = Array.from({ length: 8300 }, (_, i) =>
      problem(at(`G${i + 2}`, `"${i}/20/2016"`, "Closed must be a date")),
    );
    const blanks = Array.from({ length: 5 }, (_, i) => problem(at(`B${i + 2}`, "blank", "Customer is required")));
    expect(formatProblems([...many, problem(at("A9", '"x"', "ID must be text")), ...blanks])).toEqual([
      'Deals!G: 8,300 cells: Closed must be a date, got "0/20/2016" (G2), "1/20/2016" (G3), "2/20/2016" (G4) and 8,297 more',
      'Deals!A9: ID must be text, got "x"',
      "Deals!B: 5 cells: Customer is required, got blank at B2, B3, B4 and 2 more",
    ]);
  });

  it("escapes control and bidi characters wherever they come from (values and sheet names)", () => {
    expect(safeText("a\u202eb\u0007c\u2066d\r\ne\u0085")).toBe("a\\u202Eb\\u0007c\\u2066d\\r\\ne\\u0085");
    const p = problem({
      code: "invalid",
      sheet: "Dea\u202els",
      cell: "A2",
      rule: "ID must be text",
      value: '"\u202efdp.exe"',
    });
    expect(formatProblems([p])).toEqual(["'Dea\\u202Els'!A2: ID must be text, got \"\\u202Efdp.exe\""]);
  });
});
