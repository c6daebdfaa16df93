import { posix } from "node:path";
import { parseRegion, type SheetLayout, type TableRef } from "../../report/workbook/raw.js";
import { readZipTexts, xmlAttribute } from "./zip.js";

/**
 * What a workbook holds before any row is read: its date system, its sheets (name and XML part) and the
 * Excel tables on each sheet. Read from the small XML parts only, so it costs milliseconds even for a file
 * with a million rows. exceljs's streaming reader exposes neither tables nor (reliably) the date system.
 */
export interface WorkbookLayout {
  readonly date1904: boolean;
  /** Each sheet with its XML part and its relationship id in workbook.xml (how exceljs names a sheet). */
  readonly sheets: readonly (SheetLayout & { readonly part: string; readonly rId: string })[];
}

const SMALL_PART = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|worksheets\/_rels\/[^/]+\.rels|tables\/[^/]+\.xml)$/;

export async function readLayout(bytes: Uint8Array): Promise<WorkbookLayout> {
  const parts = await readZipTexts(bytes, (name) => SMALL_PART.test(name));
  const workbook = parts.get("xl/workbook.xml") ?? "";
  const workbookPr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(workbook)?.[0] ?? "";
  const date1904 = /^(1|true)$/i.test(xmlAttribute(workbookPr, "date1904") ?? "");
  const targets = relationships(parts.get("xl/_rels/workbook.xml.rels"), "xl");

  const sheets = [];
  for (const tag of workbook.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = xmlAttribute(tag, "name") ?? "";
    const id = xmlAttribute(tag, "r:id") ?? "";
    const part = targets.get(id) ?? "";
    const sheetRels = relationships(
      parts.get(`${posix.dirname(part)}/_rels/${posix.basename(part)}.rels`),
      posix.dirname(part),
    );
    const tables: TableRef[] = [];
    for (const tablePart of sheetRels.values()) {
      const xml = parts.get(tablePart);
      const tableTag = xml ? /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0] : undefined;
      if (!tableTag) continue;
      const region = parseRegion(xmlAttribute(tableTag, "ref") ?? "");
      const tableName = xmlAttribute(tableTag, "displayName") ?? xmlAttribute(tableTag, "name");
      if (region && tableName) tables.push({ name: tableName, region });
    }
    sheets.push({ name, part, rId: id, tables });
  }
  return { date1904, sheets };
}

/** A .rels part as id → target part path (resolved against `base`). */
function relationships(xml: string | undefined, base: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const tag of xml?.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const id = xmlAttribute(tag, "Id");
    const target = xmlAttribute(tag, "Target");
    if (!id || !target || xmlAttribute(tag, "TargetMode") === "External") continue;
    out.set(id, target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join(base, target)));
  }
  return out;
}
