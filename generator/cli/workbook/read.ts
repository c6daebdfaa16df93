import { WorkbookAssembler, type WorkbookData } from "../../report/workbook/data.js";
import type { RowSink } from "../../report/workbook/raw.js";
import { WorkbookInputError } from "../errors.js";
import { fastPath } from "./fast.js";
import { checkSignature, DEFAULT_LIMITS, type ReadLimits } from "./guard.js";
import { layoutOf, type WorkbookLayout } from "./layout.js";
import { scanPart } from "./part.js";
import { CellProblems } from "./problems.js";
import { SheetDecoder } from "./sheet.js";
import { type ByteSource, bytesSource } from "./source.js";
import { readSharedStrings } from "./strings.js";
import { readDateStyles } from "./styles.js";
import { ZipView } from "./zip.js";

export interface ReadOptions {
  /** Called now and then with the share of the work done so far (0 to 1), for a progress bar. */
  readonly onProgress?: (fraction: number) => void;
  readonly limits?: ReadLimits;
}

/**
 * The single entry from .xlsx bytes (in memory, or a file read as needed: source.ts) to validated records, in one pass: the zip view checks the file's
 * structure, the small parts give the layout (sheets, tables, date system), then the shared strings and (for
 * a 1904 workbook) the date styles are read, and each sheet a section reads is inflated once and decoded
 * straight into its section's parser. Sheets no section reads are never inflated. Every problem is collected
 * and thrown at once as a WorkbookInputError (exit code 2); a file that cannot be read is a CliError (exit 2).
 */
export async function readWorkbook(bytes: Uint8Array | ByteSource, options: ReadOptions = {}): Promise<WorkbookData> {
  const problems = new CellProblems();
  let assembler: WorkbookAssembler | undefined;
  await readSheets(
    bytes,
    (layout) => {
      assembler = new WorkbookAssembler(layout.sheets, layout.date1904);
      return assembler;
    },
    problems,
    options,
  );
  const { data, problems: found } = (assembler as WorkbookAssembler).finish();
  // A cell the reader refused is left blank; the parser's view of that blank would only repeat the problem.
  // Rows the reader refused are why a sheet looks empty: the refusal names the cause, "no rows" would not.
  const rest = found.filter(
    (p) => !(p.cell && problems.cells.has(`${p.sheet}!${p.cell}`)) && !(problems.any && p.code === "noSections"),
  );
  const all = [...problems.list(), ...rest];
  if (all.length > 0) throw new WorkbookInputError(all);
  return data;
}

/** Where a sheet's rows go, given the layout; undefined for sheets nobody reads (they are not inflated). */
export interface RowTarget {
  sinkFor(sheet: string): RowSink | undefined;
}

/**
 * Read the sheets the target wants, in workbook order, each into its sink. Returns the layout and the number
 * of `row` elements each read sheet held (tests compare it with the XML). Exported for tests and tools that
 * want rows without the workbook contract.
 */
export async function readSheets(
  bytes: Uint8Array | ByteSource,
  target: (layout: WorkbookLayout) => RowTarget,
  problems: CellProblems,
  options: ReadOptions = {},
): Promise<{ layout: WorkbookLayout; rows: Map<string, number> }> {
  const source = bytes instanceof Uint8Array ? bytesSource(bytes) : bytes;
  await checkSignature(source);
  const limits = options.limits ?? DEFAULT_LIMITS;
  const zip = await ZipView.open(source, limits);
  const layout = await layoutOf(zip);
  const sinks = target(layout);
  const wanted = layout.sheets
    .map((sheet) => ({ sheet, sink: sinks.sinkFor(sheet.name), part: zip.part(sheet.part) }))
    .filter((w) => w.sink !== undefined);
  const rows = new Map<string, number>();
  if (wanted.length === 0) return { layout, rows };

  // Progress counts compressed bytes, the honest measure of work left.
  const total =
    wanted.reduce((sum, w) => sum + (w.part?.compressedSize ?? 0), 0) + (layout.sharedStrings?.compressedSize ?? 0);
  let done = 0;
  const progress = (base: number) => (consumed: number) => options.onProgress?.(total ? (base + consumed) / total : 1);

  const strings = layout.sharedStrings
    ? await readSharedStrings(zip, layout.sharedStrings, limits.maxSharedStringBytes)
    : [];
  done += layout.sharedStrings?.compressedSize ?? 0;
  const dateStyles = layout.date1904 && layout.styles ? await readDateStyles(zip, layout.styles) : undefined;

  for (const { sheet, sink, part } of wanted) {
    if (!part) {
      problems.add(
        sheet.name,
        undefined,
        sheet.part
          ? `the workbook names this sheet, but its part ${sheet.part} is missing from the file (the file is damaged)`
          : "the workbook names this sheet without saying where its part is (the file is damaged)",
      );
      continue;
    }
    const decoder = new SheetDecoder(
      {
        sheet: sheet.name,
        strings,
        sharedStringsMissing: layout.sharedStrings === undefined,
        ...(dateStyles ? { dateStyles } : {}),
        sink: sink as RowSink,
        problems,
      },
      fastPath,
    );
    await scanPart(zip, part, (s) => decoder.drain(s), { onInput: progress(done) });
    done += part.compressedSize;
    rows.set(sheet.name, decoder.rows);
  }
  options.onProgress?.(1);
  return { layout, rows };
}
