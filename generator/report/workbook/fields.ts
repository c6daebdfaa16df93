import { describeValue, isExcelError } from "../../../shared/excel/errors.js";
import { dateCellToSerial } from "../../../shared/excel/params.js";
import { type CellValue, cellToNumber, isBlank, parseNumericText } from "../../../shared/excel/values.js";
import { currencyCode, parseAmountText } from "./amounts.js";
import type { ColumnNotes, Deferred } from "./columns.js";
import { words } from "./messages.js";
import { parseTextDate } from "./text-dates.js";

/**
 * Field types for workbook cells. Each takes a normalised cell (a CSV cell is always text) and yields a typed
 * value or an Issue whose message follows the project's pattern: the rule, then the value received ("must be
 * a number, got "abc""). Blank cells become undefined; `required` variants reject them.
 *
 * Plain objects, not a validation library's schemas: the sheet parser calls each field's check once per cell
 * (a million rows), and `goalsheet schema` reads what the field accepts. (They were zod schemas whose check
 * the parser already called directly; loading zod then cost every report about a tenth of its start-up.)
 */
export interface Field<T> extends FieldMeta {
  /** Type only, never set: the value a valid cell becomes. */
  readonly value?: T;
}

/** A sheet's fields by record key. */
export type Fields = Readonly<Record<string, FieldMeta>>;

/** The record a sheet's fields make: every field optional, as a sheet may lack any column. */
export type RecordOf<F extends Fields> = { -readonly [K in keyof F]?: F[K] extends Field<infer T> ? T : never };

/** What a field accepts, so `goalsheet schema` can describe the contract. */
export type CellKind =
  | "text"
  | "number"
  | "nonNegative"
  | "amount"
  | "signedAmount"
  | "date"
  | "boolean"
  | "probability"
  | "currency"
  | "any";

/** A check's result: the value, blank (undefined), a failure, or a value its column must decide. */
export type CheckResult = unknown;

export interface FieldMeta {
  readonly cell: CellKind;
  readonly required: boolean;
  readonly rule: string;
  /**
   * The field's whole check as a plain function: the converted value, an Issue, or (when the parser passes
   * the column's notes) a Deferred value the column decides at the end.
   */
  readonly check: (value: CellValue, notes?: ColumnNotes) => CheckResult;
}

/** A failed check, told apart from any converted value by its class. */
export class Issue {
  readonly message: string;
  constructor(
    readonly code: "required" | "invalid" | "errorCell",
    readonly rule: string,
    readonly value?: string,
  ) {
    this.message = value === undefined ? rule : `${rule}, got ${value}`;
  }
}

type Convert<T> = (v: CellValue, notes: ColumnNotes | undefined) => T | Deferred | undefined;

function field<T>(label: string, rule: string, convert: Convert<T>, required: boolean, kind: CellKind): Field<T> {
  const check = (value: CellValue, notes?: ColumnNotes): CheckResult => {
    if (isExcelError(value)) return new Issue("errorCell", words.errorCell(label, value.error));
    if (isBlank(value)) return required ? new Issue("required", words.required(label), "blank") : undefined;
    const converted = convert(value, notes);
    return converted === undefined ? new Issue("invalid", words.rule(label, rule), describeValue(value)) : converted;
  };
  return { cell: kind, required, rule, check };
}

export const cellText = (label: string, required = false) =>
  field<string>(
    label,
    "must be text",
    (v) => (typeof v === "string" ? v.trim() : typeof v === "number" || typeof v === "boolean" ? String(v) : undefined),
    required,
    "text",
  );

export const cellNumber = (label: string, required = false) =>
  field<number>(label, "must be a number", (v) => cellToNumber(v, undefined), required, "number");

export const cellNonNegative = (label: string, required = false) =>
  field<number>(
    label,
    "must be a number of at least 0",
    (v) => {
      const n = cellToNumber(v, undefined);
      return n !== undefined && n >= 0 ? n : undefined;
    },
    required,
    "nonNegative",
  );

