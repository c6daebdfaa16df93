import { serialToDate } from "../../../shared/excel/dates.js";
import { cellAddress, quoteSheet } from "../problems.js";
import { COLUMN_BLOCK_BITS, COLUMN_BLOCK_MASK, type NumberColumn, numberColumn } from "../workbook/column-views.js";
import type { SectionName, WorkbookData } from "../workbook/data.js";
import type { Window } from "./scope.js";

/** A figure and the formula that checks it ("=…"). */
export interface Figure {
  readonly value: number;
  readonly formula: string;
}

/**
 * The Excel formula a finance user would type to check a report figure, written next to the figure in the JSON
 * model (`formulas: { field: "=…" }`). Formulas read the workbook's own ranges (`Deals!$I$2:$I$121`: the rows
 * the report read, so a header or a note below the table is never counted), filter them with FILTER and
 * array arithmetic (Excel 365), and call the same GOALS functions the report's figures come from. The
 * agreement test (test/report/agreement.test.ts) evaluates every one of them on the same cells and compares.
 *
 * Builders return formula text without the leading "=", so they nest; `formula()` adds it.
 */
export class FormulaBook {
  private readonly ranges = new Map<string, string>();

  /** `dealRows`: the Deals rows' sheet row numbers when the caller has read them by column already. */
  constructor(data: WorkbookData, dealRows?: NumberColumn) {
    for (const section of ["deals", "transactions", "reps", "goals"] as const) {
      const records = data[section];
      const source = data.sources[section];
      if (!records || records.length === 0 || !source) continue;
      // Read by column: the Deals sheet's rows are a table (record-table.ts), read without a handle per row.
      let first = Number.POSITIVE_INFINITY;
      let last = 0;
      const rows = (section === "deals" ? dealRows : undefined) ?? numberColumn<{ row: number }>(records, "row");
      for (let i = 0; i < records.length; i++) {
        const row = (rows[i >>> COLUMN_BLOCK_BITS] as Float64Array)[i & COLUMN_BLOCK_MASK] as number;
        if (row < first) first = row;
        if (row > last) last = row;
      }
      for (const [field, col] of Object.entries(source.columns)) {
        const sheet = quoteSheet(source.sheet);
        const top = absolute(cellAddress(first, col));
        const bottom = absolute(cellAddress(last, col));
        this.ranges.set(`${section}.${field}`, `${sheet}!${top}:${bottom}`);
        this.ranges.set(`${section}.${field}@sheet`, sheet);
        this.ranges.set(`${section}.${field}@col`, String(col));
      }
    }
  }

  /** The range of a column, or undefined when the sheet has no such column. */
  range(section: SectionName, field: string): string | undefined {
    return this.ranges.get(`${section}.${field}`);
  }

  /** One cell of a column: `Goals!$E$5`. */
  cell(section: SectionName, field: string, row: number): string | undefined {
    const sheet = this.ranges.get(`${section}.${field}@sheet`);
    const col = this.ranges.get(`${section}.${field}@col`);
    return sheet && col ? `${sheet}!${absolute(cellAddress(row, Number(col)))}` : undefined;
  }

  /**
   * Like range(), for columns a figure cannot be written without. A column the sheet does not have (an Amount
   * the import derived from Quantity × Unit price) gives a MISSING marker, and dropUncheckable() then leaves
   * the figure's formula out rather than show one that cannot work on the sheet's cells.
   */
  col(section: SectionName, field: string): string {
    return this.range(section, field) ?? `${section}_${field}${MISSING}`;
  }

  /** The deals' outcome as Goalsheet classifies it, one word per row: GOALS.OUTCOME(Deals!…)="won". */
  outcomeIs(outcome: "won" | "lost" | "no decision" | "open"): string {
    return `(GOALS.OUTCOME(${this.col("deals", "outcome")})="${outcome}")`;
  }

