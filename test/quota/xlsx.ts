import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/** The text parts of an .xlsx by path. */
export function parts(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, data] of Object.entries(unzipSync(bytes))) if (!name.endsWith("/")) out.set(name, strFromU8(data));
  return out;
}

/** A sheet's XML by the sheet's name, following workbook.xml and its relationships. */
export function sheetXml(files: Map<string, string>, name: string): string {
  const tag = files.get("xl/workbook.xml")?.match(new RegExp(`<sheet\\b[^>]*name="${name}"[^>]*>`))?.[0] ?? "";
  const id = /r:id="([^"]+)"/.exec(tag)?.[1];
  const rel = files.get("xl/_rels/workbook.xml.rels")?.match(new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*>`))?.[0];
  const target = rel ? /Target="([^"]+)"/.exec(rel)?.[1] : undefined;
  const xml = target ? files.get(`xl/${target}`) : undefined;
  if (!xml) throw new Error(`no sheet ${name}`);
  return xml;
}

/** Every cell's XML (`<c r="D19" …>…</c>`) by address, read once. */
export function cellsXml(sheet: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"(?:\s[^>]*?)?(?:\/>|>.*?<\/c>)/g)) cells.set(m[1] as string, m[0]);
  return cells;
}

/**
 * exceljs's own loader stops at a table column that has a calculatedColumnFormula (exceljs issue #1240, fix in
 * the unmerged PR #1936), which Excel writes for every calculated column. Tests that read a workbook back with
 * exceljs drop those elements first; Goalsheet's reader does not use exceljs for tables.
 */
export async function loadWithExceljs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const files = unzipSync(bytes);
  for (const [name, data] of Object.entries(files))
    if (/^xl\/tables\/[^/]+\.xml$/.test(name))
      files[name] = strToU8(
        strFromU8(data).replace(
          /<tableColumn\b([^>]*)><calculatedColumnFormula>[^<]*<\/calculatedColumnFormula><\/tableColumn>/g,
          "<tableColumn$1/>",
        ),
      );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(zipSync(files)) as unknown as ArrayBuffer);
  return wb;
}
