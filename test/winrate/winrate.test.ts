import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { excel } from "../../shared/functions.js";

const col = (...values: unknown[]) => values.map((v) => [v]);
const repeat = (value: unknown, n: number) => Array.from({ length: n }, () => value);

describe("WINRATE(outcomes, [amounts], [basis])", () => {
  // Cited values: docs/domain.md "Win rate" (20 won / 30 lost → 40%; 100 created, 3 won, 7 lost, 90 open → 3% / 30%).
  const hundred = col(...repeat("Won", 3), ...repeat("Lost", 7), ...repeat("Negotiation", 90));
  it.each([
    ["20 won, 30 lost (docs/domain.md)", col(...repeat("Won", 20), ...repeat("Lost", 30)), undefined, 0.4],
    ["100 created: closed basis (docs/domain.md)", hundred, "closed", 0.3],
    ["100 created: created basis (docs/domain.md)", hundred, "created", 0.03],
    ["broad basis counts no decision", col("Won", "Lost", "No decision", "No decision"), "broad", 0.25],
    ["closed basis ignores no decision and open", col("Won", "Lost", "No decision", "Proposal"), "closed", 0.5],
    ["blanks are ignored", col("Won", null, "", "Lost", "  "), undefined, 0.5],
    // A number is never an outcome: 0 is a blank cell (Excel desktop), 1 an open deal; TRUE/FALSE are won/lost.
    ["TRUE/FALSE; numbers are not outcomes", col(true, false, 1, 0), undefined, 0.5],
    ["case and spacing do not matter", col("  CLOSED   WON ", "closed-lost", "closed_won", "WIN"), undefined, 0.75],
    ["Chinese outcomes", col("赢单", "成交", "输单", "丢单"), undefined, 0.5],
    ["Dutch outcomes", col("Gewonnen", "verloren", "verloren", "Geen beslissing"), "broad", 0.25],
    ["Arabic outcomes", col("فوز", "مكسوبة", "خسارة", "لا قرار"), "broad", 0.5],
    ["a row of outcomes (2D)", [["Won", "Lost", "Lost", "Won"]], undefined, 0.5],
    ["basis is case-insensitive", col("Won", "Lost", "Open"), "CREATED", 1 / 3],
  ])("%s", (_name, outcomes, basis, expected) => {
    expect(excel.WINRATE(outcomes, undefined, basis)).toBeCloseTo(expected as number, 12);
  });

  it("weights by amount when amounts are given: 300 won of 400 closed → 0.75", () => {
    expect(excel.WINRATE(col("Won", "Lost", "Won", "Open"), col(100, 100, 200, 5000))).toBe(0.75);
  });

  it("treats a blank amount as 0 (Excel desktop sends empty cells as 0, the web as null)", () => {
    expect(excel.WINRATE(col("Won", "Lost", "Lost"), col(100, null, 0))).toBe(1);
  });

  it("passes through an error value inside amounts", () => {
    expect(excel.WINRATE(col("Won"), col({ error: "#N/A", message: "x" }))).toEqual({ error: "#N/A", message: "x" });
  });

  it.each([
    [
      "no closed deals → #DIV/0!",
      [col("Open", null)],
      { error: "#DIV/0!", message: 'win rate on the "closed" basis: no closed deals (won + lost = 0)' },
    ],
    [
      "created basis with no deals → #DIV/0!",
      [col(null), undefined, "created"],
      { error: "#DIV/0!", message: 'win rate on the "created" basis: no deals' },
    ],
    [
      "shape mismatch names both sizes",
      [col("Won", "Lost"), col(1, 2, 3)],
      { error: "#VALUE!", message: "amounts must be the same size as outcomes: outcomes is 2×1, amounts is 3×1" },
    ],
    [
      "non-numeric amount names its row",
      [col("Won", "Lost", "Won"), col(1, 2, "abc")],
      { error: "#VALUE!", message: 'amounts row 3 must be a number, got "abc"' },
    ],
    [
      "negative amount names its row",
      [col("Won", "Lost"), col(1, -2)],
      { error: "#VALUE!", message: "amounts row 2 must not be negative, got -2" },
    ],
    [
      "unknown basis lists the valid ones",
      [col("Won"), undefined, "wins"],
      { error: "#VALUE!", message: 'basis must be one of "closed", "broad", "created"; got "wins"' },
    ],
    ["missing outcomes", [undefined], { error: "#VALUE!", message: "outcomes is required" }],
    [
      "too many arguments",
      [col("Won"), undefined, "closed", "extra"],
      { error: "#VALUE!", message: "WINRATE takes at most 3 arguments, got 4" },
    ],
  ])("%s", (_name, args, expected) => {
    expect(excel.WINRATE(...(args as unknown[]))).toEqual(expected);
  });

  const outcome = fc.oneof(
    fc.constantFrom(
      "Won",
      "Lost",
      "No decision",
      "Proposal",
      "won",
      "赢单",
      "verloren",
      "خسارة",
      null,
      "",
      true,
      false,
      0,
      1,
    ),
    fc.string({ maxLength: 8 }),
  );
  const deals = fc.array(fc.tuple(outcome, fc.integer({ min: 0, max: 1_000_000 })), { minLength: 1, maxLength: 60 });

  it("always returns a rate in [0, 1] or #DIV/0!, on every basis", () => {
    fc.assert(
      fc.property(deals, fc.constantFrom("closed", "broad", "created"), fc.boolean(), (rows, basis, weighted) => {
        const result = excel.WINRATE(
          rows.map(([o]) => [o]),
          weighted ? rows.map(([, a]) => [a]) : undefined,
          basis,
        );
        if (typeof result === "number") return result >= 0 && result <= 1;
        return typeof result === "object" && !Array.isArray(result) && result.error === "#DIV/0!";
      }),
    );
  });

  it("does not depend on row order", () => {
    fc.assert(
      fc.property(deals, fc.integer(), (rows, seed) => {
        const shuffled = [...rows].sort(
          (a, b) => ((JSON.stringify(a).length * 31 + seed) % 7) - ((JSON.stringify(b).length * 31 + seed) % 7),
        );
        const a = excel.WINRATE(
          rows.map(([o]) => [o]),
          rows.map(([, x]) => [x]),
        );
        const b = excel.WINRATE(
          shuffled.map(([o]) => [o]),
          shuffled.map(([, x]) => [x]),
        );
        return typeof a === "number" && typeof b === "number"
          ? Math.abs(a - b) < 1e-12
          : JSON.stringify(a) === JSON.stringify(b);
      }),
    );
  });
});

