import { z } from "zod";
import { describeValue, isExcelError } from "../../../shared/excel/errors.js";
import { dateCellToSerial } from "../../../shared/excel/params.js";
import { type CellValue, cellToNumber, isBlank } from "../../../shared/excel/values.js";

/**
 * zod field types for workbook cells. Each takes a normalised cell and yields a typed value or an issue whose
 * message follows the project's pattern: the rule, then the value received ("must be a number, got "abc"").
 * Blank cells become undefined; `.required()` variants reject them.
 */
type Field<T> = z.ZodType<T | undefined, CellValue>;

/** What a field accepts, kept as zod metadata so `goalsheet schema` can describe the contract. */
export type CellKind = "text" | "number" | "nonNegative" | "date" | "any";
export interface FieldMeta {
  readonly cell: CellKind;
  readonly required: boolean;
  readonly rule: string;
  /**
   * The field's whole check as a plain function: the converted value, or an Issue with the message. The zod
   * transform calls it; SheetParser calls it directly on hot paths (a million rows), skipping zod's per-row
   * objects, so both paths give the same values and the same messages by construction.
   */
  readonly check: (value: CellValue) => unknown;
}

/** A failed check, told apart from any converted value by its class. */
export class Issue {
  constructor(readonly message: string) {}
}

function field<T>(
  label: string,
  rule: string,
  convert: (v: CellValue) => T | undefined,
  required: boolean,
  kind: CellKind,
): Field<T> {
  const check = (value: CellValue): T | undefined | Issue => {
    if (isExcelError(value)) return new Issue(`${label} holds the error ${value.error}`);
    if (isBlank(value)) return required ? new Issue(`${label} is required, got blank`) : undefined;
    const converted = convert(value);
    return converted === undefined ? new Issue(`${label} ${rule}, got ${describeValue(value)}`) : converted;
  };
  const meta: FieldMeta = { cell: kind, required, rule, check };
  return z
    .custom<CellValue>()
    .transform((value, ctx) => {
      const result = check(value);
      if (!(result instanceof Issue)) return result;
      ctx.addIssue({ code: "custom", message: result.message });
      return z.NEVER;
    })
    .meta(meta as unknown as Record<string, unknown>) as unknown as Field<T>;
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

/** A date: an Excel date cell (already a serial) or ISO text; yields a 1900-system serial. */
export const cellDate = (label: string, required = false) =>
  field<number>(
    label,
    "must be a date (an Excel date or ISO text such as 2026-06-30)",
    (v) => dateCellToSerial(v),
    required,
    "date",
  );

/** Any non-error cell, kept as it is (outcomes may be text, TRUE/FALSE or 1/0). */
export const cellAny = (label: string, required = false) =>
  field<CellValue>(label, "must be a value", (v) => v, required, "any");
