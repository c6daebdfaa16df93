import { beforeAll, describe, expect, it } from "vitest";
import { starterWorkbook } from "../../generator/cli/commands/init.js";
import { reportCommand } from "../../generator/cli/commands/report.js";
import { checkPaths, size, summaryLine } from "../../generator/cli/commands/report-output.js";
import type { ReportModel } from "../../generator/report/index.js";
import { countRows } from "./count-rows.js";
import { memoryEffects } from "./memory-effects.js";

/**
 * Issue 17 items 3–4 and issue 13 item 10, the policy side, in memory: which paths `goalsheet report` may read
 * and write (compared by where they lead, not by their text), standard output as "-", and the summary line.
 */
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (e: Error) => e.message,
  );

describe("checkPaths({input, html, json}, effects)", () => {
  const disk = memoryEffects(
    { "q3.xlsx": "wb", "old.html": "x" },
    {
      links: { "current.xlsx": "q3.xlsx", "out/latest.html": "old.html", "also-q3.xlsx": "current.xlsx" },
      special: { reports: "folder", "fifo.xlsx": "pipe", "/dev/zero": "device", "sock.xlsx": "socket" },
    },
  ).effects;

  it.each([
    // The case: current.xlsx is a link to q3.xlsx, so writing q3.xlsx would destroy the input.
    [
      { input: "current.xlsx", html: "q3.xlsx" },
      "--output must not be the input workbook, got q3.xlsx (the same file as current.xlsx)",
    ],
    [
      { input: "q3.xlsx", html: "also-q3.xlsx" },
      "--output must not be the input workbook, got also-q3.xlsx (the same file as q3.xlsx)",
    ],
    [{ input: "q3.xlsx", html: "q3.xlsx" }, "--output must not be the input workbook, got q3.xlsx"],
    [
      { input: "q3.xlsx", html: "r.html", json: "current.xlsx" },
      "--json must not be the input workbook, got current.xlsx (the same file as q3.xlsx)",
    ],
    [
      { input: "q3.xlsx", html: "old.html", json: "out/latest.html" },
      "--json must not be the same file as --output, got out/latest.html",
    ],
    [
      { input: "q3.xlsx", html: "-", json: "-" },
      "--output and --json cannot both be - (standard output); give one of them a file name",
    ],
    [{ input: "q3.xlsx", html: "" }, '--output must name a file, got ""'],
    [{ input: "q3.xlsx", html: "reports" }, "cannot write reports: it is a folder"],
    [{ input: "q3.xlsx", html: "fifo.xlsx" }, "cannot write fifo.xlsx: it is a named pipe (FIFO), not a file"],
    [{ input: "fifo.xlsx", html: "r.html" }, "cannot read fifo.xlsx: it is a named pipe (FIFO), not a file"],
    [{ input: "/dev/zero", html: "r.html" }, "cannot read /dev/zero: it is a device, not a file"],
    [{ input: "sock.xlsx", html: "r.html" }, "cannot read sock.xlsx: it is a socket, not a file"],
    [{ input: "reports", html: "r.html" }, "cannot read reports: it is a folder"],
    [{ input: "none.xlsx", html: "r.html" }, "cannot read none.xlsx: no such file"],
  ])("refuses %o", async (paths, expected) => {
    expect(await refusal(checkPaths(paths, disk))).toBe(expected);
  });

  it.each([
    [{ input: "current.xlsx", html: "r.html", json: "m.json" }],
    [{ input: "q3.xlsx", html: "-", json: "m.json" }],
    [{ input: "q3.xlsx", html: "old.html", json: "-" }],
    [{ input: "q3.xlsx", html: "new/folder/r.html" }],
  ])("accepts %o", async (paths) => {
    expect(await refusal(checkPaths(paths, disk))).toBe("accepted");
  });
});

