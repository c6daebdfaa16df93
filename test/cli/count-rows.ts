import { readFile } from "node:fs/promises";
import { loadWithExceljs } from "../quota/xlsx.js";

/** Rows below the header with anything in them, per sheet, read with exceljs (not with Goalsheet's reader). */
export async function countRows(workbook: Uint8Array | string): Promise<{ goals: number; deals: number }> {
  // The starter's Reps table has calculated columns, which exceljs's loader cannot read (see loadWithExceljs).
  const book = await loadWithExceljs(
    typeof workbook === "string" ? new Uint8Array(await readFile(workbook)) : workbook,
  );
  const filled = (name: string) => {
    let n = 0;
    book.getWorksheet(name)?.eachRow((row, i) => {
      if (i > 1 && (row.values as unknown[]).some((v) => v !== null && v !== undefined && v !== "")) n++;
    });
    return n;
  };
  return { goals: filled("Goals"), deals: filled("Deals") };
}
