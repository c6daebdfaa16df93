import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { withReference } from "../../scripts/function-reference.js";

const readme = readFileSync("README.md", "utf8");

describe("README.md", () => {
  it("has a function reference generated from the current metadata (run npm run docs:functions)", () => {
    expect(withReference(readme)).toBe(readme);
  });

  it("starts its Quick start with the install-and-report command, then the test command", () => {
    const commands = [...readme.matchAll(/^(npm [^#\n]*?)\s*(#.*)?$/gm)].map((m) => m[1]?.trim());
    expect(commands.slice(0, 2)).toEqual(["npm ci && npm run report", "npm test"]);
  });

  it("is the test command CI runs", () => {
    expect(readFileSync(".ci/run", "utf8")).toMatch(/^npm test$/m);
  });
});
