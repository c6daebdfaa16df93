import { crc32, createInflateRaw } from "node:zlib";
import type { Entry, ZipFile } from "yauzl";
import { checkPackage, mib, type ReadLimits, reason, refuse } from "./guard.js";
import { type ByteSource, bytesSource, openDirectory } from "./source.js";

/**
 * The one view of a workbook's zip that everything reads through. The central directory (parsed by yauzl, the
 * well-kept zip reader already used here) is the only index: every entry is reached by its directory record,
 * and the file is refused unless the local headers agree with it (same name, method, flags, and CRC and sizes
 * where the local header states them), the entries tile the file up to the directory (no hidden or overlapping
 * data), no two entries share a name (case-insensitively, as OPC part names compare), the entry count is
 * capped, and each entry's declared sizes pass the compression-ratio check. An entry is inflated only when a
 * part is read, once, with its real bytes counted as they pass: past its declared size (a lying header) or the
 * workbook's total cap the read stops, and at its end the size and CRC-32 must match the directory.
 *
 * Entries nothing reads are never inflated, so thousands of small entries cost a directory record each.
 */
export interface ZipPart {
  /** The name as the directory spells it. */
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly crc32: number;
  readonly method: number;
  /** Where the entry's data starts in the file (after its local header). */
  readonly dataStart: number;
}

/** How many compressed bytes are fed to the inflater at once: zlib works in slices, output waits for reading. */
const INPUT_SLICE = 256 * 1024;
const OUTPUT_CHUNK = 1024 * 1024;

export class ZipView {
  private inflated = 0;

  private constructor(
    private readonly source: ByteSource,
    private readonly parts: ReadonlyMap<string, ZipPart>,
    private readonly limits: ReadLimits,
  ) {}

  /** Check the file's zip structure; throws the refusal (a CliError, exit code 2) naming what is wrong. */
  static async open(data: Uint8Array | ByteSource, limits: ReadLimits): Promise<ZipView> {
    const source = data instanceof Uint8Array ? bytesSource(data) : data;
    let zip: ZipFile;
    try {
      zip = await openDirectory(source);
    } catch (cause) {
      throw refuse(`the file is truncated or damaged (${reason(cause)})`);
    }
    // yauzl's directory cursor starts at the central directory's offset (not in the typings); read it first.
    const directoryOffset = (zip as unknown as { readEntryCursor: number }).readEntryCursor;
    try {
      const entries = await listEntries(zip, limits);
      checkPackage(new Set(entries.map((e) => e.fileName.toLowerCase())));
      const parts = new Map<string, ZipPart>();
      for (const entry of entries) {
        const part = await checkLocalHeader(source, entry, directoryOffset);
        parts.set(entry.fileName.toLowerCase(), part);
      }
      await checkTiling(source, entries, parts, directoryOffset);
      return new ZipView(source, parts, limits);
    } catch (cause) {
      if (cause instanceof Error && cause.name === "CliError") throw cause;
      throw refuse(`the file is truncated or damaged (${reason(cause)})`);
    } finally {
      zip.close();
    }
  }

  /** The entry of a part name (compared case-insensitively, as OPC does), if the zip holds it. */
  part(name: string): ZipPart | undefined {
    return this.parts.get(name.toLowerCase());
  }

  /** Inflated bytes read so far, over every part. */
  inflatedBytes(): number {
    return this.inflated;
  }

  /**
   * Inflate a part, handing each chunk to `onChunk` as it comes (the chunk is only valid during the call), and
   * `onInput` the compressed bytes consumed so far. Size, CRC and caps are checked on the way and at the end.
   * `maxBytes` caps this part further (parts held whole).
   */
  async read(
    part: ZipPart,
    onChunk: (chunk: Buffer) => void,
    options: { readonly maxBytes?: number; readonly onInput?: (bytes: number) => void } = {},
  ): Promise<void> {
    if (options.maxBytes !== undefined && part.uncompressedSize > options.maxBytes) {
      throw refuse(
        `the part ${part.name} must inflate to at most ${mib(options.maxBytes)}, got ${mib(part.uncompressedSize)}`,
      );
    }
    let size = 0;
    let crc = 0;
    const take = (chunk: Buffer) => {
      size += chunk.length;
      this.inflated += chunk.length;
      if (size > part.uncompressedSize) {
        throw refuse(
          `the zip entry ${part.name} does not match the size its header declares (declared ${part.uncompressedSize} bytes, got more; a zip bomb?)`,
        );
      }
      if (this.inflated > this.limits.maxUncompressedBytes) {
        throw refuse(
          `a workbook must inflate to at most ${mib(this.limits.maxUncompressedBytes)}, got more (a zip bomb?)`,
        );
      }
      crc = crc32(chunk, crc);
      onChunk(chunk);
    };
    if (part.method === 0) {
      const buffer = Buffer.allocUnsafe(Math.min(OUTPUT_CHUNK, part.compressedSize));
      for (let at = 0; at < part.compressedSize; at += OUTPUT_CHUNK) {
        const length = Math.min(OUTPUT_CHUNK, part.compressedSize - at);
        // Chunks are only valid during onChunk (see read): one buffer serves them all.
        take(await this.source.read(part.dataStart + at, length, buffer));
        options.onInput?.(at + length);
      }
    } else {
      await inflate(this.source, part, (chunk, consumed) => {
        take(chunk);
        options.onInput?.(consumed);
      });
    }
    if (size !== part.uncompressedSize) {
      throw refuse(
        `the zip entry ${part.name} does not match the size its header declares (declared ${part.uncompressedSize} bytes, got ${size}; a zip bomb?)`,
      );
    }
    if (crc >>> 0 !== part.crc32 >>> 0)
      throw refuse(`the zip entry ${part.name} is damaged (its CRC-32 does not match)`);
  }
}

