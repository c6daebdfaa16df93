import { tagEnd } from "./fast.js";
import { mib, refuse } from "./guard.js";
import { scanPart } from "./part.js";
import { decodeOoxmlEscapes, TextBytes } from "./text.js";
import { CLOSE, OPEN, PAD, TEXT, type XmlScanner } from "./xml.js";
import type { ZipPart, ZipView } from "./zip.js";

/**
 * The shared strings table (`sst`): each `si` is one string, either one `t` or rich-text runs (`r`, each with a
 * `t`), plus phonetic guides (`rPh`, furigana over Japanese text) that are not part of the cell's text.
 * Read before any sheet, by name through the zip view, wherever it sits in the zip. Held as an array of
 * strings (cells refer to them by index), within `maxBytes` of memory.
 */
export async function readSharedStrings(zip: ZipView, part: ZipPart, maxBytes: number): Promise<string[]> {
  const strings: string[] = [];
  const text = new TextBytes();
  let inItem = false;
  let inPhonetic = false;
  let inText = false;
  let held = 0;
  const add = (value: string) => {
    // A string costs about its UTF-16 size plus a header and its array slot.
    held += 2 * value.length + 32;
    if (held > maxBytes) {
      throw refuse(
        `the shared strings of ${part.name} need more than ${mib(maxBytes)} of memory (${strings.length} strings read so far); split the workbook`,
      );
    }
    strings.push(value);
  };
  await scanPart(zip, part, (s) => {
    for (;;) {
      if (!inItem && !s.busy()) fastStrings(s, add);
      const kind = s.next();
      if (kind === TEXT) {
        if (inText) {
          if (s.cdata) text.appendLiteral(s.buf, s.textStart, s.textEnd);
          else text.append(s.buf, s.textStart, s.textEnd);
        }
        continue;
      }
      if (kind !== OPEN && kind !== CLOSE) return true;
      const open = kind === OPEN;
      if (s.is("t")) {
        inText = open && inItem && !inPhonetic && !s.selfClosing;
      } else if (s.is("si")) {
        if (open) {
          inItem = true;
          text.reset();
        }
        if (!open || s.selfClosing) {
          inItem = false;
          add(decodeOoxmlEscapes(text.text()));
        }
      } else if (s.is("rPh")) inPhonetic = open && !s.selfClosing;
    }
  });
  return strings;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const AMP = 38;
const CR = 13;
const SPACE = 32;
const s_ = 115;
const i_ = 105;
const t_ = 116;

/**
 * The common shape of a shared string, `<si><t>text</t></si>` (or `<t xml:space="preserve">`) with no entity
 * or CR in the text, read straight from the bytes; anything else (rich text, phonetics, entities, a string cut
 * by the end of the buffer) is left, unread, to the tokenizer. A million strings take a fraction of the time.
 */
function fastStrings(s: XmlScanner, add: (value: string) => void): void {
  // Reads past `end` land on the scanner's sentinel bytes (see fast.ts), never out of bounds.
  const buf = s.padded;
  const end = s.end;
  if (buf.length < end + PAD) return;
  let p = s.pos;
  for (;;) {
    if (buf[p] !== LT || buf[p + 1] !== s_ || buf[p + 2] !== i_ || buf[p + 3] !== GT) break;
    if (buf[p + 4] !== LT || buf[p + 5] !== t_) break;
    let q = p + 6;
    if (buf[q] === GT) q++;
    else if (buf[q] === SPACE) {
      q = tagEnd(buf, q, end);
      if (q < 0 || buf[q - 2] === SLASH) break;
    } else break;
    const start = q;
    let high = 0;
    let x = buf[q];
    while (x !== undefined && x !== LT && x !== AMP && x !== CR) {
      high |= x;
      x = buf[++q];
    }
    if (x !== LT || buf[q + 1] !== SLASH || buf[q + 2] !== t_ || buf[q + 3] !== GT) break;
    if (buf[q + 4] !== LT || buf[q + 5] !== SLASH || buf[q + 6] !== s_ || buf[q + 7] !== i_ || buf[q + 8] !== GT) break;
    add(decodeOoxmlEscapes(buf.toString(high < 128 ? "latin1" : "utf8", start, q)));
    p = q + 9;
  }
  s.skipTo(p);
}
