import { refuse } from "./guard.js";
import { XmlError, XmlScanner } from "./xml.js";
import type { ZipPart, ZipView } from "./zip.js";

/**
 * Scan one part of the package: inflate it through the zip view and hand the tokenizer to `drain` after each
 * chunk, which takes every token it can and returns false once it needs no more (the rest is still inflated,
 * so size and CRC are checked, but not scanned). Parts are UTF-8 as Excel writes them; a UTF-16 part (which
 * OPC allows) is transcoded on the way, and a part declaring any other encoding is refused.
 */
export async function scanPart(
  zip: ZipView,
  part: ZipPart,
  drain: (scanner: XmlScanner) => boolean,
  options: { readonly maxBytes?: number; readonly onInput?: (bytes: number) => void } = {},
): Promise<void> {
  const scanner = new XmlScanner();
  let scanning = true;
  let first = true;
  let utf16: TextDecoder | undefined;
  const feed = (bytes: Uint8Array) => {
    scanner.push(bytes);
    scanning = drain(scanner);
  };
  try {
    await zip.read(
      part,
      (chunk) => {
        if (!scanning) return;
        let bytes: Uint8Array = chunk;
        if (first) {
          first = false;
          const encoding = bomEncoding(chunk);
          if (encoding === "utf-8") bytes = chunk.subarray(3);
          else if (encoding) utf16 = new TextDecoder(encoding);
          else checkDeclaredEncoding(chunk, part.name);
        }
        feed(utf16 ? Buffer.from(utf16.decode(bytes, { stream: true }), "utf8") : bytes);
      },
      options,
    );
    if (!scanning) return;
    if (utf16) scanner.push(Buffer.from(utf16.decode(), "utf8"));
    scanner.close();
    drain(scanner);
  } catch (cause) {
    if (cause instanceof XmlError) {
      throw refuse(`the part ${part.name} is not well-formed XML: ${cause.message}`);
    }
    throw cause;
  }
}

function bomEncoding(chunk: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" | undefined {
  if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) return "utf-8";
  if (chunk[0] === 0xff && chunk[1] === 0xfe) return "utf-16le";
  if (chunk[0] === 0xfe && chunk[1] === 0xff) return "utf-16be";
  return undefined;
}

/** `<?xml version="1.0" encoding="…"?>` naming anything but UTF-8 (without a BOM, nothing else can be read). */
function checkDeclaredEncoding(chunk: Buffer, name: string): void {
  const head = chunk.toString("latin1", 0, Math.min(chunk.length, 200));
  const declared = /^<\?xml[^>]*?\sencoding\s*=\s*["']([^"']*)["']/.exec(head)?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) {
    throw refuse(
      `the part ${name} is encoded as ${JSON.stringify(declared)}, not UTF-8 (save the workbook again in Excel)`,
    );
  }
}
