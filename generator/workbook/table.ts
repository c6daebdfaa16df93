import type { z } from "zod";
import { isBlank } from "../../shared/excel/values.js";
import { cellAddress, type InputProblem } from "../errors.js";
import type { RawRow, RawSheet } from "./read.js";

/** One column of a sheet contract: its canonical header and the other headers users write for it. */
export interface ColumnSpec {
  readonly key: string;
  readonly header: string;
  readonly aliases: readonly string[];
  readonly required?: boolean;
}

export interface SheetContract<T> {
  readonly sheet: string;
  readonly sheetAliases: readonly string[];
  readonly columns: readonly ColumnSpec[];
  readonly row: z.ZodType<T, Record<string, unknown>>;
}

/** A record with the row it came from, so later checks can still name `Sheet!Cell`. */
export type Located<T> = T & { readonly row: number };

export interface ParsedSheet<T> {
  readonly records: Located<T>[];
  readonly problems: InputProblem[];
  readonly warnings: string[];
}

/** Headers match case-, space-, underscore- and hyphen-insensitively ("Start date" = "start_date" = "StartDate"). */
export function headerKey(text: unknown): string {
  return String(text ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-.]+/g, "");
}

export function matchesSheet(name: string, contract: Pick<SheetContract<unknown>, "sheet" | "sheetAliases">): boolean {
  const key = headerKey(name);
  return [contract.sheet, ...contract.sheetAliases].some((n) => headerKey(n) === key);
}

/**
 * Turn a sheet into validated records. The header is the first non-blank row; each later non-blank row is
 * validated by the contract's zod schema, and every failing field becomes a problem at its cell.
 */
export function parseSheet<T>(sheet: RawSheet, contract: SheetContract<T>): ParsedSheet<T> {
  const problems: InputProblem[] = [];
  const warnings: string[] = [];
  const headerIndex = sheet.rows.findIndex((r) => r.cells.some((c) => !isBlank(c)));
  if (headerIndex < 0) return { records: [], problems, warnings: [`${sheet.name}: the sheet is empty`] };
  const header = sheet.rows[headerIndex] as RawRow;

  const columnOf = new Map<string, number>();
  header.cells.forEach((cell, col) => {
    if (isBlank(cell)) return;
    const key = headerKey(cell);
    const spec = contract.columns.find((c) => [c.header, ...c.aliases].some((h) => headerKey(h) === key));
    const address = cellAddress(header.number, col + 1);
    if (!spec) {
      warnings.push(`${sheet.name}!${address}: unknown column "${String(cell)}" is not used`);
    } else if (columnOf.has(spec.key)) {
      problems.push({
        sheet: sheet.name,
        cell: address,
        message: `duplicate column for ${spec.header}, got "${String(cell)}"`,
      });
    } else {
      columnOf.set(spec.key, col);
    }
  });
  for (const spec of contract.columns) {
    if (spec.required && !columnOf.has(spec.key)) {
      problems.push({
        sheet: sheet.name,
        cell: cellAddress(header.number, 1),
        message: `missing required column ${spec.header}`,
      });
    }
  }
  if (problems.length > 0) return { records: [], problems, warnings };

  const records: Located<T>[] = [];
  for (const raw of sheet.rows.slice(headerIndex + 1)) {
    if (!raw.cells.some((c) => !isBlank(c))) continue;
    const input: Record<string, unknown> = {};
    for (const [key, col] of columnOf) input[key] = raw.cells[col] ?? null;
    const parsed = contract.row.safeParse(input);
    if (parsed.success) {
      records.push({ ...(parsed.data as T), row: raw.number });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "");
      const col = columnOf.get(key);
      problems.push({
        sheet: sheet.name,
        ...(col === undefined ? {} : { cell: cellAddress(raw.number, col + 1) }),
        message: issue.message,
      });
    }
  }
  return { records, problems, warnings };
}
