import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { starterWorkbook } from "../../generator/cli/commands/init.js";
import { main } from "../../generator/cli/goalsheet.js";
import pkg from "../../package.json" with { type: "json" };
import { countRows } from "./count-rows.js";
import { workbookBytes } from "./workbook/fixtures.js";

/** Run the CLI in-process, capturing what it prints (and calling back as a real stream does). */
async function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const capture =
    (append: (text: string) => void) =>
    (chunk: unknown, ...rest: unknown[]) => {
      append(typeof chunk === "string" ? chunk : new TextDecoder().decode(chunk as Uint8Array));
      const callback = rest.find((r) => typeof r === "function") as (() => void) | undefined;
      if (callback) queueMicrotask(callback);
      return true;
    };
  const out = vi.spyOn(process.stdout, "write").mockImplementation(
    capture((text) => {
      stdout += text;
    }),
  );
  const err = vi.spyOn(process.stderr, "write").mockImplementation(
    capture((text) => {
      stderr += text;
    }),
  );
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const sha256 = async (path: string) =>
  createHash("sha256")
    .update(await readFile(path))
    .digest("hex");

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "goalsheet-cli-"));
  await writeFile(join(dir, "goals.xlsx"), await starterWorkbook());
  await writeFile(
    join(dir, "bad.xlsx"),
    await workbookBytes((wb) => {
      wb.addWorksheet("Deals").addRows([
        ["Outcome", "Amount", "Created"],
        ["Won", "lots", 46000],
        ["Lost", 10, "someday"],
      ]);
    }),
  );
  await writeFile(
    join(dir, "extra.xlsx"),
    await workbookBytes((wb) => {
      wb.addWorksheet("Deals").addRows([
        ["Outcome", "Colour"],
        ["Won", "red"],
      ]);
      wb.addWorksheet("Notes").addRow(["hello"]);
    }),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("goalsheet (main)", () => {
  it("prints the version from package.json", async () => {
    expect(await run("--version")).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it("lists report, init and schema in --help", async () => {
    const { code, stdout } = await run("--help");
    expect(code).toBe(0);
    for (const command of ["report", "init", "schema"]) expect(stdout).toContain(command);
  });

  it("documents -o -, --json - and the bundled summary template in report --help", async () => {
    const { code, stdout } = await run("report", "--help");
    expect(code).toBe(0);
    const flat = stdout.replace(/\s+/g, " ");
    expect(flat).toContain("-o, --output <file> the HTML file to write (missing folders are created; - for stdout)");
    expect(flat).toContain("--json <file> also write the report model (what templates see) as JSON; - for stdout");
    expect(flat).toContain("or a bundled set: summary (one page), default");
  });

  it("escapes control characters from the command line in commander's errors", async () => {
    const { code, stderr } = await run("report", "--bogus\ngoalsheet: wrote report.html\u202E");
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe("error: unknown option '--bogus\\ngoalsheet: wrote report.html\\u202E'");
  });

  it("exits 2 listing every problem of a bad workbook at once, and writes nothing", async () => {
    const out = join(dir, "bad.html");
    const { code, stderr } = await run("report", join(dir, "bad.xlsx"), "-o", out);
    expect(code).toBe(2);
    expect(stderr).toMatchInlineSnapshot(`
      "goalsheet: Deals!B2: Amount must be a number of at least 0, got "lots"
      Deals!C3: Created must be a date (an Excel date or ISO text such as 2026-06-30), got "someday"
      "
    `);
    expect((await readdir(dir)).filter((f) => f.includes("bad.html"))).toEqual([]);
  });

  it("exits 2 for a missing file and for a bad option value", async () => {
    expect(await run("report", join(dir, "nope.xlsx"))).toMatchObject({ code: 2 });
    const { code, stderr } = await run("report", join(dir, "goals.xlsx"), "--as-of", "June");
    expect(code).toBe(2);
    expect(stderr).toBe('goalsheet: --as-of must be an ISO date such as 2026-06-30, got "June"\n');
  });

  it("warns about unknown sheets and columns, and fails on them only with --strict", async () => {
    const lenient = await run("report", join(dir, "extra.xlsx"), "-o", join(dir, "extra.html"));
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain('warning: Deals!B1: unknown column "Colour" is not used');
    expect(lenient.stderr).toContain("warning: Notes: unknown sheet is not used");
    const strict = await run("report", join(dir, "extra.xlsx"), "-o", join(dir, "strict.html"), "--strict");
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain("goalsheet: --strict: 2 warning(s) above");
    expect((await readdir(dir)).filter((f) => f.includes("strict.html"))).toEqual([]);
  });

  it("writes the report and the model atomically and never modifies the input", async () => {
    const input = join(dir, "goals.xlsx");
    const before = await sha256(input);
    const out = join(dir, "report.html");
    const { code, stdout, stderr } = await run(
      "report",
      input,
      "-o",
      out,
      "--json",
      join(dir, "model.json"),
      "--generated-at",
      "2026-07-01",
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(await sha256(input)).toBe(before);
    expect((await readFile(out, "utf8")).startsWith("<!doctype html>")).toBe(true);
    const model = JSON.parse(await readFile(join(dir, "model.json"), "utf8"));
    expect(model.source).toEqual({ name: "goals.xlsx", sha256: before });
    // Settings gives the as-of date and the currency when no flag does.
    expect(model.asOf).toBe("2026-06-30");
    expect(model.currency).toBe("USD");
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    // One line says what was written and what the report holds, counted here from the workbook itself.
    const { goals, deals } = await countRows(input);
    const behind = model.goals.rows.filter((r: { status: string }) => r.status === "behind").length;
    const kb = async (path: string) => Math.round((await stat(path)).size / 1024);
    expect(stdout).toBe(
      `wrote ${out} (${await kb(out)} KB) and ${join(dir, "model.json")} (${await kb(join(dir, "model.json"))} KB): ` +
        `${goals} goals, ${behind} behind; ${deals} deals; as of 2026-06-30\n`,
    );
  });

  it("refuses to write the report over its own input", async () => {
    const input = join(dir, "goals.xlsx");
    expect(await run("report", input, "-o", input)).toMatchObject({
      code: 2,
      stderr: `goalsheet: --output must not be the input workbook, got ${input}\n`,
    });
  });
});