/**
 * Raw-inflate a part's compressed bytes, read from the source a slice at a time, handing out each chunk as zlib
 * makes it (zlib waits while the chunk is being taken, so output is made only as fast as it is read, and input
 * is read only as fast as zlib takes it). An error thrown by `take` stops the inflater and passes through.
 */
async function inflate(
  source: ByteSource,
  part: ZipPart,
  take: (chunk: Buffer, consumed: number) => void,
): Promise<void> {
  const name = part.name;
  const inflater = createInflateRaw({ chunkSize: OUTPUT_CHUNK });
  let taking: unknown;
  let reading: unknown;
  // One input buffer for the whole part: each slice is written once zlib has consumed the one before (its write
  // callback), so a 60 MB part does not leave 240 freed slices for the collector to notice.
  const input = Buffer.allocUnsafe(Math.min(INPUT_SLICE, part.compressedSize));
  const feed = (async () => {
    for (let at = 0; at < part.compressedSize && !inflater.destroyed; at += INPUT_SLICE) {
      const slice = await source.read(part.dataStart + at, Math.min(INPUT_SLICE, part.compressedSize - at), input);
      if (inflater.destroyed) break;
      await new Promise<void>((resolve) => {
        const done = () => {
          inflater.off("close", done);
          resolve();
        };
        inflater.once("close", done);
        inflater.write(slice, () => done());
      });
    }
    if (!inflater.destroyed) inflater.end();
  })().catch((cause: unknown) => {
    // A failed read (the file shrank) must stop the consumer too, or it would wait for output forever.
    reading = cause;
    inflater.destroy(cause instanceof Error ? cause : new Error(String(cause)));
  });
  try {
    for await (const chunk of inflater) {
      try {
        take(chunk as Buffer, inflater.bytesWritten);
      } catch (cause) {
        taking = cause;
        throw cause;
      }
    }
  } catch (cause) {
    inflater.destroy();
    if (taking !== undefined) throw taking;
    if (reading !== undefined) throw reading;
    throw refuse(`the zip entry ${name} is damaged (${reason(cause)})`);
  } finally {
    await feed;
  }
}

async function listEntries(zip: ZipFile, limits: ReadLimits): Promise<Entry[]> {
  if (zip.entryCount > limits.maxEntries) {
    throw refuse(`a workbook must have at most ${limits.maxEntries} zip entries, got ${zip.entryCount}`);
  }
  const entries: Entry[] = [];
  const seen = new Set<string>();
  let declared = 0;
  const each = (zip as unknown as { eachEntry(): AsyncIterable<Entry> }).eachEntry();
  for await (const entry of each) {
    if (entry.isEncrypted()) throw refuse(`the zip entry ${entry.fileName} is encrypted; save without a password`);
    const key = entry.fileName.toLowerCase();
    if (seen.has(key)) {
      throw refuse(`the zip holds two entries named ${entry.fileName} (readers disagree on which one counts)`);
    }
    seen.add(key);
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
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
      throw refuse(`the zip entry ${entry.fileName} uses compression method ${entry.compressionMethod}, not deflate`);
    }
    entries.push(entry);
  }
  return entries;
}

const LOCAL_SIGNATURE = 0x04034b50;
/** General-purpose flag bits that change how an entry is read: encrypted, data descriptor, strong encryption. */
const READ_FLAGS = 0x1 | 0x8 | 0x40;

/**
 * The local header must tell the same story as the directory: a reader that trusts local headers (as exceljs's
 * did) must not see another file than this one does.
 */
