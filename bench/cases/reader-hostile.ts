import { CellProblems } from "../../generator/cli/workbook/problems.js";
import { readSheets } from "../../generator/cli/workbook/read.js";
import { mulberry32 } from "../../scripts/prng.js";
import { buildZip, workbookEntries } from "../../test/cli/workbook/zip-builder.js";
import { type BenchCase, type BenchMeasure, timeMedian } from "../types.js";

/**
 * Issue 17, item 2: no input makes the reader's time grow faster than its size. Hostile sheets at three sizes,
 * each twice the one before, read in-process by the reader (every row decoded and handed to a sink): a tag that never
 * ends (383 KB of one took the old layout regex over 60 s), and rows 16,384 cells wide, each cell a formula
 * with a cached value (960 KB took exceljs 95 s; the old formula-result rescan took 171 s on 2.2 MB). Budget:
 * four times the input takes at most five times as long (linear is four; the rest is noise), and every size
 * is read at no less than 5 MB/s.
 */
const MB = 1024 * 1024;

/** Random letters (seeded): a run of one letter would compress past the zip guard's ratio check. */
function letters(count: number): string {
  const random = mulberry32(17);
  let out = "";
  for (let i = 0; i < count; i++) out += String.fromCharCode(97 + Math.floor(random() * 26));
  return out;
}

function unterminated(bytes: number): Buffer {
  const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>Outcome</t></is></c></row><row r="2"><c r="A2" x="${letters(bytes)}`;
  return buildZip(workbookEntries([{ name: "Deals", rows }]));
}

function wideRows(count: number): Buffer {
  let rows = "";
  for (let r = 1; r <= count; r++) {
    let cells = "";
    for (let c = 0; c < 16_384; c++) cells += `<c r="${column(c)}${r}"><f>ROW()*${c}</f><v>${r * c}</v></c>`;
    rows += `<row r="${r}">${cells}</row>`;
  }
  return buildZip(workbookEntries([{ name: "Deals", rows }]));
}

function column(index: number): string {
  let out = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

async function scaling(
  label: string,
  sizes: readonly number[],
  make: (size: number) => Buffer,
  xmlBytes: (size: number) => number,
): Promise<BenchMeasure[]> {
  const times: number[] = [];
  for (const size of sizes) {
    const bytes = make(size);
    let cells = 0;
    const read = () =>
      readSheets(
        bytes,
        () => ({ sinkFor: () => ({ push: (row) => (cells += row.cells.length) }) }),
        new CellProblems(),
      ).catch(() => undefined);
    times.push(await timeMedian(read, 5, 1));
  }
  const first = times[0] as number;
  const last = times.at(-1) as number;
  const growth = last / first;
  const inputGrowth = xmlBytes(sizes.at(-1) as number) / xmlBytes(sizes[0] as number);
  const slowest = Math.min(...times.map((t, i) => xmlBytes(sizes[i] as number) / MB / (t / 1000)));
  return [
    {
      label: `${label}: time at ${inputGrowth.toFixed(0)}x the input`,
      value: growth,
      unit: "x",
      budget: {
        text: `<= ${((inputGrowth * 5) / 4).toFixed(0)}x (linear is ${inputGrowth.toFixed(0)}x)`,
        met: growth <= (inputGrowth * 5) / 4,
      },
      notes: `time at the smallest size ${first.toFixed(0)} ms; sizes ${sizes.map((s, i) => `${(xmlBytes(s) / MB).toFixed(2)} MB: ${(times[i] as number).toFixed(0)} ms`).join(", ")}`,
    },
    {
      label: `${label}: slowest throughput`,
      value: slowest,
      unit: "MB/s",
      budget: { text: ">= 5 MB/s", met: slowest >= 5 },
      notes: "MB of sheet XML read per second, over the three sizes",
    },
  ];
}

export const cases: BenchCase[] = [
  {
    name: "hostile sheets scale linearly",
    async run(): Promise<BenchMeasure[]> {
      return [
        ...(await scaling("a tag that never ends", [240_000, 480_000, 960_000], unterminated, (n) => n)),
        // One wide row is about 600 KB of XML.
        ...(await scaling("rows 16,384 formula cells wide", [8, 16, 32], wideRows, (n) => n * 600_000)),
      ];
    },
  },
];
