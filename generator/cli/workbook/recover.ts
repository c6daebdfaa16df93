import type { CellValue } from "../../../shared/excel/values.js";
import { errorCell } from "../../report/workbook/cells.js";
import { forEachZipEntry, xmlAttribute, xmlDecode } from "./zip.js";

/**
 * Cached formula results that exceljs loses (see cells.ts), read from the sheet XML before the sheet is
 * streamed. A light scan, not an XML parse: the text is searched for `<f` and only the cells around those
 * hits are read, so a sheet without formulas costs one inflate and a string search. Only values exceljs
 * mangles are kept (0, FALSE, TRUE, "", errors), so the map stays small unless a sheet is full of them.
 */
export async function cachedFormulaValues(bytes: Uint8Array, part: string): Promise<Map<string, CellValue>> {
  const found = new Map<string, CellValue>();
  await forEachZipEntry(
    bytes,
    (name) => name === part,
    async (_name, chunks) => {
      // Bytes, not text: most sheets have no formula at all, and a byte search skips decoding them.
      let pending: Buffer = Buffer.alloc(0);
      for await (const chunk of chunks) {
        pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
        // Scan only whole rows; the rest waits for the next chunk.
        const end = pending.lastIndexOf(ROW_END);
        if (end < 0) continue;
        scanBytes(pending.subarray(0, end), found);
        pending = Buffer.from(pending.subarray(end));
      }
      scanBytes(pending, found);
    },
  );
  return found;
}

const ROW_END = Buffer.from("</row>");
const FORMULA = Buffer.from("<f");

function scanBytes(xml: Buffer, found: Map<string, CellValue>): void {
  if (xml.indexOf(FORMULA) >= 0) scanFormulaCells(xml.toString("utf8"), found);
}

const VALUE = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/;

/** Every formula cell of an XML fragment of whole rows whose cached value exceljs would lose, by address. */
export function scanFormulaCells(xml: string, found: Map<string, CellValue>): void {
  for (let at = xml.indexOf("<f"); at >= 0; at = xml.indexOf("<f", at + 2)) {
    const next = xml.charAt(at + 2);
    if (next !== " " && next !== ">" && next !== "/") continue;
    const start = xml.lastIndexOf("<c ", at);
    const close = xml.indexOf("</c>", at);
    if (start < 0 || close < 0) continue;
    const tagEnd = xml.indexOf(">", start);
    const attributes = xml.slice(start + 3, tagEnd);
    const address = xmlAttribute(attributes, "r");
    const v = VALUE.exec(xml.slice(tagEnd + 1, close));
    if (!address || !v) continue;
    const value = cachedValue(xmlAttribute(attributes, "t"), xmlDecode(v[1] as string));
    if (value === 0 || value === "" || typeof value === "boolean" || (typeof value === "object" && value !== null))
      found.set(address, value);
  }
}

/** A cached `<v>` by the cell's type attribute: b boolean, e error, str text, otherwise a number. */
export function cachedValue(type: string | undefined, text: string): CellValue {
  switch (type) {
    case "b":
      return text.trim() === "1" || text.trim().toLowerCase() === "true";
    case "e":
      return errorCell(text.trim());
    case "str":
    case "inlineStr":
      return text;
    default: {
      const n = Number(text);
      return text.trim() !== "" && Number.isFinite(n) ? n : null;
    }
  }
}
