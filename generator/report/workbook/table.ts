import type { z } from "zod";
import { type CellValue, isBlank } from "../../../shared/excel/values.js";
import { cellAddress, type InputProblem } from "../problems.js";
import { type FieldMeta, Issue } from "./fields.js";
import { type CellRegion, clipRow, type RawRow, type RowSink } from "./raw.js";

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

/** Where a section's records came from: the sheet (and table), and the 1-based column of each field. */
export interface SheetSource {
  readonly sheet: string;
  readonly table?: string;
  readonly columns: Readonly<Record<string, number>>;
}

export interface ParsedSheet<T> {
  readonly records: Located<T>[];
  readonly problems: InputProblem[];
  readonly warnings: string[];
  readonly source: SheetSource;
}

/**
 * Headers match case-, width-, space-, underscore-, hyphen- and dot-insensitively ("Start date" = "start_date"
 * = "StartDate" = "ＳＴＡＲＴ　ＤＡＴＥ"). NFKC folds full-width Latin, which Chinese keyboards often produce.
 */
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
 * Excel table names cannot hold spaces and are often prefixed ("tblDeals", "Table_Goals"), so the prefix
 * is ignored when a table is matched by name.
 */
export function matchesTable(name: string, contract: Pick<SheetContract<unknown>, "sheet" | "sheetAliases">): boolean {
  return matchesSheet(name.replace(/^(tbl|table)[_\s-]*/i, ""), contract) || matchesSheet(name, contract);
}

/**
 * Turns a sheet's rows, pushed one at a time, into validated records. The header is the first non-blank row
 * (of the table's region, for an Excel table); each later non-blank row is validated by the contract's zod
 * schema, and every failing field becomes a problem at its cell. Rows are never kept, only records.
 */
export class SheetParser<T> implements RowSink {
  private columnOf: Map<string, number> | undefined;
  private headerFailed = false;
  private readonly records: Located<T>[] = [];
  private readonly problems: InputProblem[] = [];
  private readonly warnings: string[] = [];

  constructor(
    private readonly sheet: string,
    private readonly contract: SheetContract<T>,
    private readonly region?: CellRegion,
    private readonly table?: string,
  ) {}

  push(input: RawRow): void {
    const raw = clipRow(input, this.region);
    if (!raw || this.headerFailed || !raw.cells.some((c) => !isBlank(c))) return;
    if (!this.columnOf) {
      this.readHeader(raw);
      return;
    }
    // A column the sheet lacks reads as blank, so optional fields stay optional. Each field's check runs
    // directly (the same function zod's transform runs), and the record is built in contract order: no
    // per-row zod objects, and records stay in V8's compact fast mode, which matters at a million rows.
    const checks = this.checks();
    const record: Record<string, unknown> = {};
    let failed = false;
    for (let i = 0; i < checks.length; i++) {
      const { key, check } = checks[i] as (typeof checks)[number];
      const col = this.columnOf.get(key);
      const result = check(col === undefined ? null : (raw.cells[col] ?? null));
      if (result instanceof Issue) {
        failed = true;
        this.problems.push({
          sheet: this.sheet,
          ...(col === undefined ? {} : { cell: cellAddress(raw.number, col + 1) }),
          message: result.message,
        });
      } else {
        record[key] = result;
      }
    }
    if (failed) return;
    record.row = raw.number;
    this.records.push(record as Located<T>);
  }

  private checkList: { key: string; check: (value: CellValue) => unknown }[] | undefined;

  /** Each column's check, from the zod field metadata (fields.ts); zod itself for a field without one. */
  private checks() {
    if (this.checkList) return this.checkList;
    const shape = (this.contract.row as unknown as { shape: Record<string, z.ZodType> }).shape;
    this.checkList = this.contract.columns.map(({ key }) => {
      const schema = shape[key] as z.ZodType;
      const meta = schema.meta() as unknown as FieldMeta | undefined;
      const check =
        meta?.check ??
        ((value: CellValue) => {
          const parsed = schema.safeParse(value);
          return parsed.success ? parsed.data : new Issue(parsed.error.issues[0]?.message ?? `${key} is not valid`);
        });
      return { key, check };
    });
    return this.checkList;
  }

  finish(): ParsedSheet<T> {
    const columns: Record<string, number> = {};
    for (const [key, col] of this.columnOf ?? []) columns[key] = col + 1;
    const source: SheetSource = { sheet: this.sheet, ...(this.table ? { table: this.table } : {}), columns };
    const warnings = [...this.warnings];
    if (!this.columnOf && !this.headerFailed) warnings.push(`${this.place()}: the ${this.what()} is empty`);
    if (
      this.records.length > 1 &&
      this.records.some((r, i) => i > 0 && r.row < (this.records[i - 1] as Located<T>).row)
    )
      this.records.sort((a, b) => a.row - b.row);
    return { records: this.records, problems: this.problems, warnings, source };
  }

  private readHeader(header: RawRow): void {
    const columnOf = new Map<string, number>();
    header.cells.forEach((cell, col) => {
      if (isBlank(cell)) return;
      const key = headerKey(cell);
      const spec = this.contract.columns.find((c) => [c.header, ...c.aliases].some((h) => headerKey(h) === key));
      const address = cellAddress(header.number, col + 1);
      if (!spec) {
        this.warnings.push(`${this.sheet}!${address}: unknown column "${String(cell)}" is not used`);
      } else if (columnOf.has(spec.key)) {
        this.problems.push({
          sheet: this.sheet,
          cell: address,
          message: `duplicate column for ${spec.header}, got "${String(cell)}"`,
        });
      } else {
        columnOf.set(spec.key, col);
      }
    });
    for (const spec of this.contract.columns) {
      if (spec.required && !columnOf.has(spec.key)) {
        this.problems.push({
          sheet: this.sheet,
          cell: cellAddress(header.number, this.region?.left ?? 1),
          message: `missing required column ${spec.header} (the header row must name it)`,
        });
      }
    }
    this.columnOf = columnOf;
    this.headerFailed = this.problems.length > 0;
  }

  private place(): string {
    return this.table ? `${this.sheet} (table ${this.table})` : this.sheet;
  }

  private what(): string {
    return this.table ? "table" : "sheet";
  }
}

/** Parse a whole sheet at once (tests, and callers that already hold the rows). */
export function parseSheet<T>(
  sheet: { name: string; rows: readonly RawRow[] },
  contract: SheetContract<T>,
  region?: CellRegion,
): ParsedSheet<T> {
  const parser = new SheetParser(sheet.name, contract, region);
  for (const row of sheet.rows) parser.push(row);
  return parser.finish();
}
