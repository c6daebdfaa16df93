import type { TransactionRecord } from "../workbook/contract.js";
import type { DealRows, WorkbookData } from "../workbook/data.js";
import { type DealColumns, dealColumns } from "./deal-columns.js";
import { FormulaBook } from "./formulas.js";
import { type Outcomes, outcomesOf } from "./outcomes.js";
import type { Period } from "./period.js";
import { type DealScope, dealScope } from "./scope.js";

/**
 * What every section is built from, worked out once per report: the rows, the fiscal period, each deal's
 * outcome (classified once by the core), the deals the deal sections count, and the formula book that writes
 * the Excel formula next to each figure.
 */
export interface ModelContext {
  readonly data: WorkbookData;
  readonly period: Period;
  readonly rtl: boolean;
  readonly book: FormulaBook;
  readonly deals: DealsContext | undefined;
  /** The Transactions rows, every field present (the contract requires them; the type allows blanks). */
  readonly purchases: readonly Purchase[] | undefined;
}

export interface Purchase {
  readonly customer: string;
  readonly date: number;
  readonly amount: number;
}

function purchasesOf(rows: readonly TransactionRecord[]): Purchase[] {
  const purchases: Purchase[] = [];
  for (const t of rows) {
    if (t.customer !== undefined && t.date !== undefined && t.amount !== undefined)
      purchases.push({ customer: t.customer, date: t.date, amount: t.amount });
  }
  return purchases;
}

export interface DealsContext {
  readonly records: DealRows;
  readonly outcomes: Outcomes;
  /** The fields every pass reads, by column (deal-columns.ts). */
  readonly columns: DealColumns;
  readonly scope: DealScope;
}

export function modelContext(data: WorkbookData, period: Period, rtl: boolean): ModelContext {
  const records = data.deals;
  let deals: DealsContext | undefined;
  if (records && records.length > 0) {
    const outcomes = outcomesOf(records);
    const columns = dealColumns(records, outcomes);
    deals = { records, outcomes, columns, scope: dealScope(columns, period) };
  }
  const purchases = data.transactions ? purchasesOf(data.transactions) : undefined;
  return { data, period, rtl, book: new FormulaBook(data, deals?.columns.row), deals, purchases };
}
