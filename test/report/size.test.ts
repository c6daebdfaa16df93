import { describe, expect, it } from "vitest";
import { fixture } from "./fixture.js";
import { manyDeals } from "./many-deals.js";
import { renderFixture } from "./render-fixture.js";

/** A million deals over many reps, regions and competitors: the report aggregates, so its size is bounded. */
describe("report size", () => {
  it("stays under 300 KB for 1,000,000 deals", async () => {
    const html = await renderFixture("en", { ...fixture, deals: manyDeals(1_000_000) });
    const kb = Buffer.byteLength(html) / 1024;
    expect(kb).toBeLessThanOrEqual(300);
    // The groups beyond the twelve largest are summed into one row, not listed.
    expect(html).toContain("Other (238 groups)");
  });
});
