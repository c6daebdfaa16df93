import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/**
 * Small workbooks built in memory for the workbook-layer tests. `build` fills an exceljs workbook;
 * `patchSheetXml` rewrites a sheet's XML by hand, for what exceljs cannot write (a formula whose cached
 * value is 0, FALSE or an error, as Excel saves it).
 */
export async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export function patchSheetXml(bytes: Uint8Array, part: string, patch: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const xml = files[part];
  if (!xml) throw new Error(`no ${part} in the workbook`);
  files[part] = strToU8(patch(strFromU8(xml)));
  return zipSync(files);
}

/** Add rows of raw `<c>` XML at the end of a sheet's data. */
export function appendRowsXml(rowsXml: string): (xml: string) => string {
  return (xml) =>
    xml.replace("</sheetData>", `${rowsXml}</sheetData>`).replace(/<sheetData\/>/, `<sheetData>${rowsXml}</sheetData>`);
}
