import { mib, refuse } from "./guard.js";
import { scanPart } from "./part.js";
import { decodeOoxmlEscapes, TextBytes } from "./text.js";
import { CLOSE, OPEN, TEXT } from "./xml.js";
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
  await scanPart(zip, part, (s) => {
    for (;;) {
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
          const value = decodeOoxmlEscapes(text.text());
          // A string costs about its UTF-16 size plus a header and its array slot.
          held += 2 * value.length + 32;
          if (held > maxBytes) {
            throw refuse(
              `the shared strings of ${part.name} need more than ${mib(maxBytes)} of memory (${strings.length} strings read so far); split the workbook`,
            );
          }
          strings.push(value);
        }
      } else if (s.is("rPh")) inPhonetic = open && !s.selfClosing;
    }
  });
  return strings;
}
