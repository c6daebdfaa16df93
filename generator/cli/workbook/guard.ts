import { createInflateRaw } from "node:zlib";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { CliError } from "../errors.js";

/**
 * The zip guard: every workbook passes here before exceljs sees a byte. exceljs's streaming reader trusts the
 * zip (it inflates whatever the local headers point at), so a 1 MB zip bomb would cost a gigabyte, and a file
 * that is not an .xlsx at all gives a cryptic parser error. The guard names the problem in one line instead.
 *
 * It checks, in order: the file's signature (empty, OLE compound file = legacy .xls or a password-protected
 * workbook, text such as CSV), the zip directory (present, entry count, encrypted entries, declared sizes and
 * compression ratios, .xlsx parts present), the layout (every byte before the directory belongs to a listed
 * entry, so no hidden entries reach the streaming reader), and finally inflates every entry while counting
 * bytes, stopping an entry that inflates past its declared size, so a lying header cannot pass.
 */
export interface GuardLimits {
  /** Most zip entries (a workbook with 200 sheets has about 450). */
  readonly maxEntries: number;
  /** Most bytes all entries may inflate to, together. */
  readonly maxUncompressedBytes: number;
  /** Highest uncompressed/compressed ratio of one entry, checked once the entry is larger than `ratioGraceBytes`. */
  readonly maxRatio: number;
  readonly ratioGraceBytes: number;
}

/**
 * Apache POI's defaults for the same job (ZipSecureFile: minimum inflate ratio 0.01, checked past 100 KB):
 * real sheet XML compresses 5–30 times; a bomb compresses about 1,000 times.
 */
export const DEFAULT_LIMITS: GuardLimits = {
  maxEntries: 10_000,
  maxUncompressedBytes: 2 * 1024 ** 3,
  maxRatio: 100,
  ratioGraceBytes: 100 * 1024,
};

export interface GuardReport {
  readonly entries: number;
  readonly compressedBytes: number;
  readonly uncompressedBytes: number;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** "EncryptionInfo" in UTF-16LE: the stream name an encrypted OOXML package carries inside its OLE container. */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

/** Check the bytes; throws a CliError (exit code 2) naming the problem, or returns what was inflated. */
export async function guardWorkbook(bytes: Uint8Array, limits: GuardLimits = DEFAULT_LIMITS): Promise<GuardReport> {
  if (bytes.length === 0) throw refuse("the file is empty");
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw refuse(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTION_INFO)
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
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true });
  } catch (cause) {
    throw refuse(`the file is truncated or damaged (${reason(cause)})`);
  }
  // yauzl's directory cursor starts at the central directory's offset (not in the typings); read it before listing.
  const directoryOffset = (zip as unknown as { readEntryCursor: number }).readEntryCursor;
  try {
    const entries = await listEntries(zip, limits);
    checkParts(entries);
    await checkLayout(zip, entries, directoryOffset);
    const uncompressedBytes = await inflateAll(zip, buffer, entries, limits);
    return { entries: entries.length, compressedBytes: bytes.length, uncompressedBytes };
  } catch (cause) {
    if (cause instanceof CliError) throw cause;
    throw refuse(`the file is truncated or damaged (${reason(cause)})`);
  }
}

async function listEntries(zip: ZipFile, limits: GuardLimits): Promise<Entry[]> {
  if (zip.entryCount > limits.maxEntries) {
    throw refuse(`a workbook must have at most ${limits.maxEntries} zip entries, got ${zip.entryCount}`);
  }
  const entries: Entry[] = [];
  let declared = 0;
  const each = (zip as unknown as { eachEntry(): AsyncIterable<Entry> }).eachEntry();
  for await (const entry of each) {
    if (entry.isEncrypted()) throw refuse(`the zip entry ${entry.fileName} is encrypted; save without a password`);
    declared += entry.uncompressedSize;
    if (declared > limits.maxUncompressedBytes) {
      throw refuse(
        `a workbook must inflate to at most ${mib(limits.maxUncompressedBytes)}, its zip directory declares more than ${mib(declared)} (a zip bomb?)`,
      );
    }
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > limits.ratioGraceBytes && ratio > limits.maxRatio) {
      throw refuse(
        `the zip entry ${entry.fileName} must inflate at most ${limits.maxRatio} times its size, got ${Math.round(ratio)} times (${mib(entry.compressedSize)} to ${mib(entry.uncompressedSize)}; a zip bomb?)`,
      );
    }
    entries.push(entry);
  }
  return entries;
}

