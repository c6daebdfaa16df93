import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../../generator/cli/workbook/read.js";

describe("readWorkbook with workbook.xml after the worksheets in the zip", () => {
  it("still names every sheet (exceljs writes files with many sheets in that order)", async () => {
    const workbook = new ExcelJS.Workbook();
    for (const name of ["Notes", "Summary", "Charts", "Archive", "Misc"]) workbook.addWorksheet(name).addRow(["x"]);
    const deals = workbook.addWorksheet("Deals");
    deals.addRow(["Rep", "Outcome", "Amount"]);
    deals.addRow(["Ana", "Won", 100]);
    deals.addRow(["Bram", "Lost", 50]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const data = await readWorkbook(bytes);
    expect(data.deals?.map((d) => [d.rep, d.outcome, d.amount, d.row])).toEqual([
      ["Ana", "Won", 100, 2],
      ["Bram", "Lost", 50, 3],
    ]);
  });
});