async function checkLocalHeader(source: ByteSource, entry: Entry, directoryOffset: number): Promise<ZipPart> {
  const at = entry.relativeOffsetOfLocalHeader;
  const lie = (what: string) =>
    refuse(`the zip entry ${entry.fileName} has a local header that disagrees with the zip directory (${what})`);
  if (at + 30 > directoryOffset) throw lie("no local header at its offset");
  const header = await source.read(at, 30);
  if (header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw lie("no local header at its offset");
  const flags = header.readUInt16LE(6);
  const method = header.readUInt16LE(8);
  const nameLength = header.readUInt16LE(26);
  const extraLength = header.readUInt16LE(28);
  const dataStart = at + 30 + nameLength + extraLength;
  if (dataStart > directoryOffset) throw lie("it runs into the directory");
  const nameAndExtra = await source.read(at + 30, nameLength + extraLength);
  const raw = (entry as unknown as { fileNameRaw: Buffer }).fileNameRaw;
  if (!nameAndExtra.subarray(0, nameLength).equals(raw)) {
    throw lie(`its local name is ${JSON.stringify(nameAndExtra.toString("latin1", 0, nameLength))}`);
  }
  if (method !== entry.compressionMethod) throw lie(`method ${method}, the directory says ${entry.compressionMethod}`);
  if ((flags & READ_FLAGS) !== (entry.generalPurposeBitFlag & READ_FLAGS)) throw lie("different flags");
  const crc = header.readUInt32LE(14);
  let compressed = header.readUInt32LE(18);
  let uncompressed = header.readUInt32LE(22);
  if (compressed === 0xffffffff || uncompressed === 0xffffffff) {
    const zip64 = zip64Sizes(nameAndExtra.subarray(nameLength), uncompressed, compressed);
    uncompressed = zip64.uncompressed;
    compressed = zip64.compressed;
  }
  // With a data descriptor (flag bit 3) the local header may leave CRC and sizes at zero; when stated, they count.
  const stated = (flags & 0x8) === 0 || crc !== 0 || compressed !== 0 || uncompressed !== 0;
  if (stated) {
    if (crc >>> 0 !== entry.crc32 >>> 0) throw lie("a different CRC-32");
    if (compressed !== entry.compressedSize)
      throw lie(`compressed size ${compressed}, the directory says ${entry.compressedSize}`);
    if (uncompressed !== entry.uncompressedSize)
      throw lie(`size ${uncompressed}, the directory says ${entry.uncompressedSize}`);
  }
  if (dataStart + entry.compressedSize > directoryOffset) {
    throw refuse(`the zip entry ${entry.fileName} runs past the start of the zip directory`);
  }
  return {
    name: entry.fileName,
    compressedSize: entry.compressedSize,
    uncompressedSize: entry.uncompressedSize,
    crc32: entry.crc32,
    method,
    dataStart,
  };
}

/** Sizes from a local header's zip64 extra field (id 1), in the order the format gives them. */
function zip64Sizes(extra: Buffer, uncompressed: number, compressed: number) {
  for (let i = 0; i + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(i);
    const size = extra.readUInt16LE(i + 2);
    const body = extra.subarray(i + 4, i + 4 + size);
    if (id === 1) {
      let at = 0;
      const next = () => {
        const value = at + 8 <= body.length ? Number(body.readBigUInt64LE(at)) : -1;
        at += 8;
        return value;
      };
      const u = uncompressed === 0xffffffff ? next() : uncompressed;
      const c = compressed === 0xffffffff ? next() : compressed;
      return { uncompressed: u, compressed: c };
    }
    i += 4 + size;
  }
  return { uncompressed: -1, compressed: -1 };
}

/**
 * Every byte before the directory belongs to a listed entry: each entry's data ends where the next local header
 * starts, allowing a data descriptor (which must repeat the directory's CRC and sizes) after entries that use one.
 */
async function checkTiling(
  source: ByteSource,
  entries: readonly Entry[],
  parts: ReadonlyMap<string, ZipPart>,
  directoryOffset: number,
): Promise<void> {
  const sorted = [...entries].sort((a, b) => a.relativeOffsetOfLocalHeader - b.relativeOffsetOfLocalHeader);
  let expected = 0;
  for (const entry of [...sorted, undefined]) {
    const start = entry ? entry.relativeOffsetOfLocalHeader : directoryOffset;
    if (start !== expected) {
      throw refuse(`the zip holds data outside its directory near byte ${expected} (hidden or overlapping entries)`);
    }
    if (!entry) break;
    const part = parts.get(entry.fileName.toLowerCase()) as ZipPart;
    expected = part.dataStart + entry.compressedSize;
    if (entry.generalPurposeBitFlag & 0x8) expected += await descriptorLength(source, expected, entry);
  }
}

/** The data descriptor after an entry's data: optional signature, CRC-32, then 4- or 8-byte sizes. */
async function descriptorLength(source: ByteSource, at: number, entry: Entry): Promise<number> {
  // The longest descriptor: signature, CRC-32 and two 8-byte sizes.
  const bytes = await source.read(at, Math.max(0, Math.min(24, source.size - at)));
  const signed = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x08074b50 ? 4 : 0;
  const body = signed;
  const matches = (wide: boolean) => {
    const length = wide ? 20 : 12;
    if (body + length > bytes.length) return false;
    const crc = bytes.readUInt32LE(body);
    const compressed = wide ? Number(bytes.readBigUInt64LE(body + 4)) : bytes.readUInt32LE(body + 4);
    const size = wide ? Number(bytes.readBigUInt64LE(body + 12)) : bytes.readUInt32LE(body + 8);
    return crc >>> 0 === entry.crc32 >>> 0 && compressed === entry.compressedSize && size === entry.uncompressedSize;
  };
  if (matches(false)) return signed + 12;
  if (matches(true)) return signed + 20;
  throw refuse(
    `the zip entry ${entry.fileName} has a data descriptor that disagrees with the zip directory (damaged or crafted)`,
  );
}
