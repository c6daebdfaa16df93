import yauzl from "yauzl";

/**
 * Minimal access to the parts of an .xlsx (a zip) that exceljs's streaming reader does not expose: the
 * workbook's date system, table definitions, and the raw sheet XML for cached formula results. Entries are
 * streamed, never inflated whole.
 */
function openZip(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true },
      (error, zip) => (error || !zip ? reject(error ?? new Error("cannot open the zip")) : resolve(zip)),
    );
  });
}

/** Visit the entries whose names `want` accepts, one at a time, with a stream of each entry's inflated bytes. */
export async function forEachZipEntry(
  bytes: Uint8Array,
  want: (name: string) => boolean,
  visit: (name: string, chunks: AsyncIterable<Buffer>) => Promise<void>,
): Promise<void> {
  const zip = await openZip(bytes);
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on("error", reject);
      zip.on("end", () => resolve());
      zip.on("entry", (entry: yauzl.Entry) => {
        if (!want(entry.fileName)) {
          zip.readEntry();
          return;
        }
        zip.openReadStream(entry, (error, stream) => {
          if (error || !stream) {
            reject(error ?? new Error(`cannot read ${entry.fileName}`));
            return;
          }
          visit(entry.fileName, stream as AsyncIterable<Buffer>).then(() => zip.readEntry(), reject);
        });
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
}

/** The whole text of the small entries `want` accepts (workbook.xml, rels, tables), by name. */
export async function readZipTexts(bytes: Uint8Array, want: (name: string) => boolean): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  await forEachZipEntry(bytes, want, async (name, chunks) => {
    const parts: Buffer[] = [];
    for await (const chunk of chunks) parts.push(chunk);
    texts.set(name, Buffer.concat(parts).toString("utf8"));
  });
  return texts;
}

/** Attribute value of an XML start tag's text (`name="value"`), XML-decoded. */
export function xmlAttribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(tag);
  return m ? xmlDecode(m[1] as string) : undefined;
}

export function xmlDecode(text: string): string {
  return text.replace(/&(?:lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-f]+));/gi, (entity, dec, hex) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&amp;": "&" }[entity] ?? entity;
  });
}
