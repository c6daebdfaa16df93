import ExcelJS from "exceljs";
import fc from "fast-check";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { CellProblems } from "../../../generator/cli/workbook/problems.js";
import { readSheets } from "../../../generator/cli/workbook/read.js";
import { buildZip, workbookEntries } from "./zip-builder.js";

/**
 * Issue 11: every sheet the workbook names is read whole, whatever its size and its position in the zip.
 * Workbooks of many sheets of many sizes, their zip entries in random orders (shared strings before or after
 * the sheets, workbook.xml first or last), each sheet's row count checked against its own XML (counted here
 * with a plain regex over the part) and its last row's values against the numbers it was written from.
 */
const SIZES = [0, 1, 2, 17, 1_000, 12_000];

function sheetRows(sheet: number, rows: number): string {
  let xml = "";
  for (let r = 1; r <= rows; r++)
    xml += `<row r="${r}"><c r="A${r}" t="s"><v>${r % 3}</v></c><c r="B${r}"><v>${sheet * 100_000 + r}</v></c></row>`;
  return xml;
}

async function read(bytes: Uint8Array) {
  const last: Record<string, { number: number; cells: readonly unknown[] }> = {};
  const problems = new CellProblems();
  const { rows } = await readSheets(
    bytes,
    () => ({ sinkFor: (name) => ({ push: (row) => (last[name] = row) }) }),
    problems,
  );
  expect(problems.list()).toEqual([]);
  return { rows, last };
}

/** `<row` elements in each worksheet part of the zip, counted straight from the bytes. */
function rowElements(bytes: Uint8Array): Map<string, number> {
  const out = new Map<string, number>();
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    const m = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name);
    if (m)
      out.set(
        `S${m[1]}`,
        (
          Buffer.from(data)
            .toString("latin1")
            .match(/<row[ >/]/g) ?? []
        ).length,
      );
  }
  return out;
}

describe("every named sheet is read whole, whatever its size and place in the zip", () => {
  it("holds for shuffled zips of sheets of many sizes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...SIZES), { minLength: 1, maxLength: 7 }),
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        async (sizes, random) => {
          const sheets = sizes.map((rows, i) => ({ name: `S${i + 1}`, rows: sheetRows(i + 1, rows) }));
          const entries = workbookEntries(sheets, { strings: ["zero", "one", "two"] });
          const order = entries.map((entry) => ({ entry, key: random.next().value as number }));
          order.sort((a, b) => a.key - b.key);
          const bytes = buildZip(order.map((o) => o.entry));
          const { rows, last } = await read(bytes);
          expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(rowElements(bytes)));
          sizes.forEach((n, i) => {
            expect(last[`S${i + 1}`]).toEqual(
              n === 0 ? undefined : { number: n, cells: [["zero", "one", "two"][n % 3], (i + 1) * 100_000 + n] },
            );
          });
        },
      ),
      { numRuns: 12 },
    );
  });

  it("holds for exceljs's streaming writer, which puts shared strings after the sheets and workbook.xml last", async () => {
    const { PassThrough } = await import("node:stream");
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on("data", (chunk: Buffer) => chunks.push(chunk));
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: true });
    for (const [i, n] of [3, 5_000, 1, 0, 20].entries()) {
      const ws = writer.addWorksheet(`S${i + 1}`);
      for (let r = 1; r <= n; r++) ws.addRow([`text ${r % 7}`, i * 100_000 + r]).commit();
      await ws.commit();
    }
    await writer.commit();
    const bytes = Buffer.concat(chunks);
    const names = Object.keys(unzipSync(bytes));
    expect(names.indexOf("xl/sharedStrings.xml")).toBeGreaterThan(names.indexOf("xl/worksheets/sheet5.xml"));
    expect(names.at(-1)).toBe("xl/workbook.xml");
    const { rows, last } = await read(bytes);
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(rowElements(bytes)));
    expect(Object.fromEntries(rows)).toEqual({ S1: 3, S2: 5_000, S3: 1, S4: 0, S5: 20 });
    expect(last.S2).toEqual({ number: 5_000, cells: ["text 2", 105_000] });
  });
});
