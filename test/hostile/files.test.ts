import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FILE_CASES } from "../../scripts/hostile/file-cases.js";
import { dealsWorkbook } from "../../scripts/hostile/workbooks.js";
import { requireBuild, runCli, sha256File } from "./run-cli.js";

/**
 * Issue 17 items 3–4 and issue 13 item 10 through the built CLI: links, special files, output folders and
 * names, templates, control characters in names. Every run is bounded (a FIFO opened for reading would block
 * forever): a hang is a failed test, not a stuck suite. Whatever happens, the input's bytes do not change,
 * no temporary file is left, and a refusal is exactly one line on stderr with exit code 2.
 */
const root = mkdtempSync(join(tmpdir(), "goalsheet-hostile-files-"));
const FIXED = ["--as-of", "2026-06-30", "--generated-at", "2026-07-01"];
/** Generous for a busy machine (a refusal takes ~1 s of CPU), yet a hang fails instead of stalling the suite. */
const BOUND = { timeoutMs: 60_000 };

beforeAll(() => requireBuild());
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** At most three CLI children at once: each is a whole Node process on a machine shared with other work. */
let running = 0;
const waiting: (() => void)[] = [];
async function limited<T>(task: () => Promise<T>): Promise<T> {
  if (running >= 3) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await task();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

const temporaries = (dir: string) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".tmp"));

describe.concurrent("hostile paths through the built CLI", () => {
  it.each(FILE_CASES.map((c) => [c.name, c] as const))("%s", { timeout: 90_000 }, async (name, c) => {
    const dir = join(root, name);
    mkdirSync(dir);
    const { args, cleanup } = await c.setup(dir);
    const hashes = (c.untouched ?? []).map((f) => sha256File(join(dir, f)));
    const run = await limited(() => runCli(["report", ...args, ...FIXED], BOUND)).finally(() => cleanup?.());
    expect(run.timedOut).toBe(false);
    expect((c.untouched ?? []).map((f) => sha256File(join(dir, f)))).toEqual(hashes);
    expect(temporaries(dir)).toEqual([]);
    if (c.expect.exit === 2) {
      expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: "" });
      const lines = run.stderr.split("\n");
      expect(lines.length, run.stderr).toBe(2); // one line and its newline
      expect(lines[0]).toMatch(/^goalsheet: /);
      expect(lines[0]?.replace(/^goalsheet: /, "")).toMatch(c.expect.line);
      expect(existsSync(join(dir, "r.html"))).toBe(false);
    } else {
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
      const written = run.stdout.match(/^wrote (.*) \(\d+ KB\): .*; as of 2026-06-30\n$/)?.[1];
      expect(written, run.stdout).toBeDefined();
      expect(readFileSync(written as string, "utf8")).toMatch(/^<!doctype html>/);
    }
  });
});

describe("standard output through the built CLI", () => {
  let input: string;
  beforeAll(async () => {
    input = join(root, "stdout.xlsx");
    writeFileSync(input, await dealsWorkbook());
  });

  it("writes the model to stdout with --json -, the summary to stderr", { timeout: 90_000 }, async () => {
    const out = join(root, "stdout.html");
    const run = await runCli(["report", input, "-o", out, "--json", "-", ...FIXED], BOUND);
    expect(run.code).toBe(0);
    const model = JSON.parse(run.stdout);
    expect(model.asOf).toBe("2026-06-30");
    expect(run.stderr).toMatch(
      new RegExp(
        `^wrote ${out} \\(\\d+ KB\\) and the model to standard output \\(\\d+ KB\\): 5 deals; as of 2026-06-30\\n$`,
      ),
    );
    expect(statSync(out).size).toBeGreaterThan(0);
  });

  it("ends quietly with exit 0 when the reader of -o - has gone (| head -c 0)", { timeout: 90_000 }, async () => {
    const run = await runCli(["report", input, "-o", "-", ...FIXED], { ...BOUND, closeStdout: true });
    expect({ code: run.code, stderr: run.stderr, stdout: run.stdout, timedOut: run.timedOut }).toEqual({
      code: 0,
      stderr: "",
      stdout: "",
      timedOut: false,
    });
  });
});
