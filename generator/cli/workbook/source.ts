import yauzl, { type ZipFile } from "yauzl";
import { refuse } from "./guard.js";

/**
 * Random access to a workbook's bytes: in memory (tests, tools) or read from an open file as the zip view asks.
 *
 * Why not read the file whole: a million-row workbook is 60 MB of compressed bytes that nothing needs at once.
 * The zip view wants the directory, a few local headers and then each part's compressed bytes, slice by slice,
 * once; read from the file, only the slice being inflated is in memory.
 */
export interface ByteSource {
  readonly size: number;
  /**
   * Exactly `length` bytes from `at` (a refusal when the source ends sooner). With `into` (a buffer of at
   * least `length` bytes) they may be read into it: valid until the caller reads into it again.
   */
  read(at: number, length: number, into?: Buffer): Promise<Buffer>;
}

/** What a ByteSource needs from an open file (the CLI's effects open it: type and size checked there). */
export interface PositionalFile {
  readonly size: number;
  /** Up to `length` bytes from `at`; fewer only at the end of the file (into `into` when given). */
  read(at: number, length: number, into?: Uint8Array): Promise<Uint8Array>;
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    size: buffer.length,
    read: async (at, length) => {
      if (at < 0 || at + length > buffer.length) throw shortRead(at, length, buffer.length);
      return buffer.subarray(at, at + length);
    },
  };
}

/** Reads below this size are served from one cached block (directory records and local headers come in runs). */
const BLOCK = 64 * 1024;

/**
 * A file read positionally. Small reads (yauzl reads the directory 46 bytes at a time, the view reads each
 * local header) are served from the last block read, so 10,000 entries cost a few dozen reads, not 20,000.
 */
export function fileSource(file: PositionalFile): ByteSource {
  let blockAt = -1;
  let block: Buffer = Buffer.alloc(0);
  const exactly = async (at: number, length: number, into?: Buffer): Promise<Buffer> => {
    if (at < 0 || at + length > file.size) throw shortRead(at, length, file.size);
    const bytes = await file.read(at, length, into);
    if (bytes.byteLength !== length) throw shortRead(at, length, at + bytes.byteLength);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
  return {
    size: file.size,
    async read(at, length, into) {
      if (at < 0 || at + length > file.size) throw shortRead(at, length, file.size);
      if (length > BLOCK / 4) return exactly(at, length, into);
      if (blockAt < 0 || at < blockAt || at + length > blockAt + block.length) {
        const loaded = await exactly(at, Math.min(BLOCK, file.size - at));
        // Both set after the read: a read overlapping this one must never see the old block at the new place.
        block = loaded;
        blockAt = at;
      }
      return Buffer.from(block.subarray(at - blockAt, at - blockAt + length));
    },
  };
}

function shortRead(at: number, length: number, size: number) {
  return refuse(
    `the file ends at byte ${size}, before the ${length} bytes the zip needs at byte ${at} (truncated, or it changed while read)`,
  );
}

/**
 * yauzl (the zip directory's parser) over a ByteSource: its reader interface, with `read` answered by the
 * source. Entry data is never streamed through yauzl (the zip view inflates it), so no stream is offered.
 */
export async function openDirectory(source: ByteSource): Promise<ZipFile> {
  class SourceReader extends yauzl.RandomAccessReader {
    override read(
      buffer: Buffer,
      offset: number,
      length: number,
      position: number,
      callback: (error: Error | null, bytesRead?: number) => void,
    ): void {
      const available = Math.max(0, Math.min(length, source.size - position));
      source.read(position, available).then(
        (bytes) => {
          bytes.copy(buffer, offset);
          callback(null, available);
        },
        (error: Error) => callback(error),
      );
    }
    override _readStreamForRange(): never {
      throw new Error("the zip view inflates entries itself");
    }
  }
  return yauzl.fromRandomAccessReaderPromise(new SourceReader(), source.size, {
    lazyEntries: true,
    validateEntrySizes: true,
    autoClose: false,
  });
}
