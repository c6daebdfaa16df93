import { Readable } from "node:stream";

/**
 * Hostile input for `goalsheet smartcheck --jsonl` (issue 17 item 5), written from the descriptions:
 * each case is one line (text or bytes) and the error the line must get in its place, while the good lines
 * around it are still checked. The large streams are generated as they are read, never held whole.
 */
export interface HostileLine {
  readonly name: string;
  readonly line: string | Uint8Array;
  /** The `error` this line must get, after "line N: ". */
  readonly error: RegExp;
}

export const GOOD_LINE = '{"text":"Grow revenue by 10% by the end of Q4 2026."}';

export const HOSTILE_LINES: readonly HostileLine[] = [
  { name: "not JSON", line: "{text: unquoted}", error: /^must be a JSON object, got "\{text: unquoted\}"$/ },
  { name: "a JSON array", line: "[1,2,3]", error: /^must be a JSON object such as/ },
  {
    name: "JSON nested 300,000 deep as the text",
    line: `{"text":${"[".repeat(300_000)}${"]".repeat(300_000)}}`,
    error: /^text must be a non-empty string, got an array of 1 value$/,
  },
  {
    name: "JSON nested 150,000 deep as the baseline",
    line: `{"text":"Grow revenue 10% by Q4","baseline":${'{"a":'.repeat(150_000)}1${"}".repeat(150_000)}}`,
    error: /^baseline must be a number, got an object$/,
  },
  {
    name: "a history of 2,000,000 values (a 4 MB line)",
    line: `{"text":"Grow revenue 10% by Q4","history":[${"1,".repeat(1_999_999)}1]}`,
    error: /^longer than 1,048,576 bytes \(4,000,0\d\d\); skipped$/,
  },
  {
    name: "a 10 MB goal",
    line: `{"text":"${"grow ".repeat(2_000_000)}"}`,
    error: /^longer than 1,048,576 bytes \(10,000,011\); skipped$/,
  },
  {
    name: "a goal longer than an Excel cell, within the line limit",
    line: JSON.stringify({ text: `Grow revenue by 10% by Q4 ${"and more ".repeat(5000)}` }),
    error: /^the goal must be at most 32,767 characters \(what an Excel cell holds\), got 45,026$/,
  },
  {
    name: "bytes that are not UTF-8",
    line: Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    error: /^not valid UTF-8 text$/,
  },
  {
    name: "a NaN history value",
    line: '{"text":"Grow revenue 10% by Q4","history":[1,"NaN"]}',
    error: /^history\[1\] must be a number, got "NaN"$/,
  },
];

/** One byte stream: a good line, then each hostile line followed by a good line. */
export function hostileStream(): Readable {
  const newline = Buffer.from("\n");
  async function* lines() {
    yield Buffer.from(`${GOOD_LINE}\n`);
    for (const c of HOSTILE_LINES) {
      yield typeof c.line === "string" ? Buffer.from(c.line) : Buffer.from(c.line);
      yield newline;
      yield Buffer.from(`${GOOD_LINE}\n`);
    }
  }
  return Readable.from(lines(), { objectMode: false });
}

/** `megabytes` of one line with no newline, then a good line: more than a V8 string can hold when > 512. */
export function giantLineStream(megabytes: number): Readable {
  const block = Buffer.alloc(1024 * 1024, "a");
  async function* chunks() {
    for (let i = 0; i < megabytes; i++) yield block;
    yield Buffer.from(`\n${GOOD_LINE}\n`);
  }
  return Readable.from(chunks(), { objectMode: false });
}

/** Good lines without end (well, `count` of them), made as they are read. */
export function endlessGoodLines(count: number): Readable {
  const line = Buffer.from(`${GOOD_LINE}\n`.repeat(100));
  async function* chunks() {
    for (let i = 0; i < count / 100; i++) yield line;
  }
  return Readable.from(chunks(), { objectMode: false });
}
