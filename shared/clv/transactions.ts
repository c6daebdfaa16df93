import { MAX_ROWS } from "../excel/cells.js";
import { serialToIso } from "../excel/dates.js";
import { describeValue, type ExcelError, isExcelError, numError, valueError } from "../excel/errors.js";
import { dateCellToSerial } from "../excel/params.js";
import {
  type CellValue,
  cellToNumber,
  describeShape,
  isBlank,
  type Matrix,
  placeOf,
  shapeOf,
} from "../excel/values.js";
import { isPlaceholder } from "./placeholders.js";
import type { ClvTransaction } from "./summary.js";

/**
 * Transactions from three same-shaped ranges (customer, date, amount), as a table's columns arrive in Excel.
 * Rows blank in all three are skipped (a table's spare rows), and so are rows of a placeholder customer such
 * as "NA" or "(blank)" (placeholders.ts), as the report leaves them out; anything else must be a full, valid
 * row (a blank customer is an error), and the first bad cell is reported with its place. Dates after `asOf` are future purchases for the fit: an error.
 */
export function transactionsFromRanges(
  customers: Matrix,
  dates: Matrix,
  amounts: Matrix,
  asOf: number | undefined,
): ClvTransaction[] | ExcelError {
  for (const [name, range] of [
    ["dates", dates],
    ["amounts", amounts],
  ] as const) {
    const a = shapeOf(range);
    const c = shapeOf(customers);
    if (a.rows !== c.rows || a.cols !== c.cols) {
      return valueError(
        `${name} must be the same size as customers: customers is ${describeShape(customers)}, ${name} is ${describeShape(range)}`,
      );
    }
  }
  const { rows, cols } = shapeOf(customers);
  // A fit reads every transaction several times: one full column (about 10 s) is the most one cell may ask for.
  if (rows * cols > MAX_ROWS) {
    return numError(
      `customers holds ${(rows * cols).toLocaleString("en")} cells; a CLV fit takes at most ${MAX_ROWS.toLocaleString("en")} transactions (one full column)`,
    );
  }
  const out: ClvTransaction[] = [];
  for (let r = 0; r < customers.length; r++) {
    for (let c = 0; c < cols; c++) {
      const id = cellAt(customers, r, c);
      const date = cellAt(dates, r, c);
      const amount = cellAt(amounts, r, c);
      if (isBlank(id) && isBlank(date) && isBlank(amount)) continue;
      for (const cell of [id, date, amount]) if (isExcelError(cell)) return cell;
      if (isBlank(id)) return valueError(`${placeOf("customers", r, c, cols)} must name a customer, got blank`);
      if (typeof id === "string" && isPlaceholder(id)) continue;
      const serial = dateCellToSerial(date);
      if (serial === undefined) {
        return valueError(
          `${placeOf("dates", r, c, cols)} must be a date (an Excel date or ISO text such as 2026-06-30), got ${describeValue(date)}`,
        );
      }
      if (asOf !== undefined && Math.floor(serial) > Math.floor(asOf)) {
        return valueError(
          `${placeOf("dates", r, c, cols)} must be on or before as_of (${serialToIso(asOf)}), got ${serialToIso(serial)}`,
        );
      }
      const n = cellToNumber(amount, undefined);
      if (n === undefined || typeof amount === "boolean") {
        return valueError(`${placeOf("amounts", r, c, cols)} must be a number, got ${describeValue(amount)}`);
      }
      if (n < 0) return valueError(`${placeOf("amounts", r, c, cols)} must not be negative, got ${n}`);
      out.push({ customer: typeof id === "number" ? id : String(id).trim(), date: serial, amount: n });
    }
  }
  return out;
}

function cellAt(range: Matrix, r: number, c: number): CellValue {
  return ((range[r] as CellValue[])[c] ?? null) as CellValue;
}
