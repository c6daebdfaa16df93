import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The add-in task pane builds its report with the same engine the CLI uses, so generator/report/index.ts and
 * everything it imports must run in a browser: no node: modules, no exceljs, no zip library, nothing from the
 * CLI. The pane itself reaches the engine only through that entry.
 */
function importsOf(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, "utf8");
  for (const m of source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm)) {
    const spec = m[1] as string;
    if (spec.includes("?")) continue; // text bundled by Vite (templates as ?raw), not code
    if (spec.startsWith(".")) importsOf(resolve(dirname(entry), spec.replace(/\.js$/, ".ts")), seen);
    else seen.add(spec);
  }
  return seen;
}

describe("generator/report/index.ts", () => {
  const all = [...importsOf(resolve("generator/report/index.ts"))];

  it("imports only browser-safe packages", () => {
    const external = all.filter((s) => !s.startsWith("/"));
    expect(external.sort()).toEqual(["d3-array", "handlebars", "handlebars/runtime"]);
  });

  it("never reaches the CLI, the add-in or anything outside the core and itself", () => {
    const files = all.filter((s) => s.startsWith("/")).map((s) => relative(process.cwd(), s));
    expect(files.filter((f) => !f.startsWith("generator/report/") && !f.startsWith("shared/"))).toEqual([]);
  });
});

describe("addin/taskpane", () => {
  it("imports the report engine only through its entry", () => {
    const entries = ["addin/taskpane/main.ts"].map((f) => resolve(f));
    const reached = new Set<string>();
    for (const e of entries) for (const s of importsOf(e)) reached.add(s);
    const generatorFiles = [...reached]
      .filter((s) => s.startsWith("/"))
      .map((s) => relative(process.cwd(), s))
      .filter((f) => f.startsWith("generator/"));
    // What the pane imports directly from generator/ must be the entry; the entry's own graph is checked above.
    const direct = new Set<string>();
    for (const file of [...reached].filter((s) => s.includes("/addin/")))
      for (const m of readFileSync(file, "utf8").matchAll(/from\s+"([^"]+)"/g))
        if ((m[1] as string).includes("generator/"))
          direct.add(relative(process.cwd(), resolve(dirname(file), m[1] as string)));
    expect([...direct]).toEqual(["generator/report/index.js"]);
    expect(generatorFiles.some((f) => f.startsWith("generator/cli/"))).toBe(false);
  });
});
