import { describe, expect, it } from "vitest";
import { boundedLines, type Line } from "../../generator/cli/line-reader.js";

const bytes = (...parts: (string | number[])[]) =>
  parts.map((p) => (typeof p === "string" ? new TextEncoder().encode(p) : Uint8Array.from(p)));

async function lines(chunks: Uint8Array[], max = 16): Promise<Line[]> {
  const out: Line[] = [];
  async function* source() {
    yield* chunks;
  }
  for await (const line of boundedLines(source(), max)) out.push(line);
  return out;
}

describe("boundedLines(chunks, maxBytes)", () => {
  it("splits at newlines across chunks, numbering every line (blank ones too)", async () => {
    expect(await lines(bytes("ab", "c\nd", "e\n\nf"))).toEqual([
      { number: 1, text: "abc" },
      { number: 2, text: "de" },
      { number: 3, text: "" },
      { number: 4, text: "f" },
    ]);
  });

  it("drops the carriage return of CRLF lines and adds no line after a final newline", async () => {
    expect(await lines(bytes("a\r\nb\r\n"))).toEqual([
      { number: 1, text: "a" },
      { number: 2, text: "b" },
    ]);
  });

  it("joins a multi-byte character split between chunks", async () => {
    // "é" is C3 A9 and "商" is E5 95 86 in UTF-8.
    expect(await lines(bytes([0x63, 0x61, 0x66, 0xc3], [0xa9, 0x20, 0xe5, 0x95], [0x86, 0x0a]))).toEqual([
      { number: 1, text: "café 商" },
    ]);
  });

  it("skips a line longer than the limit to its newline, saying how long it was, and goes on", async () => {
    expect(await lines(bytes("0123456789", "0123456789", "01234\nok\n", "x".repeat(17)), 16)).toEqual([
      { number: 1, problem: "longer than 16 bytes (25); skipped" },
      { number: 2, text: "ok" },
      { number: 3, problem: "longer than 16 bytes (17); skipped" },
    ]);
  });

  it("accepts a line of exactly the limit", async () => {
    expect(await lines(bytes(`${"y".repeat(16)}\n`), 16)).toEqual([{ number: 1, text: "y".repeat(16) }]);
  });

  it("reports bytes that are not UTF-8 instead of replacing them", async () => {
    expect(await lines(bytes([0x61, 0xff, 0x62, 0x0a], "fine\n"))).toEqual([
      { number: 1, problem: "not valid UTF-8 text" },
      { number: 2, text: "fine" },
    ]);
  });

  it("keeps no more than one line in memory: a 64 MiB line is counted, not kept", async () => {
    const mib = new Uint8Array(1024 * 1024).fill(0x61);
    async function* huge() {
      for (let i = 0; i < 64; i++) yield mib;
      yield new TextEncoder().encode("\nnext\n");
    }
    const before = process.memoryUsage().arrayBuffers;
    const out: Line[] = [];
    for await (const line of boundedLines(huge(), 1024 * 1024)) {
      out.push(line);
      // The skipped line never sat in memory: far less than its 64 MiB was held at once.
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * 1024 * 1024);
    }
    expect(out).toEqual([
      { number: 1, problem: "longer than 1,048,576 bytes (67,108,864); skipped" },
      { number: 2, text: "next" },
    ]);
  });
});