/** An .xlsx is an OOXML package with xl/workbook.xml; name the look-alikes users actually rename. */
function checkParts(entries: readonly Entry[]): void {
  const names = new Set(entries.map((e) => e.fileName.replace(/\\/g, "/").toLowerCase()));
  if (names.has("xl/workbook.xml")) return;
  if (names.has("xl/workbook.bin")) throw refuse("the file is a binary .xlsb workbook; save it as .xlsx");
  if (names.has("content.xml") && names.has("mimetype")) {
    throw refuse("the file is an OpenDocument spreadsheet (.ods); save it as .xlsx");
  }
  if (names.has("word/document.xml")) throw refuse("the file is a Word document, not a workbook");
  throw refuse("the file is a zip archive without xl/workbook.xml");
}

/**
 * exceljs reads local headers front to back and never looks at the directory, so anything between entries
 * would be read unchecked. Require the entries to tile the file up to the directory: each entry's data ends
 * where the next local header starts (allowing a data descriptor after entries that use one).
 */
async function checkLayout(zip: ZipFile, entries: readonly Entry[], directoryOffset: number): Promise<void> {
  const sorted = [...entries].sort((a, b) => a.relativeOffsetOfLocalHeader - b.relativeOffsetOfLocalHeader);
  let expected = 0;
  for (const entry of sorted) {
    const start = entry.relativeOffsetOfLocalHeader;
    const slack = start - expected;
    if (slack !== 0 && !(slack > 0 && slack <= 24 && hasDescriptor(sorted, start))) {
      throw refuse(`the zip holds data outside its directory near byte ${expected} (hidden or overlapping entries)`);
    }
    const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
    expected = fileDataStart + entry.compressedSize;
  }
  const tail = directoryOffset - expected;
  if (tail !== 0 && !(tail > 0 && tail <= 24 && (sorted.at(-1)?.generalPurposeBitFlag ?? 0) & 8)) {
    throw refuse(`the zip holds data outside its directory near byte ${expected} (hidden or overlapping entries)`);
  }
}

/** Whether the entry before the one at `start` ends with a data descriptor (general purpose flag bit 3). */
function hasDescriptor(sorted: readonly Entry[], start: number): boolean {
  const index = sorted.findIndex((e) => e.relativeOffsetOfLocalHeader === start);
  return index > 0 && ((sorted[index - 1] as Entry).generalPurposeBitFlag & 8) !== 0;
}

/**
 * Inflate every entry into a counter: the real sizes, not the declared ones, decide. An entry that inflates
 * past its declared size is stopped there (a lying header); one that falls short is damaged. Inflating the
 * buffer slices directly with 1 MiB output chunks is about three times faster than yauzl's entry streams.
 */
async function inflateAll(
  zip: ZipFile,
  buffer: Buffer,
  entries: readonly Entry[],
  limits: GuardLimits,
): Promise<number> {
  let total = 0;
  for (const entry of entries) {
    const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
    const end = fileDataStart + entry.compressedSize;
    if (end > buffer.length) throw refuse(`the zip entry ${entry.fileName} runs past the end of the file`);
    const data = buffer.subarray(fileDataStart, end);
    let size: number;
    if (entry.compressionMethod === 0) size = data.length;
    else if (entry.compressionMethod === 8) size = await inflatedSize(data, entry.uncompressedSize, entry.fileName);
    else
      throw refuse(`the zip entry ${entry.fileName} uses compression method ${entry.compressionMethod}, not deflate`);
    if (size !== entry.uncompressedSize) {
      throw refuse(
        `the zip entry ${entry.fileName} does not match the size its header declares (declared ${entry.uncompressedSize} bytes, got ${size > entry.uncompressedSize ? "more" : size}; a zip bomb?)`,
      );
    }
    total += size;
    if (total > limits.maxUncompressedBytes) {
      throw refuse(`a workbook must inflate to at most ${mib(limits.maxUncompressedBytes)}, got more (a zip bomb?)`);
    }
  }
  return total;
}

/** Count the inflated bytes of one entry, stopping one chunk past `declared`. */
function inflatedSize(data: Buffer, declared: number, name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: 1024 * 1024 });
    let size = 0;
    inflate.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > declared) {
        inflate.destroy();
        resolve(size);
      }
    });
    inflate.on("end", () => resolve(size));
    inflate.on("error", (cause) => reject(refuse(`the zip entry ${name} is damaged (${reason(cause)})`)));
    inflate.end(data);
  });
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

function refuse(problem: string): CliError {
  return new CliError(`not a readable .xlsx workbook: ${problem}`, 2);
}

function reason(cause: unknown): string {
  return (cause instanceof Error ? cause.message : String(cause)).replace(/\s+/g, " ");
}

function mib(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GiB` : `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}
