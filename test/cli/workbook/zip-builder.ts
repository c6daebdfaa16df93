import { crc32, deflateRawSync } from "node:zlib";

/**
 * A zip writer for tests that can make the local header and the central directory disagree, store or deflate,
 * and write data descriptors: each field the reader checks can be bent on its own. (scripts/hostile/zip.ts lies
 * only about sizes and flags; these cases need more.)
 */
export interface BuiltEntry {
  readonly name: string;
  readonly data: Buffer | string;
  /** 0 stored, 8 deflated (default). */
  readonly method?: 0 | 8;
  /** Write CRC and sizes in a data descriptor after the data (flag bit 3), zeros in the local header. */
  readonly descriptor?: boolean;
  /** What the local header says instead of the truth (the directory keeps the truth unless `directory` says). */
  readonly local?: { readonly name?: string; readonly method?: number; readonly size?: number; readonly crc?: number };
  readonly directory?: { readonly size?: number; readonly crc?: number; readonly method?: number };
}

/** Deflated bytes and CRC of a Buffer used by many entries (thousands of identical filler entries). */
const packed = new WeakMap<Buffer, { deflated: Buffer; crc: number }>();

export function buildZip(entries: readonly BuiltEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, "utf8");
    const method = entry.method ?? 8;
    let pack = Buffer.isBuffer(entry.data) ? packed.get(entry.data) : undefined;
    if (!pack) {
      pack = { deflated: deflateRawSync(data), crc: crc32(data) >>> 0 };
      if (Buffer.isBuffer(entry.data)) packed.set(entry.data, pack);
    }
    const stored = method === 0 ? data : pack.deflated;
    const crc = pack.crc;
    const flags = 0x0800 | (entry.descriptor ? 0x8 : 0);
    const name = Buffer.from(entry.name, "utf8");
    const localName = Buffer.from(entry.local?.name ?? entry.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(entry.local?.method ?? method, 8);
    local.writeUInt32LE(0x00210000, 10);
    local.writeUInt32LE(entry.descriptor ? 0 : (entry.local?.crc ?? crc) >>> 0, 14);
    local.writeUInt32LE(entry.descriptor ? 0 : stored.length, 18);
    local.writeUInt32LE(entry.descriptor ? 0 : (entry.local?.size ?? data.length), 22);
    local.writeUInt16LE(localName.length, 26);
    const descriptor = Buffer.alloc(entry.descriptor ? 16 : 0);
    if (entry.descriptor) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(stored.length, 8);
      descriptor.writeUInt32LE(data.length, 12);
    }
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(flags, 8);
    record.writeUInt16LE(entry.directory?.method ?? method, 10);
    record.writeUInt32LE(0x00210000, 12);
    record.writeUInt32LE((entry.directory?.crc ?? crc) >>> 0, 16);
    record.writeUInt32LE(stored.length, 20);
    record.writeUInt32LE(entry.directory?.size ?? data.length, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    parts.push(local, localName, stored, descriptor);
    central.push(record, name);
    offset += local.length + localName.length + stored.length + descriptor.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * The parts of a minimal workbook, as a writer would lay them out: sheets by name with their XML rows,
 * optional shared strings, relationship targets in the given style. Returned as entries, so a test can
 * reorder, drop or bend them before building the zip.
 */
export function workbookEntries(
  sheets: readonly { readonly name: string; readonly rows: string }[],
  options: {
    readonly strings?: readonly string[];
    readonly targets?: "relative" | "absolute" | "parent";
    readonly date1904?: boolean;
    readonly styles?: string;
  } = {},
): BuiltEntry[] {
  const target = (path: string) =>
    options.targets === "absolute" ? `/xl/${path}` : options.targets === "parent" ? `../xl/${path}` : path;
  const rels = sheets.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${DOC}/worksheet" Target="${target(`worksheets/sheet${i + 1}.xml`)}"/>`,
  );
  if (options.strings)
    rels.push(`<Relationship Id="rIdS" Type="${DOC}/sharedStrings" Target="${target("sharedStrings.xml")}"/>`);
  if (options.styles) rels.push(`<Relationship Id="rIdT" Type="${DOC}/styles" Target="${target("styles.xml")}"/>`);
  const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  const entries: BuiltEntry[] = [
    {
      name: "[Content_Types].xml",
      data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    },
    {
      name: "_rels/.rels",
      data: `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<workbook xmlns="${MAIN}" xmlns:r="${DOC}">${options.date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets>${sheets
        .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("")}</sheets></workbook>`,
    },
    { name: "xl/_rels/workbook.xml.rels", data: `<Relationships xmlns="${RELS}">${rels.join("")}</Relationships>` },
    ...sheets.map((s, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: `<worksheet xmlns="${MAIN}"><sheetData>${s.rows}</sheetData></worksheet>`,
    })),
  ];
  if (options.strings)
    entries.push({
      name: "xl/sharedStrings.xml",
      data: `<sst xmlns="${MAIN}" count="${options.strings.length}">${options.strings.map((t) => `<si><t>${escapeXml(t)}</t></si>`).join("")}</sst>`,
    });
  if (options.styles) entries.push({ name: "xl/styles.xml", data: options.styles });
  return entries;
}