describe("WINRATEBY(outcomes, groups, [amounts], [basis])", () => {
  it("spills group, win rate, won, lost, open, no decision in order of first appearance", () => {
    const outcomes = col("Won", "Lost", "Won", "Proposal", "No decision", "Lost", null);
    const groups = col("Bram", "Ana", "Bram", "Ana", "Chen", "Ana", "Dana");
    expect(excel.WINRATEBY(outcomes, groups)).toEqual([
      ["Bram", 1, 2, 0, 0, 0],
      ["Ana", 0, 0, 2, 1, 0],
      [
        "Chen",
        { error: "#DIV/0!", message: 'win rate on the "closed" basis: no closed deals (won + lost = 0)' },
        0,
        0,
        0,
        1,
      ],
    ]);
  });

  it("labels a blank group (blank) and weights by amount when given", () => {
    expect(excel.WINRATEBY(col("Won", "Lost", "Won"), col(null, null, "Ana"), col(30, 10, 5))).toEqual([
      ["(blank)", 0.75, 1, 1, 0, 0],
      ["Ana", 1, 1, 0, 0, 0],
    ]);
  });

  it("rejects groups of another size", () => {
    expect(excel.WINRATEBY(col("Won", "Lost"), col("Ana"))).toEqual({
      error: "#VALUE!",
      message: "groups must be the same size as outcomes: outcomes is 2×1, groups is 1×1",
    });
  });

  it("says so when every outcome is blank", () => {
    expect(excel.WINRATEBY(col(null), col("Ana"))).toEqual({
      error: "#DIV/0!",
      message: "no deals to group: every outcome is blank",
    });
  });

  it("agrees with WINRATE per group", () => {
    const outcomes = col("Won", "Lost", "Won", "Lost", "Lost", "Won");
    const groups = col("A", "B", "A", "A", "B", "B");
    const rows = excel.WINRATEBY(outcomes, groups) as unknown[][];
    for (const [group, rate] of rows) {
      const mine = outcomes.filter((_, i) => groups[i]?.[0] === group);
      expect(rate).toBe(excel.WINRATE(mine));
    }
  });
});

describe("OUTCOME(outcomes)", () => {
  it("spills the classifier's word for each cell, in the range's shape", () => {
    expect(
      excel.OUTCOME([
        ["Closed Won", "Verloren"],
        ["Proposal", null],
        [true, 0],
        ["无决策", "مكسوبة"],
      ]),
    ).toEqual([
      ["won", "lost"],
      ["open", ""],
      // A number is no outcome word, and 0 reads as a blank cell (the blank rule): "".
      ["won", ""],
      ["no decision", "won"],
    ]);
  });

  it("is a #VALUE! error with no range or an empty one, and spills a ragged range as a rectangle", () => {
    expect(excel.OUTCOME()).toMatchObject({ error: "#VALUE!" });
    expect(excel.OUTCOME([[]])).toEqual({
      error: "#VALUE!",
      message: "outcomes must hold at least one cell, got an empty range (1×0)",
    });
    expect(excel.OUTCOME([["Won"], ["Lost", "Open"]])).toEqual([
      ["won", ""],
      ["lost", "open"],
    ]);
  });
});
