import { describe, expect, it } from "vitest";
import { MAX_LINE_BYTES, type SmartcheckIo, smartcheckCommand } from "../../generator/cli/commands/smartcheck.js";
import { smartCheck } from "../../shared/smart/engine.js";

/**
 * Issue 17, item 5: `smartcheck --jsonl` handles each line on its own. Stdin is given as chunks, so a line can
 * be larger than anything the command may hold; stdout records what was written and can "close" like a pipe.
 */
function io(chunks: Iterable<Uint8Array | string>, closeAfter = Number.POSITIVE_INFINITY) {
  const written: string[] = [];
  let pulled = 0;
  const value: SmartcheckIo = {
    async *stdin() {
      for (const chunk of chunks) {
        pulled++;
        yield typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
      }
    },
    async write(text) {
      if (written.length >= closeAfter) return false;
      written.push(text);
      return written.length < closeAfter;
    },
  };
  return { io: value, written, pulled: () => pulled };
}

const outputLines = (written: string[]) =>
  written
    .join("")
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l));

const GOOD = '{"text":"Keep monthly churn under 2% by December."}\n';

async function run(chunks: Iterable<Uint8Array | string>, check = smartCheck) {
  const { io: value, written } = io(chunks);
  const failure = await smartcheckCommand(undefined, { jsonl: true }, value, check).then(
    () => undefined,
    (e: Error) => e.message,
  );
  return { lines: outputLines(written), failure };
}

describe("smartcheck --jsonl, line by line", () => {
  it("answers each line in order; a bad line gets an error line and the rest go on", async () => {
    const deep = `{"text":${"[".repeat(200_000)}${"]".repeat(200_000)}}`;
    const { lines, failure } = await run([
      GOOD,
      "not json\n",
      "[1,2]\n",
      `${deep}\n`,
      '{"text":"Grow revenue 10% by Q4","baseline":{"a":1}}\n',
      '{"text":"Grow revenue 10% by Q4","history":"1,2"}\n',
      "\n",
      GOOD,
    ]);
    expect(lines[0].score).toBe(lines[6].score);
    expect(lines.slice(1, 6)).toEqual([
      { error: 'line 2: must be a JSON object, got "not json"' },
      { error: 'line 3: must be a JSON object such as {"text": "…"}' },
      { error: "line 4: text must be a non-empty string, got an array of 1 value" },
      { error: "line 5: baseline must be a number, got an object" },
      { error: 'line 6: history must be an array of numbers, got "1,2"' },
    ]);
    // Line 7 is blank: skipped, no output line; line 8 is checked.
    expect(lines).toHaveLength(7);
    expect(failure).toBe('smartcheck --jsonl: 5 line(s) could not be checked (see "error" in the output)');
  });

  it("skips a line over 1 MiB (a 2,000,000-value history) without reading it whole, then goes on", async () => {
    const values = new TextEncoder().encode(`${"1,".repeat(1_000_000)}`);
    const { lines } = await run(['{"text":"Grow revenue 10% by Q4","history":[', values, values, "1]}\n", GOOD]);
    expect(lines[0]).toEqual({ error: "line 1: longer than 1,048,576 bytes (4,000,047); skipped" });
    expect(lines[1].score).toBeTypeOf("number");
    expect(MAX_LINE_BYTES).toBe(1024 * 1024);
  });

  it("checks a goal with a 100,000-value history on one line", async () => {
    const history = Array.from({ length: 100_000 }, (_, i) => 100 + (i % 7));
    const { lines } = await run([`${JSON.stringify({ text: "Grow revenue by 5% by Q4", history })}\n`]);
    expect(Object.keys(lines[0])).toEqual(["score", "language", "metric", "S", "M", "A", "R", "T"]);
  });

  it("turns whatever the check throws into that line's error", async () => {
    const throwing = (text: string) => {
      if (text.includes("boom")) throw new RangeError("Maximum call stack size exceeded");
      if (text.includes("bang")) throw new Error("unexpected");
      return smartCheck(text);
    };
    const { lines } = await run(['{"text":"boom"}\n', '{"text":"bang"}\n', GOOD], throwing);
    expect(lines.slice(0, 2)).toEqual([
      { error: "line 1: could not be checked: the value is too large or too deeply nested" },
      { error: "line 2: could not be checked: unexpected" },
    ]);
    expect(lines[2].score).toBeTypeOf("number");
  });

  it("refuses a goal longer than an Excel cell holds, on its line", async () => {
    const { lines } = await run([`${JSON.stringify({ text: `Grow revenue ${"very ".repeat(7000)}much` })}\n`, GOOD]);
    expect(lines[0]).toEqual({
      error: "line 1: the goal must be at most 32,767 characters (what an Excel cell holds), got 35,017",
    });
    expect(lines[1].score).toBeTypeOf("number");
    await expect(smartcheckCommand("x".repeat(40_000), {}, io([]).io)).rejects.toThrow(
      "the goal must be at most 32,767 characters (what an Excel cell holds), got 40,000",
    );
  });

  it("reports bytes that are not UTF-8 on their line", async () => {
    const { lines } = await run([Uint8Array.from([0x7b, 0xff, 0x7d, 0x0a]), GOOD]);
    expect(lines[0]).toEqual({ error: "line 1: not valid UTF-8 text" });
  });

  it("stops reading stdin once stdout is closed, and ends without an error", async () => {
    const many = Array.from({ length: 1000 }, () => GOOD);
    const state = io(many, 1);
    await expect(smartcheckCommand(undefined, { jsonl: true }, state.io)).resolves.toBeUndefined();
    // The first chunk held the first line; the 999 others were never read.
    expect(state.written).toHaveLength(1);
    expect(state.pulled()).toBe(1);
  });
});
