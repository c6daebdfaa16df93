import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";
import yauzl from "yauzl";

/**
 * A tiny zip writer and reader for building hostile workbooks: it can lie. Each entry may declare sizes other
 * than its real ones, carry the "encrypted" flag, or be stored pre-compressed, which no well-behaved zip library
 * lets you do. Only what the hostile cases need: no zip64, no data descriptors.
 */
export interface ZipEntry {
  readonly name: string;
  /** The real content (deflated unless `raw` is given). */
  readonly data?: Buffer;
  /** Already-deflated bytes with their real size and CRC, for entries too large to hold inflated. */
  readonly raw?: { readonly deflated: Buffer; readonly size: number; readonly crc: number };
  /** Declare this uncompressed size instead of the real one (a lying header). */
  readonly declaredSize?: number;
  /** Set the general-purpose "encrypted" bit. */
  readonly encrypted?: boolean;
  /** Write the local entry but leave it out of the central directory (a hidden entry). */
  readonly hidden?: boolean;
}

export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const deflated = entry.raw?.deflated ?? deflateRawSync(entry.data ?? Buffer.alloc(0));
    const size = entry.declaredSize ?? entry.raw?.size ?? entry.data?.length ?? 0;
    const crc = entry.raw?.crc ?? crc32(entry.data ?? Buffer.alloc(0));
    const flags = 0x0800 | (entry.encrypted ? 1 : 0); // UTF-8 names
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00, a fixed date for reproducible files
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    local.copy(central, 8, 6, 26); // flags, method, time, date, crc, sizes: identical to the local header
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, deflated);
    if (!entry.hidden) centrals.push(central, name);
    offset += local.length + name.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const listed = entries.filter((e) => !e.hidden).length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(listed, 8);
  end.writeUInt16LE(listed, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Every entry of a (well-formed) zip, by name, in order. */
export async function readZip(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  const out = new Map<string, Buffer>();
  const each = (zip as unknown as { eachEntry(): AsyncIterable<yauzl.Entry> }).eachEntry();
  for await (const entry of each) {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    out.set(entry.fileName, Buffer.concat(chunks));
  }
  return out;
}

/** Deflate `size` bytes of one repeated byte without ever holding them: about 1 MB per GiB. */
export async function deflatedFill(
  size: number,
  byte = 0x20,
): Promise<{ deflated: Buffer; size: number; crc: number }> {
  const chunk = Buffer.alloc(1024 * 1024, byte);
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on("data", (part: Buffer) => parts.push(part));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  let crc = 0;
  for (let written = 0; written < size; written += chunk.length) {
    const piece = size - written >= chunk.length ? chunk : chunk.subarray(0, size - written);
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await done;
  return { deflated: Buffer.concat(parts), size, crc };
}

/**
 * Entries in the order Excel writes them (workbook, styles and shared strings before the sheets); exceljs's
 * writer puts xl/workbook.xml last, which some streaming readers handle worse. Returns a re-zipped copy.
 */
export async function inExcelOrder(bytes: Buffer): Promise<Buffer> {
  const rank = (name: string) =>
    [
      /^\[Content_Types\]/,
      /^_rels\//,
      /^docProps\//,
      /^xl\/workbook\.xml$/,
      /^xl\/_rels\//,
      /^xl\/styles/,
      /^xl\/sharedStrings/,
      /^xl\/theme\//,
    ].findIndex((pattern) => pattern.test(name)) >>> 0; // -1 (not listed) becomes the largest rank: after the listed parts, in their original order
  const entries = [...(await readZip(bytes))].filter(([name]) => !name.endsWith("/"));
  entries.sort((a, b) => rank(a[0]) - rank(b[0]));
  return writeZip(entries.map(([name, data]) => ({ name, data })));
}
