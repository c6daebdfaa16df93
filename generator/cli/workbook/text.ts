import { XmlError } from "./xml.js";

/**
 * The bytes of one value (a cell's `<v>`, a string's `<t>` runs, an attribute), collected across chunks and
 * decoded once: UTF-8, then line ends (XML turns CR LF and lone CR into LF), then entities. Decoding once at
 * the end means an entity or a UTF-8 sequence split between two chunks needs no special care.
 */
const AMP = 38;
const CR = 13;
const LT = 60;

/** Longest single value kept (Excel holds at most 32,767 characters in a cell; this is far above it). */
export const MAX_TEXT = 16 << 20;

export class TextBytes {
  bytes: Buffer = Buffer.allocUnsafeSlow(256);
  length = 0;
  /** OR of every byte: above 127 means non-ASCII (decode as UTF-8, else the faster latin1). */
  private high = 0;
  private amp = false;
  private cr = false;

  reset(): void {
    this.length = 0;
    this.high = 0;
    this.amp = false;
    this.cr = false;
  }

  append(buf: Uint8Array, start: number, end: number): void {
    const n = end - start;
    if (this.length + n > this.bytes.length) this.grow(this.length + n);
    const out = this.bytes;
    let at = this.length;
    let high = this.high;
    for (let i = start; i < end; i++) {
      const b = buf[i] as number;
      if (b === AMP) this.amp = true;
      else if (b === CR) this.cr = true;
      high |= b;
      out[at++] = b;
    }
    this.high = high;
    this.length = at;
  }

  /** CDATA is literal: escape what the entity decoding would otherwise change. */
  appendLiteral(buf: Uint8Array, start: number, end: number): void {
    for (let i = start; i < end; i++) {
      const b = buf[i] as number;
      if (b === AMP) this.appendAscii("&amp;");
      else if (b === LT) this.appendAscii("&lt;");
      else this.append(buf, i, i + 1);
    }
  }

  private appendAscii(text: string): void {
    this.append(Buffer.from(text, "latin1"), 0, text.length);
  }

  private grow(needed: number): void {
    if (needed > MAX_TEXT) throw new XmlError(`a value is longer than ${MAX_TEXT} bytes`, 0);
    const bytes = Buffer.allocUnsafeSlow(Math.min(MAX_TEXT, Math.max(needed, this.bytes.length * 2)));
    this.bytes.copy(bytes, 0, 0, this.length);
    this.bytes = bytes;
  }

  /** The decoded text. */
  text(): string {
    let s = this.bytes.toString(this.high < 128 ? "latin1" : "utf8", 0, this.length);
    if (this.cr) s = s.replace(/\r\n?/g, "\n");
    return this.amp ? decodeEntities(s) : s;
  }

  /** The bytes as latin1 text without decoding (for numbers, indexes and codes, which are ASCII). */
  raw(): string {
    return this.bytes.toString("latin1", 0, this.length);
  }
}

const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Replace XML's predefined entities and character references; anything else is malformed XML. */
export function decodeEntities(text: string): string {
  let out = "";
  let from = 0;
  for (let at = text.indexOf("&"); at >= 0; at = text.indexOf("&", from)) {
    const semi = text.indexOf(";", at + 1);
    const name = semi > at && semi - at <= 12 ? text.slice(at + 1, semi) : "";
    let char = NAMED[name];
    if (char === undefined && name.startsWith("#")) {
      const code = /^#x[0-9a-f]{1,6}$/i.test(name)
        ? Number.parseInt(name.slice(2), 16)
        : /^#[0-9]{1,7}$/.test(name)
          ? Number(name.slice(1))
          : -1;
      if (code > 0 && code <= 0x10ffff) char = String.fromCodePoint(code);
    }
    if (char === undefined) throw new XmlError(`unknown entity "${text.slice(at, Math.max(semi + 1, at + 1))}"`, 0);
    out += text.slice(from, at) + char;
    from = semi + 1;
  }
  return out + text.slice(from);
}

/**
 * OOXML's escape for characters XML cannot carry in a string: `_x000D_` is a carriage return, and `_x005F_`
 * escapes an underscore so that a literal "_x000D_" survives (Excel writes it as "_x005F_x000D_").
 */
export function decodeOoxmlEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** An attribute value: literal tabs and line ends become spaces (XML's attribute normalisation), then entities. */
export function attributeText(buf: Uint8Array, start: number, end: number): string {
  let s = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString("utf8", start, end);
  if (/[\t\n\r]/.test(s)) s = s.replace(/\r\n|[\t\n\r]/g, " ");
  return s.includes("&") ? decodeEntities(s) : s;
}
