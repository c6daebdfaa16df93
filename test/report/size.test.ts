import { describe, expect, it } from "vitest";
import type { DealRecord } from "../../generator/workbook/contract.js";
import type { Located } from "../../generator/workbook/table.js";
import { fixture } from "./fixture.js";
import { renderFixture } from "./render-fixture.js";

/** A million deals over many reps, regions and competitors: the report aggregates, so its size is bounded. */
function manyDeals(n: number): Located<DealRecord>[] {
  const outcomes = ["Won", "Lost", "Open", "No decision", "Open"];
  const stages = ["Qualification", "Discovery", "Proposal", "Negotiation"];
  const deals: Located<DealRecord>[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const outcome = outcomes[i % 5] as string;
    const created = 46_023 + (i % 170);
    deals[i] = {
      row: i + 2,
      id: `D-${i}`,
      rep: `Rep ${i % 250}`,
      region: `Region ${i % 40}`,
      segment: `Segment ${i % 6}`,
      stage: outcome === "Open" ? (stages[i % 4] as string) : `Closed ${outcome}`,
      amount: 1_000 + (i % 97) * 100,
      created,
      closed: outcome === "Open" ? undefined : created + 10 + (i % 60),
      outcome,
      competitor: `Competitor ${i % 75}`,
    };
  }
  return deals;
}

describe("report size", () => {
  it("stays under 300 KB for 1,000,000 deals", async () => {
    const html = await renderFixture("en", { ...fixture, deals: manyDeals(1_000_000) });
    const kb = Buffer.byteLength(html) / 1024;
    expect(kb).toBeLessThanOrEqual(300);
    // The groups beyond the twelve largest are summed into one row, not listed.
    expect(html).toContain("Other (238 groups)");
  });
});
