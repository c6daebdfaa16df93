import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The add-in task pane builds WorkbookData from Office.js values with the same assembler the CLI uses, so
 * data.ts and everything it imports must run in a browser: no node: modules, no exceljs, no zip library.
 */
function importsOf(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, "utf8");
  for (const m of source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm)) {
    const spec = m[1] as string;
    if (spec.startsWith(".")) importsOf(resolve(dirname(entry), spec.replace(/\.js$/, ".ts")), seen);
    else seen.add(spec);
  }
  return seen;
}

describe("generator/workbook/data.ts", () => {
  it("imports nothing that needs Node", () => {
    const all = [...importsOf(resolve("generator/workbook/data.ts"))];
    const external = all.filter((s) => !s.startsWith("/"));
    expect(external.sort()).toEqual(["zod"]);
    expect(all.some((s) => s.endsWith("/read.ts") || s.endsWith("/zip.ts") || s.endsWith("/layout.ts"))).toBe(false);
  });
});
