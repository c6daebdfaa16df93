import { CliError } from "../errors.js";
import type { ByteSource } from "./source.js";

/**
 * The limits every workbook is read within, and the first look at its bytes: files that are not a zip at all
 * (empty, a legacy .xls, an encrypted workbook, a CSV renamed .xlsx) are named in one line before anything
 * is parsed. The zip itself is checked by zip.ts, the parts by what reads them.
 */
export interface ReadLimits {
  /** Most zip entries (a workbook with 200 sheets has about 450). */
  readonly maxEntries: number;
  /** Most bytes all the entries read may inflate to, together. */
  readonly maxUncompressedBytes: number;
  /** Highest uncompressed/compressed ratio of one entry, checked once the entry is larger than `ratioGraceBytes`. */
  readonly maxRatio: number;
  readonly ratioGraceBytes: number;
  /**
   * Most memory the shared strings may take once decoded (estimated as their UTF-16 size plus 32 bytes each).
   * Everything else the reader holds is small or streamed, so this bounds the whole read.
   */
  readonly maxSharedStringBytes: number;
  /** Most bytes a part held whole may inflate to (workbook, relationships, styles, tables). */
  readonly maxSmallPartBytes: number;
}

/**
 * Apache POI's defaults for the same job (ZipSecureFile: minimum inflate ratio 0.01, checked past 100 KB):
 * real sheet XML compresses 5–30 times; a bomb compresses about 1,000 times. 160 MiB of shared strings holds
 * 2,000,000 distinct 30-character texts; with the input file and the rows in flight the read stays under 512 MiB.
 */
export const DEFAULT_LIMITS: ReadLimits = {
  maxEntries: 10_000,
  maxUncompressedBytes: 2 * 1024 ** 3,
  maxRatio: 100,
  ratioGraceBytes: 100 * 1024,
  maxSharedStringBytes: 160 * 1024 ** 2,
  maxSmallPartBytes: 64 * 1024 ** 2,
};

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** "EncryptionInfo" in UTF-16LE: the stream name an encrypted OOXML package carries inside its OLE container. */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

/** Refuse bytes that cannot be an .xlsx, naming what they are. Reads the first 4 KB (all of an OLE file). */
export async function checkSignature(source: ByteSource): Promise<void> {
  if (source.size === 0) throw refuse("the file is empty");
  const bytes = await source.read(0, Math.min(source.size, 4096));
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw refuse(
      (await holds(source, ENCRYPTION_INFO))
        ? "the workbook is password-protected (encrypted); save a copy without a password as .xlsx"
        : "the file is a legacy .xls workbook (Excel 97-2003); save it as .xlsx",
    );
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    throw refuse(
      looksLikeText(bytes)
        ? "the file is text (CSV or similar), not a workbook; open it in Excel and save it as .xlsx"
        : "the file does not start with a zip signature",
    );
  }
}

/** Whether the source holds `needle` anywhere, read a megabyte at a time (slices overlap by the needle's length). */
async function holds(source: ByteSource, needle: Buffer): Promise<boolean> {
  const slice = 1024 * 1024;
  for (let at = 0; at < source.size; at += slice) {
    const length = Math.min(slice + needle.length, source.size - at);
    if ((await source.read(at, length)).includes(needle)) return true;
  }
  return false;
}

/** An .xlsx is an OOXML package with a workbook part; name the look-alikes users actually rename. */
export function checkPackage(names: ReadonlySet<string>): void {
  if (names.has("xl/workbook.xml")) return;
  if (names.has("xl/workbook.bin")) throw refuse("the file is a binary .xlsb workbook; save it as .xlsx");
  if (names.has("content.xml") && names.has("mimetype")) {
    throw refuse("the file is an OpenDocument spreadsheet (.ods); save it as .xlsx");
  }
  if (names.has("word/document.xml")) throw refuse("the file is a Word document, not a workbook");
  // A package may name its workbook part otherwise (the package relationships say where): layout.ts follows them.
  if (names.has("_rels/.rels")) return;
  throw refuse("the file is a zip archive without xl/workbook.xml");
}

/** Text files (CSV, TSV, HTML) renamed .xlsx: no NUL bytes and mostly printable in the first kilobytes. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  let printable = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b === 9 || b === 10 || b === 13 || (b >= 32 && b !== 127)) printable++;
  }
  return printable / head.length > 0.95;
}

/** The one form of every "this file cannot be read" message (exit code 2). */
export function refuse(problem: string): CliError {
  return new CliError(`not a readable .xlsx workbook: ${problem}`, 2);
}

export function reason(cause: unknown): string {
  return (cause instanceof Error ? cause.message : String(cause)).replace(/\s+/g, " ");
}

export function mib(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GiB` : `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}
