import { describe, expect, it } from "vitest";
import { formatProblems } from "../../../generator/report/problems.js";
import { WorkbookAssembler } from "../../../generator/report/workbook/data.js";
import type { CellValue } from "../../../shared/excel/values.js";
import { classifyOutcome } from "../../../shared/winrate/outcomes.js";

/** Assemble one Deals sheet given as rows of cells (row 1 is the header), as the task pane would. */
function deals(rows: CellValue[][]) {
  const assembler = new WorkbookAssembler([{ name: "Deals", tables: [] }]);
  const sink = assembler.sinkFor("Deals");
  rows.forEach((cells, i) => {
    sink?.push({ number: i + 1, cells });
  });
  const { data, problems } = assembler.finish();
  return {
    outcomes: (data.deals ?? []).map((d) => classifyOutcome((d.outcome ?? null) as CellValue) ?? "blank"),
    deals: data.deals ?? [],
    problems: formatProblems(problems),
    notes: data.notes ?? [],
    warnings: data.warnings,
  };
}

describe("Outcome from what exports have", () => {
  it("takes it from a Stage of closed-won and closed-lost words and ids; other stages are open", () => {
    const { outcomes, notes } = deals([
      ["deal_stage", "close_value"],
      ["Won", 100],
      ["Lost", 0],
      ["Engaging", null],
      ["closedwon", 5],
      ["closedlost", 5],
      ["Closed-Lost to Competition", 5],
      ["赢单", 5],
      ["Gesloten verloren", 5],
      ["مغلقة مكسوبة", 5],
      ["Closed no decision", 5],
      ["Wno", 5],
    ]);
    expect(outcomes).toEqual([
      "won",
      "lost",
      "open",
      "won",
      "lost",
      "lost",
      "won",
      "lost",
      "won",
      "no decision",
      "open",
    ]);
    expect(notes).toEqual([
      "Deals: Outcome taken from deal_stage (closed won and closed lost stages; other stages are open)",
    ]);
  });

  it("takes it from IsClosed and IsWon, so an open deal stays open", () => {
    const { outcomes, notes } = deals([
      ["StageName", "IsClosed", "IsWon"],
      ["Negotiation/Review", "false", "false"],
      ["Closed Won", "true", "true"],
      ["Closed Lost", "true", "false"],
      ["Signed (custom)", true, true],
    ]);
    expect(outcomes).toEqual(["open", "won", "lost", "won"]);
    expect(notes).toEqual(["Deals: Outcome taken from IsClosed and IsWon"]);
  });

  it("reads a Salesforce report's Closed and Won (1/0) beside its Close Date", () => {
    const { outcomes, deals: records } = deals([
      ["Stage", "Close Date", "Won", "Closed"],
      ["Prospecting", "2025-03-01", "0", "0"],
      ["Closed Won", "2025-03-02", "1", "1"],
      ["Closed Lost", "2025-03-03", 0, 1],
    ]);
    expect(outcomes).toEqual(["open", "won", "lost"]);
    expect(records.map((d) => d.closed)).toEqual([45717, 45718, 45719]);
  });

  it("refuses IsWon alone: FALSE would count every open deal as lost", () => {
    expect(
      deals([
        ["Id", "IsWon"],
        ["1", "true"],
      ]).problems,
    ).toMatchInlineSnapshot(`
      [
        "Deals!B1: IsWon alone cannot tell lost deals from open ones (an open deal is not won either) — add the IsClosed column, a Stage column or an Outcome column from the same export",
      ]
    `);
  });

  it("refuses an outcome word it does not know at its cell, never counting it as open", () => {
    const { problems } = deals([
      ["Stage", "Closed", "Outcome"],
      ["Closed Won", "2025-03-01", "Wno"],
      ["Closed Lost", "2025-03-01", "Lsot"],
      ["Proposal", null, "In progress"],
    ]);
    expect(problems).toMatchInlineSnapshot(`
      [
        "Deals!C2: Outcome must be Won, Lost, No decision or Open (or the same in Chinese, Dutch or Arabic, or a CRM's closed-won/closed-lost stage), got "Wno"",
        "Deals!C3: Outcome must be Won, Lost, No decision or Open (or the same in Chinese, Dutch or Arabic, or a CRM's closed-won/closed-lost stage), got "Lsot"",
      ]
    `);
  });

  it("uses an explicit Outcome (or IsClosed/IsWon) that contradicts its Stage, and counts the rows in a warning", () => {
    const explicit = deals([
      ["Stage", "Outcome"],
      ["Closed Won", "Open"],
      ["Closed Lost", "Won"],
      ["Closed Lost", "No decision"],
      ["Closed Won", "Won"],
    ]);
    expect(explicit.problems).toEqual([]);
    expect(explicit.outcomes).toEqual(["open", "won", "no decision", "won"]);
    expect(explicit.warnings).toMatchInlineSnapshot(`
      [
        "Deals: 2 deals' Outcome contradict their Stage (rows 2, 3): Outcome is used",
      ]
    `);
    const flags = deals([
      ["StageName", "IsClosed", "IsWon"],
      ["Closed Won", "true", "false"],
      ["Closed Won", "false", "false"],
    ]);
    expect(flags.outcomes).toEqual(["lost", "open"]);
    expect(flags.warnings).toMatchInlineSnapshot(`
      [
        "Deals: 2 deals' IsClosed/IsWon contradict their StageName (rows 2, 3): IsClosed/IsWon is used",
      ]
    `);
  });

  it("fills a blank Outcome from its Stage", () => {
    const { outcomes } = deals([
      ["Stage", "Outcome"],
      ["Closed Won", null],
      ["Proposal", ""],
      ["Proposal", "Lost"],
    ]);
    expect(outcomes).toEqual(["won", "open", "lost"]);
  });

  it("names the accepted headers and the column that looks like an Outcome when there is none", () => {
    expect(
      deals([
        ["ID", "Result code", "Amount"],
        ["D-1", "Gewonnen", 5],
        ["D-2", "Verloren", 5],
      ]).problems,
    ).toMatchInlineSnapshot(`
      [
        "Deals!A1: missing column Outcome: the header row must name an Outcome (Won/Lost), a Stage holding Closed Won and Closed Lost, or IsClosed with IsWon — column "Result code" (B) holds Won/Lost values: use it as Outcome?",
      ]
    `);
  });

  it("warns when no Stage is closed, instead of silently counting every deal as open", () => {
    expect(deals([["Stage"], ["Proposal"], ["Signed"]]).warnings).toEqual([
      "Deals: no Stage says closed won or closed lost, so every deal counts as open (name those stages Closed Won and Closed Lost, or add an Outcome column)",
    ]);
  });

  it("names deals counted as open whose Stage reads like a closed one (a typo is never silently pipeline)", () => {
    const { outcomes, warnings } = deals([
      ["Deal Stage", "Amount"],
      ["closedwon", 5],
      ["Closed Wno", 5], // swapped letters
      ["Lsot", 5], // swapped letters
      ["Closd won", 5], // missing letter, and "won" itself
      ["Gesloten - dubbel", 5], // Dutch "closed", no outcome
      ["Ready to close", 5], // an open stage: "close" is not "closed"
      ["Post-demo", 5], // one substituted letter from "lost": not a slip
      ["Contract sent", 5],
      ["Closed Wno", 5],
    ]);
    expect(outcomes).toEqual(["won", "open", "open", "open", "open", "open", "open", "open", "open"]);
    expect(warnings).toEqual([
      'Deals: 5 deals with a Deal Stage that reads like a closed stage but is neither closed won nor closed lost ("Closed Wno", "Lsot", "Closd won", …; rows 3, 4, 5, 6, 10) are counted as open pipeline — correct the stage, or add an Outcome column',
    ]);
  });

  it("names them when IsWon says FALSE and nothing says closed", () => {
    expect(
      deals([
        ["StageName", "IsWon", "Amount"],
        ["Closed Won", true, 5],
        ["Closed Lsot", false, 5],
      ]).warnings,
    ).toEqual([
      'Deals: 1 deal with a StageName that reads like a closed stage but is neither closed won nor closed lost ("Closed Lsot"; row 3) is counted as open pipeline — correct the stage, or add an Outcome column',
    ]);
  });

  it.each([
    ["Closed Wno", true],
    ["Clsoed Lost", true],
    ["LOST", true],
    ["won (duplicate)", true],
    ["已关闭", true],
    ["丢单-价格", true],
    ["مغلقة", true],
    ["Qualification", false],
    ["Ready to close", false],
    ["Closing", false],
    ["Post-demo", false],
    ["Host visit", false],
    ["Now", false], // "now" is "won" backwards, not one slip from it
    ["Own intro", false], // "own" is "won" with its first pair swapped, but a word of its own
    ["Cerrado ganado", true],
    ["Perdu", true],
    ["Fechado", true],
    ["受注", true],
    ["Revisión de los términos", false], // Spanish "los" is one letter from "lost", and a word
    ["Ost-Region", false],
  ])("looksClosed(%j) is %s", async (stage, expected) => {
    const { looksClosed } = await import("../../../generator/report/workbook/closed-looking.js");
    expect(looksClosed(stage)).toBe(expected);
  });
});

describe("a deal's own Probability", () => {
  it("reads a 0–100 column as percentages, fractions as fractions, and 40% as 0.4", () => {
    const percent = deals([
      ["Outcome", "Probability (%)"],
      ["Open", "10"],
      ["Open", 90],
      ["Won", "100.0"],
    ]);
    expect(percent.deals.map((d) => d.probability)).toEqual([0.1, 0.9, 1]);
    const fractions = deals([
      ["Outcome", "Probability"],
      ["Open", 0.1],
      ["Open", "40%"],
      ["Won", 1],
    ]);
    expect(fractions.deals.map((d) => d.probability)).toEqual([0.1, 0.4, 1]);
    expect(
      deals([
        ["Outcome", "Probability"],
        ["Open", 150],
      ]).problems,
    ).toMatchInlineSnapshot(`
      [
        "Deals!B2: Probability must be a probability from 0 to 1, or 0% to 100%, got 150",
      ]
    `);
  });
});
