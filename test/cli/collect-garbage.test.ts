import { expect, it } from "vitest";
import { collectGarbage } from "../../generator/cli/collect-garbage.js";

/**
 * Issue 12: a large report collects garbage between its phases. The collection must really happen (the
 * memory of dropped objects comes back at once), and asking twice must be harmless.
 */
it("frees the memory of objects nothing holds any more, at once", () => {
  let garbage: number[][] | undefined = Array.from({ length: 200 }, (_, i) => Array.from({ length: 10_000 }, () => i));
  const held = process.memoryUsage().heapUsed;
  expect(garbage.length).toBe(200);
  garbage = undefined;
  collectGarbage();
  collectGarbage();
  // 200 arrays of 10,000 small numbers: about 16 MB, all of it freed.
  expect(held - process.memoryUsage().heapUsed).toBeGreaterThan(10 * 1024 * 1024);
});