  /** 1 for rows whose date column falls in the window (serial days, inclusive; times of day count in it). */
  within(section: SectionName, field: string, window: Window): string {
    const range = this.col(section, field);
    return `(${range}>=${date(window.from)})*(${range}<${date(window.to + 1)})`;
  }

  /** 1 for rows of a group, compared exactly as the report groups (case and all); "" is the blank group. */
  groupIs(section: SectionName, field: string, value: string): string {
    const range = this.col(section, field);
    return value === "" ? `(${range}="")` : `EXACT(${range},${text(value)})`;
  }

  /** 1 for rows of a rep named case-insensitively, as goal owners are matched (Excel's = ignores case). */
  repIs(name: string): string {
    return `(${this.col("deals", "rep")}=${text(name)})`;
  }

  /** 1 for rows whose column is not blank. */
  present(section: SectionName, field: string): string {
    return `(${this.col(section, field)}<>"")`;
  }
}

/** Every condition at once (a product of 0/1 arrays); "1" when there are none. */
export const all = (...conditions: readonly (string | undefined)[]): string => {
  const kept = conditions.filter((c): c is string => c !== undefined && c !== "");
  return kept.length === 0 ? "1" : kept.join("*");
};

/** FILTER(range, condition): the rows a figure counts (the whole range when every row counts). */
export const filter = (range: string, condition: string): string =>
  condition === "1" ? range : `FILTER(${range},${condition})`;

/** The sum (or, with one array, the count) of a product of arrays. */
export const sumproduct = (...factors: readonly string[]): string => `SUMPRODUCT(${factors.join("*")})`;

/** DATE(y,m,d) of a serial day (1900 system), so the formula reads as a date and works in either date system. */
export function date(serial: number): string {
  const d = serialToDate(Math.floor(serial));
  return `DATE(${d.getUTCFullYear()},${d.getUTCMonth() + 1},${d.getUTCDate()})`;
}

/** A text literal, quotes doubled. */
export const text = (value: string): string => `"${value.replace(/"/g, '""')}"`;

/** A number as a literal Excel reads back exactly (shortest round-trip form). */
export const num = (value: number): string => (Object.is(value, -0) ? "0" : String(value));

/** An array constant {"a",0.1;"b",0.25}: rows separated by ";", columns by ",". */
export const arrayConstant = (rows: readonly (readonly (string | number)[])[]): string =>
  `{${rows.map((row) => row.map((v) => (typeof v === "number" ? num(v) : text(v))).join(",")).join(";")}}`;

/** The formula text with its "=". */
export const formula = (expression: string): string => `=${expression}`;

const absolute = (address: string): string => address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

/** booked × days in the period / days elapsed: shared/kpi/forecast.ts's run-rate, written out (no GOALS function). */
export const runRateFormula = (booked: string, start: number, end: number, asOf: number): string =>
  `(${booked})*(${date(end)}-${date(start)}+1)/(MIN(${date(end)},${date(asOf)})-${date(start)}+1)`;

/** Only the formulas a figure has: a figure the data cannot give carries none (not an `undefined` entry). */
export const defined = <K extends string>(formulas: Readonly<Partial<Record<K, string | undefined>>>) =>
  Object.fromEntries(Object.entries(formulas).filter(([, f]) => f !== undefined)) as Partial<Record<K, string>>;

const MISSING = "_missing";

/** Remove, in place, every formula that names a column the sheet does not have (see FormulaBook.col). */
export function dropUncheckable(value: unknown): void {
  if (Array.isArray(value)) {
    for (const v of value) dropUncheckable(v);
    return;
  }
  if (value === null || typeof value !== "object") return;
  const owner = value as Record<string, unknown>;
  const formulas = owner.formulas as Record<string, string> | undefined;
  if (formulas && typeof formulas === "object" && !Array.isArray(formulas)) {
    for (const [key, f] of Object.entries(formulas))
      if (typeof f === "string" && f.includes(MISSING)) delete formulas[key];
  }
  for (const [key, v] of Object.entries(owner)) if (key !== "formulas") dropUncheckable(v);
}
