import { describe, expect, it } from "vitest";
import { smartcheckCommand } from "../../generator/cli/commands/smartcheck.js";

function memoryIo(stdin = "") {
  const out: string[] = [];
  const io = {
    async *stdin() {
      yield new TextEncoder().encode(stdin);
    },
    write: async (t: string) => out.push(t) > 0,
  };
  return { io, out };
}

describe("goalsheet smartcheck", () => {
  it("prints the summary and one line per criterion", async () => {
    const { io, out } = memoryIo();
    await smartcheckCommand("Increase sales by 20% in North America.", {}, io);
    expect(out.join("").split("\n")[0]).toBe("4/5 · T: add a deadline such as 'by 30 June'");
  });

  it("prints one JSON object with --json, using --baseline and --history", async () => {
    const { io, out } = memoryIo();
    await smartcheckCommand(
      "Reach $5 million in annual revenue this year.",
      { json: true, baseline: "700000", history: "600000,650000,700000" },
      io,
    );
    const result = JSON.parse(out.join(""));
    expect(Object.keys(result)).toEqual(["score", "language", "metric", "S", "M", "A", "R", "T"]);
    expect(result.A.verdict).toBe("fail");
  });

  it("checks stdin line by line with --jsonl, an error object in place of a bad line", async () => {
    const { io, out } = memoryIo('{"text":"Keep monthly churn under 2%."}\n{"text":"x","history":[1,"a"]}\n');
    await expect(smartcheckCommand(undefined, { jsonl: true }, io)).rejects.toThrow(
      'smartcheck --jsonl: 1 line(s) could not be checked (see "error" in the output)',
    );
    const lines = out
      .join("")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines[0].score).toBe(5);
    expect(lines[1]).toEqual({ error: 'line 2: history[1] must be a number, got "a"' });
  });

  it("rejects bad arguments with the rule and the value", async () => {
    const { io } = memoryIo();
    await expect(smartcheckCommand("Grow revenue", { history: "1,x" }, io)).rejects.toThrow(
      '--history must be numbers separated by commas; value 2 is "x"',
    );
    await expect(smartcheckCommand("Grow revenue", { baseline: "abc" }, io)).rejects.toThrow(
      '--baseline must be a number, got "abc"',
    );
    await expect(smartcheckCommand("", {}, io)).rejects.toThrow("smartcheck needs a goal");
  });
});