describe("reportCommand(options, effects)", () => {
  let workbook: Uint8Array;
  beforeAll(async () => {
    workbook = await starterWorkbook();
  });

  it("refuses the paths before reading anything, and writes nothing", async () => {
    const { effects, store } = memoryEffects({ "q3.xlsx": workbook }, { links: { "current.xlsx": "q3.xlsx" } });
    let reads = 0;
    const counting = {
      ...effects,
      readFile: (p: string) => {
        reads++;
        return effects.readFile(p);
      },
      openFile: (p: string) => {
        reads++;
        return effects.openFile(p);
      },
    };
    expect(await refusal(reportCommand({ workbook: "current.xlsx", output: "q3.xlsx" }, counting))).toBe(
      "--output must not be the input workbook, got q3.xlsx (the same file as current.xlsx)",
    );
    expect({ reads, files: [...store.keys()], same: store.get("q3.xlsx") === workbook }).toEqual({
      reads: 0,
      files: ["q3.xlsx"],
      same: true,
    });
  });

  it("writes the model to standard output with --json -, and says so in the summary", async () => {
    const { effects, store, stdout } = memoryEffects({ "goals.xlsx": workbook });
    const result = await reportCommand(
      { workbook: "goals.xlsx", output: "r.html", json: "-", asOf: "2026-06-30" },
      effects,
    );
    const model = JSON.parse(stdout());
    expect(model.asOf).toBe("2026-06-30");
    expect(result.usedStdout).toBe(true);
    const html = store.get("r.html") as string;
    const { goals, deals } = await countRows(workbook);
    expect(result.summary).toBe(
      `wrote r.html (${size(Buffer.byteLength(html))}) and the model to standard output (${size(Buffer.byteLength(stdout()))}): ` +
        `${goals} goals, ${model.goals.counts.behind} behind; ${deals} deals; as of 2026-06-30`,
    );
  });

  it("writes the report to standard output with -o -", async () => {
    const { effects, store, stdout } = memoryEffects({ "goals.xlsx": workbook });
    const result = await reportCommand({ workbook: "goals.xlsx", output: "-" }, effects);
    expect(stdout()).toMatch(/^<!doctype html>/);
    expect([...store.keys()]).toEqual(["goals.xlsx"]);
    expect(result.usedStdout).toBe(true);
    expect(result.summary).toMatch(/^wrote the report to standard output \(\d+ KB\): /);
  });

  it("stops quietly when standard output is closed", async () => {
    const { effects } = memoryEffects({ "goals.xlsx": workbook });
    const closed = { ...effects, writeStdout: async () => false };
    expect(await reportCommand({ workbook: "goals.xlsx", output: "-" }, closed)).toEqual({
      summary: "",
      usedStdout: true,
    });
  });
});

describe("summaryLine(written, model, deals)", () => {
  const model = (counts: Partial<Record<string, number>>, rows: number) =>
    ({
      asOf: "2026-06-30",
      goals: {
        rows: Array.from({ length: rows }),
        counts: { onTrack: 0, atRisk: 0, behind: 0, achieved: 0, missed: 0, unknown: 0, ...counts },
      },
    }) as unknown as ReportModel;

  it.each([
    [
      [{ path: "report.html", bytes: 145_408, what: "report" }],
      model({ behind: 3 }, 24),
      1204,
      "wrote report.html (142 KB): 24 goals, 3 behind; 1,204 deals; as of 2026-06-30",
    ],
    [
      [{ path: "r.html", bytes: 900, what: "report" }],
      model({ atRisk: 1, missed: 2 }, 1),
      1,
      "wrote r.html (900 B): 1 goal, 1 at risk, 2 missed; 1 deal; as of 2026-06-30",
    ],
    [
      [{ path: "r.html", bytes: 3_565_158, what: "report" }],
      { asOf: "2026-06-30" } as ReportModel,
      undefined,
      "wrote r.html (3.4 MB): as of 2026-06-30",
    ],
  ] as const)("%#: %s", (written, m, deals, expected) => {
    expect(summaryLine(written, m, deals)).toBe(expected);
  });
});
