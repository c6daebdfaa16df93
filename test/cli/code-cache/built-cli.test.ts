import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The build saves a code cache that the built CLI then uses for every file a report loads: a cache that V8
 * refused (made under other flags, by another Node) or that missed a file would silently cost the start-up
 * time it exists to save (issue 12).
 */
const CLI = resolve("dist/cli/goalsheet.js");

describe("the built CLI's code cache", () => {
  it("is used for every file of a report on the example workbook, none compiled from scratch", () => {
    expect(existsSync(CLI), "run npm run build first").toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "goalsheet-built-cli-"));
    try {
      const { NODE_OPTIONS: _, ...env } = process.env;
      const run = spawnSync(process.execPath, [CLI, "report", "-o", join(dir, "report.html")], {
        env: { ...env, GOALSHEET_DEBUG_CODE_CACHE: "1" },
        encoding: "utf8",
      });
      expect(run.status, run.stderr).toBe(0);
      const used = /^code cache: used for (.*)$/m.exec(run.stderr)?.[1]?.split(", ") ?? [];
      expect(used).toContain("goalsheet.cjs");
      expect(used.filter((file) => file.startsWith("chunks/")).length).toBeGreaterThanOrEqual(5);
      expect(run.stderr).toMatch(/^code cache: compiled none$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("has no import() left: a vm.Script with cached data cannot run one on Node 20", () => {
    const dir = resolve("dist/cli");
    const files = ["goalsheet.cjs", ...readdirSync(join(dir, "chunks")).map((file) => join("chunks", file))];
    const built = files.filter((file) => file.endsWith(".cjs"));
    expect(built.length).toBeGreaterThanOrEqual(6);
    for (const file of built) expect(readFileSync(join(dir, file), "utf8"), file).not.toMatch(/\bimport\s*\(/);
  });
});
