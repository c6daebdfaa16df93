import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportCommand } from "../../../generator/cli/commands/report.js";
import { openRegularFile } from "../../../generator/cli/files.js";
import { readWorkbook } from "../../../generator/cli/workbook/read.js";
import { bytesSource, fileSource, type PositionalFile } from "../../../generator/cli/workbook/source.js";
import { plainRecords } from "../../../generator/report/workbook/record-table.js";
import { memoryEffects } from "../memory-effects.js";

/**
 * Issue 12: a workbook is read from the open file part by part (a 60 MB file is never in memory whole). The
 * file source must give exactly the bytes the file holds, whatever the read's size and place, refuse a file
 * that ends sooner than the zip says, and the report must refuse a file that changed while it was read.
 */
const EXAMPLE = new URL("../../../examples/goalsheet-example.xlsx", import.meta.url);

let dir: string;
let example: Uint8Array;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "goalsheet-source-"));
  example = new Uint8Array(await readFile(EXAMPLE));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A file of 300,000 known bytes (each byte its offset's low 8 bits, mixed): spans several 64 KB blocks. */
function pattern(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 8)) & 0xff;
  return bytes;
}

describe("fileSource(open file)", () => {
  const bytes = pattern(300_000);
  it.each([
    [0, 30],
    [10, 46],
    [65_530, 12], // across the first block's end
    [65_536, 100],
    [131_000, 16_384], // the largest read served from a block
    [131_000, 16_385], // the smallest read past the block
    [200_000, 100_000], // up to the last byte
    [299_999, 1],
    [5, 0],
  ])("read(%i, %i) gives the file's bytes there", async (at, length) => {
    const path = join(dir, "pattern.bin");
    await writeFile(path, bytes);
    const file = await openRegularFile(path);
    try {
      const source = fileSource(file);
      // A read before it, so the block cache holds other bytes than the ones asked for.
      await source.read(150_000, 10);
      const got = await source.read(at, length);
      expect(Buffer.compare(got, Buffer.from(bytes.subarray(at, at + length)))).toBe(0);
    } finally {
      await file.close();
    }
  });

  it.each([
    [299_990, 20],
    [300_000, 1],
    [-1, 4],
  ])("refuses read(%i, %i) past the end, naming the place", async (at, length) => {
    const memory: PositionalFile = { size: bytes.length, read: async (a, n) => bytes.subarray(a, a + n) };
    for (const source of [fileSource(memory), bytesSource(bytes)])
      await expect(source.read(at, length)).rejects.toThrow(/not a readable \.xlsx workbook: the file ends at byte/);
  });
});

describe("readWorkbook(file source)", () => {
  it("reads the example workbook exactly as from its bytes", async () => {
    const file = await openRegularFile(EXAMPLE.pathname);
    try {
      const [fromFile, fromBytes] = [await readWorkbook(fileSource(file)), await readWorkbook(example)];
      expect({ ...fromFile, deals: plainRecords(fromFile.deals ?? []) }).toEqual({
        ...fromBytes,
        deals: plainRecords(fromBytes.deals ?? []),
      });
    } finally {
      await file.close();
    }
  });

  it("refuses a file that shrinks while it is read, without hanging", async () => {
    let reads = 0;
    // The first two reads (the zip directory, and the 64 KB block holding the local headers) find the whole
    // file; then it "was truncated": a sheet's compressed bytes come back half.
    const shrinking: PositionalFile = {
      size: example.length,
      read: async (at, n) => example.subarray(at, reads++ < 2 ? at + n : at + Math.floor(n / 2)),
    };
    await expect(readWorkbook(fileSource(shrinking))).rejects.toThrow(
      /not a readable \.xlsx workbook: the file ends at byte \d+, before the \d+ bytes the zip needs at byte \d+ \(truncated, or it changed while read\)/,
    );
  });
});

describe("goalsheet report on a workbook that changes while it is read", () => {
  it("is refused (exit code 2) and writes nothing: its hash and its figures could disagree", async () => {
    const { effects, store } = memoryEffects({ "q3.xlsx": example });
    const saving = {
      ...effects,
      async openFile(path: string) {
        const file = await effects.openFile(path);
        // Excel saves over the file just after the report opened it.
        store.set("q3.xlsx", example.slice());
        return file;
      },
    };
    const error = await reportCommand({ workbook: "q3.xlsx", output: "r.html" }, saving).then(
      () => undefined,
      (e: Error & { exitCode?: number }) => e,
    );
    expect({ message: error?.message, exitCode: error?.exitCode, files: [...store.keys()] }).toEqual({
      message: "q3.xlsx changed while it was read; run the report again once it is saved",
      exitCode: 2,
      files: ["q3.xlsx"],
    });
  });
});
