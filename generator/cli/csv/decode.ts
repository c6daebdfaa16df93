/**
 * CSV bytes to text. Exports come in UTF-8 (with or without a byte-order mark: Excel's "CSV UTF-8" writes
 * one), UTF-16 with a mark (Excel's "Unicode Text", some Salesforce and Dynamics exports) and Windows-1252
 * (Excel's plain "CSV" on a Western Windows). The mark decides when there is one; otherwise text that is
 * valid UTF-8 is UTF-8, and anything else is read as Windows-1252, whose every byte is a character.
 */
export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  readonly text: string;
  readonly encoding: Encoding;
}

export function decodeCsv(bytes: Uint8Array): DecodedText {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: decode("utf-8", bytes.subarray(3)), encoding: "utf-8" };
  if (a === 0xff && b === 0xfe) return { text: decode("utf-16le", bytes.subarray(2)), encoding: "utf-16le" };
  if (a === 0xfe && b === 0xff) return { text: decode("utf-16be", bytes.subarray(2)), encoding: "utf-16be" };
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return { text: decode(utf16, bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decode("windows-1252", bytes), encoding: "windows-1252" };
  }
}

function decode(encoding: Encoding, bytes: Uint8Array): string {
  if (encoding === "windows-1252") return decodeWindows1252(bytes);
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * Node's TextDecoder("windows-1252") decodes as ISO-8859-1, which leaves 0x80–0x9F as control characters
 * (0x80 is "€" in Windows-1252, the byte a European "CSV" is most likely to hold): those 32 are mapped here.
 */
const CP1252_HIGH =
  "\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd" +
  "\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder("latin1").decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80] as string);
}

/**
 * UTF-16 text without a mark still shows itself: ASCII letters leave a zero byte beside every character.
 * When most of the first bytes at even (or odd) offsets are zero, the text is UTF-16 BE (or LE).
 */
function utf16WithoutMark(bytes: Uint8Array): Encoding | undefined {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.6 && evenZero < half * 0.1) return "utf-16le";
  if (evenZero > half * 0.6 && oddZero < half * 0.1) return "utf-16be";
  return undefined;
}