/**
 * Money: a number, or text as exports write it ("$1,200.00", "€ 950,00", "USD 1,200", "(1,200.00)"). The
 * currency written and the decimal separator are noted for the column. Negative amounts are refused unless
 * the sheet nets them (Transactions: credits and returns).
 */
export const cellAmount = (label: string, options: { required?: boolean; negative?: boolean } = {}) =>
  field<number>(
    label,
    options.negative ? "must be an amount" : "must be a number of at least 0",
    (v, notes) => {
      if (typeof v === "boolean") return undefined;
      if (typeof v === "number") return Number.isFinite(v) && (options.negative || v >= 0) ? v : undefined;
      if (typeof v !== "string") return undefined;
      const amount = parseAmountText(v);
      if (!amount || (!options.negative && amount.value < 0)) return undefined;
      return notes ? notes.amount(v.trim(), amount) : amount.ambiguous ? undefined : amount.value;
    },
    options.required ?? false,
    options.negative ? "signedAmount" : "amount",
  );

/**
 * A date: an Excel date cell (already a serial), ISO text (with a time and zone or not), a date with a month
 * name, or a numeric date such as 10/20/2016 whose order the column decides. Yields a 1900-system serial.
 */
export const cellDate = (label: string, required = false) =>
  field<number>(
    label,
    "must be a date (an Excel date or ISO text such as 2026-06-30)",
    (v, notes) => {
      if (typeof v !== "string") return dateCellToSerial(v);
      const text = parseTextDate(v);
      if (!text) return undefined;
      if ("serial" in text) return text.serial;
      return notes ? notes.date(v.trim(), text.numeric) : undefined;
    },
    required,
    "date",
  );

const TRUE_WORDS = new Set(["true", "yes", "y", "t", "1", "waar", "ja", "是", "نعم"]);
const FALSE_WORDS = new Set(["false", "no", "n", "f", "0", "onwaar", "nee", "否", "لا"]);

/** TRUE/FALSE as Excel, CSV exports (true, 1, yes) and Salesforce (true/false, 1/0) write them. */
export function booleanOf(v: CellValue): boolean | undefined {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v === 1 ? true : v === 0 ? false : undefined;
  if (typeof v !== "string") return undefined;
  const word = v.trim().toLowerCase();
  return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : undefined;
}

export const cellBoolean = (label: string) =>
  field<boolean>(label, "must be TRUE or FALSE", booleanOf, false, "boolean");

/**
 * A deal's own win probability: a fraction (0.4), a percentage ("40%"), or a number from 0 to 100 when the
 * column holds percentages (Salesforce's Probability (%)); the column decides which, from its largest value.
 */
export const cellProbability = (label: string) =>
  field<number>(
    label,
    "must be a probability from 0 to 1, or 0% to 100%",
    (v, notes) => {
      if (typeof v === "string" && v.trim().endsWith("%")) {
        const p = parseNumericText(v);
        return p !== undefined && p >= 0 && p <= 1 ? p : undefined;
      }
      const n = cellToNumber(v, undefined);
      if (n === undefined || n < 0 || n > 100 || typeof v === "boolean") return undefined;
      if (!notes) return n <= 1 ? n : undefined;
      return notes.probability(typeof v === "string" ? v.trim() : String(v), n);
    },
    false,
    "probability",
  );

/**
 * A currency in a column of its own: an ISO 4217 code, or a currency's name as Dynamics exports it ("US
 * Dollar"). Every row's code is noted for the column's one currency.
 */
export const cellCurrency = (label: string) =>
  field<string>(
    label,
    "must be a three-letter ISO 4217 code such as EUR",
    (v, notes) => {
      const code = typeof v === "string" ? currencyCode(v) : undefined;
      if (code !== undefined) notes?.currencyCode(code);
      return code;
    },
    false,
    "currency",
  );

/** Any non-error cell, kept as it is (outcomes may be text, TRUE/FALSE or 1/0). */
export const cellAny = (label: string, required = false) =>
  field<CellValue>(label, "must be a value", (v) => v, required, "any");
