/**
 * The baseline for report generation: one bare pass of exceljs's streaming WorkbookReader over a workbook,
 * with the options the report reader needs (shared strings and styles cached, so dates are dates), touching
 * every cell value and doing nothing else. `node bench/bare-reader.mjs <file.xlsx>` prints the row count.
 */
import { createReadStream } from "node:fs";
import ExcelJS from "exceljs";

const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(process.argv[2]), {
  sharedStrings: "cache",
  styles: "cache",
  hyperlinks: "ignore",
  worksheets: "emit",
  entries: "ignore",
});
let rows = 0;
let cells = 0;
for await (const worksheet of reader) {
  for await (const row of worksheet) {
    rows++;
    for (const value of row.values) if (value !== undefined) cells++;
  }
}
process.stdout.write(`${rows} rows, ${cells} cells\n`);
