import { beforeAll, describe, expect, it } from "vitest";
import {
  endlessGoodLines,
  GOOD_LINE,
  giantLineStream,
  HOSTILE_LINES,
  hostileStream,
} from "../../scripts/hostile/jsonl.js";
import { requireBuild, runCli } from "./run-cli.js";

/**
 * Issue 17 item 5 through the built CLI: `goalsheet smartcheck --jsonl` answers each line on its own (a bad
 * line gets an error line, the rest go on), streams stdin (600 MB in one line does not hit the string limit)
 * and ends quietly when its reader goes away. Each run is bounded, so a hang fails.
 */
beforeAll(() => requireBuild());

const parse = (stdout: string) =>
  stdout
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as { score?: number; error?: string });

describe("smartcheck --jsonl through the built CLI", () => {
  it("gives each hostile line its error and checks every good line around it", { timeout: 90_000 }, async () => {
    const run = await runCli(["smartcheck", "--jsonl"], { stdin: hostileStream(), timeoutMs: 60_000 });
    expect(run.timedOut).toBe(false);
    const lines = parse(run.stdout);
    expect(lines).toHaveLength(1 + 2 * HOSTILE_LINES.length);
    const good = lines.filter((_, i) => i % 2 === 0);
    expect(good.every((l) => typeof l.score === "number")).toBe(true);
    HOSTILE_LINES.forEach((c, i) => {
      const error = lines[2 * i + 1]?.error ?? "";
      expect(error, c.name).toMatch(new RegExp(`^line ${2 * i + 2}: `));
      expect(error.replace(/^line \d+: /, ""), c.name).toMatch(c.error);
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `goalsheet: smartcheck --jsonl: ${HOSTILE_LINES.length} line(s) could not be checked (see "error" in the output)\n`,
    );
  });

  it("streams 600 MB of one line in bounded memory, then checks the next line", { timeout: 180_000 }, async () => {
    const run = await runCli(["smartcheck", "--jsonl"], { stdin: giantLineStream(600), timeoutMs: 150_000 });
    expect(run.timedOut).toBe(false);
    const lines = parse(run.stdout);
    expect(lines[0]).toEqual({ error: "line 1: longer than 1,048,576 bytes (629,145,600); skipped" });
    expect(lines[1]?.score).toBeTypeOf("number");
    expect(lines).toHaveLength(2);
    expect(run.code).toBe(2);
    expect(run.peakRssMiB).toBeLessThan(256);
  });

  it("ends quietly with exit 0 when the reader goes away (| head -1)", { timeout: 90_000 }, async () => {
    const run = await runCli(["smartcheck", "--jsonl"], {
      stdin: endlessGoodLines(1_000_000),
      timeoutMs: 60_000,
      keepStdout: 100_000,
      onStdout: (chunk) => !chunk.includes("\n"),
    });
    expect({ code: run.code, stderr: run.stderr, timedOut: run.timedOut }).toEqual({
      code: 0,
      stderr: "",
      timedOut: false,
    });
    expect(JSON.parse(run.stdout.split("\n")[0] ?? "").score).toBeTypeOf("number");
    expect(GOOD_LINE).toContain("Q4");
  });
});
