import { fastPath } from "../../../generator/cli/workbook/fast.js";
import { CellProblems } from "../../../generator/cli/workbook/problems.js";
import { SheetDecoder } from "../../../generator/cli/workbook/sheet.js";
import { XmlScanner } from "../../../generator/cli/workbook/xml.js";
import { formatProblem } from "../../../generator/report/problems.js";
import type { RawRow } from "../../../generator/report/workbook/raw.js";

/**
 * Decode a worksheet's XML directly (no zip), the way read.ts does: for tests of the sheet decoder alone.
 * `fast: false` takes every element through the general path only; `cuts` splits the bytes into chunks.
 */
export function decodeSheet(
  xml: string,
  options: {
    readonly strings?: readonly string[];
    readonly dateStyles?: Uint8Array;
    readonly fast?: boolean;
    readonly cuts?: readonly number[];
    readonly sharedStringsMissing?: boolean;
  } = {},
): { rows: RawRow[]; problems: string[]; rowElements: number } {
  const rows: RawRow[] = [];
  const problems = new CellProblems();
  const decoder = new SheetDecoder(
    {
      sheet: "Data",
      strings: options.strings ?? [],
      sharedStringsMissing: options.sharedStringsMissing ?? false,
      ...(options.dateStyles ? { dateStyles: options.dateStyles } : {}),
      sink: { push: (row) => rows.push(row) },
      problems,
    },
    options.fast === false ? undefined : fastPath,
  );
  const bytes = Buffer.from(xml, "utf8");
  const scanner = new XmlScanner();
  let at = 0;
  let going = true;
  for (const cut of [...(options.cuts ?? []), bytes.length]) {
    if (going) {
      scanner.push(bytes.subarray(at, cut));
      going = decoder.drain(scanner);
    }
    at = cut;
  }
  if (going) {
    scanner.close();
    decoder.drain(scanner);
  }
  return { rows, problems: problems.list().map(formatProblem), rowElements: decoder.rows };
}

/** A worksheet part around rows of XML. */
export const worksheet = (rows: string, prefix = "") =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}worksheet xmlns${prefix ? `:${prefix.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${prefix}sheetData>${rows}</${prefix}sheetData></${prefix}worksheet>`;
