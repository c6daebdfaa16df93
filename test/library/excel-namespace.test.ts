import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { excel, FUNCTIONS } from "../../shared/functions.js";

describe("the excel namespace", () => {
  it("lists every function under its own Excel name", () => {
    for (const [key, fn] of Object.entries(excel)) expect(fn.name).toBe(key);
  });

  it.each(FUNCTIONS.map((f) => [f.name, f] as const))("%s has complete metadata for help and docs", (_name, f) => {
    expect(f.name).toMatch(/^[A-Z][A-Z0-9.]*$/);
    expect(f.description.length).toBeGreaterThan(10);
    expect(f.example.formula).toMatch(new RegExp(`^=GOALS\\.${f.name.replace(".", "\\.")}\\(`));
    for (const p of f.params) {
      expect(p.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(p.description.length).toBeGreaterThan(5);
    }
    // Optional parameters come last, as Excel requires.
    const firstOptional = f.params.findIndex((p) => p.optional);
    if (firstOptional >= 0) expect(f.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
  });

  it.each(FUNCTIONS.map((f) => [f.name] as const))("%s has a one-line wrapper in addin/functions.ts", (name) => {
    const source = readFileSync("addin/functions.ts", "utf8");
    expect(source).toContain(`@customfunction ${name}\n`);
    // One statement: the wrapper only hands the arguments to the core and maps the result for Excel. The CLV fits
    // hand them to the same core on a worker (addin/off-thread), so theirs is async and names the function;
    // SMARTCHECK awaits its rules, loaded on its first call (addin/core-functions.ts).
    const call = `(?:(?:await )?excel\\.${name}\\(|await runOffThread\\("${name}", )`;
    expect(source).toMatch(
      new RegExp(
        `export (?:async )?function ${name.toLowerCase()}\\([^)]*\\)[^{]*\\{\\s*(?:const args = [^;]*;\\s*)?return toExcel(?:Range)?\\(${call}[^;]*;\\s*\\}`,
      ),
    );
  });

  it("never throws: an unexpected failure inside a function comes back as #VALUE!", () => {
    const hostile = {
      toString: () => {
        throw new Error("boom");
      },
    };
    for (const f of FUNCTIONS) {
      expect(() => f(hostile, hostile, hostile)).not.toThrow();
    }
  });
});

describe("the built library (dist/lib/index.js), as Node users import it", () => {
  it("computes WINRATE and returns errors as values", async () => {
    const lib = await import("../../dist/lib/index.js");
    expect(lib.excel.WINRATE([["Won"], ["Lost"]])).toBe(0.5);
    expect(lib.excel.WINRATE([["Open"]])).toMatchObject({ error: "#DIV/0!" });
  });
});
