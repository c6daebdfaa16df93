import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyOutcome } from "../../shared/winrate/outcomes.js";
import { addOutcome, emptyTally, tallyOutcomes } from "../../shared/winrate/winrate.js";

/** The remembered classification WINRATE uses for speed must count exactly as classifying every cell would. */
describe("tallyOutcomes(range) — WINRATE's fast counting", () => {
  const cell = fc.oneof(
    fc.constantFrom("Won", "won", " WON ", "Lost", "closed-lost", "No decision", "赢单", "verloren", "Proposal", ""),
    fc.constantFrom(null, undefined, true, false, 0, 1, 2, { error: "#N/A", message: "x" }),
    fc.string({ maxLength: 6 }),
  );

  it("matches classifyOutcome cell by cell (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { maxLength: 60 }), (rows) => {
        const naive = emptyTally();
        for (const row of rows) {
          for (const value of row) {
            const outcome = classifyOutcome(value as never);
            if (outcome !== undefined) addOutcome(naive, outcome);
          }
        }
        expect(tallyOutcomes(rows as never)).toEqual(naive);
      }),
    );
  });

  it("counts right when many distinct texts share a cache slot (same length, first and last letter)", () => {
    // "Won", "Wxn", "W n"… all map to one slot; only the first is held there, the rest go through the overflow map.
    const texts = [
      "Won",
      ...Array.from({ length: 300 }, (_, i) => `W${String.fromCharCode(0x4e00 + i)}n`),
      "Won",
      "WON",
    ];
    const rows = texts.map((t) => [t]);
    expect(tallyOutcomes(rows)).toEqual({ won: 3, lost: 0, noDecision: 0, open: 300 });
  });

  it("does not count an undefined cell as won before any won text is seen", () => {
    expect(tallyOutcomes([[undefined as never], ["Lost"]])).toEqual({ won: 0, lost: 1, noDecision: 0, open: 0 });
  });
});
