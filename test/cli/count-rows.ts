import ExcelJS from "exceljs";

/** Rows below the header with anything in them, per sheet, read with exceljs (not with Goalsheet's reader). */
export async function countRows(workbook: Uint8Array | string): Promise<{ goals: number; deals: number }> {
  const book = new ExcelJS.Workbook();
  if (typeof workbook === "string") await book.xlsx.readFile(workbook);
  else await book.xlsx.load(Buffer.from(workbook) as unknown as ArrayBuffer);
  const filled = (name: string) => {
    let n = 0;
    book.getWorksheet(name)?.eachRow((row, i) => {
      if (i > 1 && (row.values as unknown[]).some((v) => v !== null && v !== undefined && v !== "")) n++;
    });
    return n;
  };
  return { goals: filled("Goals"), deals: filled("Deals") };
}
