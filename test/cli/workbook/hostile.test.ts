import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireBuild, runCli } from "../../hostile/run-cli.js";
import { buildZip, workbookEntries } from "./zip-builder.js";

/**
 * Issue 17's memory findings, through the built CLI with its peak RSS measured: files that cost the old
 * reader 1 to 2 GB within the guard's limits. Each must end with one clear line, exit 2 (or a report), and a
 * peak RSS well under the 512 MiB promised for any file.
 */
const dir = mkdtempSync(join(tmpdir(), "goalsheet-reader-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => requireBuild());

const HEADER =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Outcome</t></is></c><c r="B1" t="inlineStr"><is><t>Amount</t></is></c></row>';

async function run(name: string, bytes: Buffer) {
  const path = join(dir, `${name}.xlsx`);
  writeFileSync(path, bytes);
  const result = await runCli(["report", path, "-o", join(dir, `${name}.html`), "--as-of", "2026-06-30"]);
  return { ...result, lines: result.stderr.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("warning:")) };
}

describe("hostile workbooks within bounded memory", () => {
  it("refuses a sheet whose local header says stored where the directory says deflated (such a file reached 982 MiB)", async () => {
    const rows = `${HEADER}${'<row><c t="inlineStr"><is><t>Won</t></is></c><c><v>1</v></c></row>'.repeat(1_500)}`;
    const entries = workbookEntries([{ name: "Deals", rows }]).map((e) =>
      e.name === "xl/worksheets/sheet1.xml" ? { ...e, local: { method: 0 } } : e,
    );
    const result = await run("lying-method", buildZip(entries));
    expect({ code: result.code, lines: result.lines }).toEqual({
      code: 2,
      lines: [
        "goalsheet: not a readable .xlsx workbook: the zip entry xl/worksheets/sheet1.xml has a local header that disagrees with the zip directory (method 0, the directory says 8)",
      ],
    });
    expect(result.peakRssMiB).toBeLessThan(256);
  });

  it("reads a workbook among 9,990 entries of 100 KB each without inflating them (they cost 1.2 GB before)", async () => {
    const filler = Array.from({ length: 9_990 }, (_, i) => ({
      name: `xl/media/pad${i}.bin`,
      data: Buffer.alloc(100_000),
    }));
    const rows = `${HEADER}<row r="2"><c r="A2" t="inlineStr"><is><t>Won</t></is></c><c r="B2"><v>100</v></c></row>`;
    const result = await run("many-entries", buildZip([...workbookEntries([{ name: "Deals", rows }]), ...filler]));
    expect({ code: result.code, lines: result.lines }).toEqual({ code: 0, lines: [] });
    expect(result.peakRssMiB).toBeLessThan(256);
  });

  it("names the cells of 200,000 rows of shared-string cells without a shared strings part, in a few lines (1.1 GB before)", async () => {
    const rows = Array.from(
      { length: 200_000 },
      (_, i) => `<row r="${i + 1}"><c t="s"><v>${i % 5}</v></c><c><v>${i}</v></c></row>`,
    ).join("");
    const result = await run("no-shared-strings", buildZip(workbookEntries([{ name: "Deals", rows }])));
    expect(result.code).toBe(2);
    // One summarised line for the rule down column A (the first 20 cells kept), one for the rest counted.
    expect(result.lines).toEqual([
      'goalsheet: Deals!A: 20 cells: a shared-string cell must refer to the workbook\'s shared strings, but the workbook has none (its sharedStrings part is missing), got "0" (A1), "1" (A2), "2" (A3) and 17 more',
      "Deals: 199,980 more cells hold values their cell type does not allow (the file is damaged or was written by a faulty tool)",
    ]);
    expect(result.peakRssMiB).toBeLessThan(256);
  });
});
