import { type CellValue, isBlank } from "../../../shared/excel/values.js";
import { cellAddress, type InputProblem, problem } from "../problems.js";
import { type ColumnContext, ColumnNotes, Deferred } from "./columns.js";
import { type FieldMeta, type Fields, Issue } from "./fields.js";
import { words } from "./messages.js";
import { type CellRegion, clipRow, type RawRow, type RowSink } from "./raw.js";
import { type RecordList, RecordTable } from "./record-table.js";

/** One column of a sheet contract: its canonical header and the other headers users and exports write for it. */
export interface ColumnSpec {
  readonly key: string;
  readonly header: string;
  readonly aliases: readonly string[];
  /** Headers that win over the aliases when a sheet has both (a converted amount over the raw one). */
  readonly preferred?: readonly string[];
  readonly required?: boolean;
}

export interface SheetContract<T> {
  readonly sheet: string;
  readonly sheetAliases: readonly string[];
  /** Goalsheet's own columns, in template order. */
  readonly columns: readonly ColumnSpec[];
  /** Further columns recognised in exports. */
  readonly exportColumns: readonly ColumnSpec[];
  /** Each record key's field: the check its cells must pass (fields.ts). */
  readonly fields: Fields;
  /** Type only, never set: the record a row becomes (RecordOf the fields). */
  readonly record?: T;
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
  /** An array, or for a sheet stored by column (SheetRules.byColumn) a RecordTable. */
  readonly records: RecordList<Located<T>>;
  readonly problems: InputProblem[];
  readonly warnings: string[];
  /** What the import did that changes nothing the user wrote (Outcome taken from Stage): printed, never fatal. */
  readonly notes: string[];
  readonly source: SheetSource;
  /** Per field, the currencies its column's amounts were written in (when any was written). */
  readonly currencies: Readonly<Record<string, readonly string[]>>;
}

/** A column of the sheet that no field claimed, with the first values under it (for "use it as …?" hints). */
export interface UnknownColumn {
  readonly col: number;
  readonly header: string;
  readonly sample: readonly CellValue[];
}

/** What a sheet's own rules (deals.ts, transactions.ts, goals.ts) see and may change. */
export interface SheetView<T> {
  readonly sheet: string;
  /** "Deals", or "Sheet1 (table tblDeals)". */
  readonly place: string;
  readonly headerRow: number;
  /** Field key → 0-based column. */
  readonly columnOf: Map<string, number>;
  /** 0-based column → the header as written. */
  readonly headers: ReadonlyMap<number, string>;
  readonly unknown: readonly UnknownColumn[];
  /** The first rows after the header (at most SAMPLE_ROWS), by 0-based column. */
  readonly sample: readonly RawRow[];
  /**
   * Columns whose header names a field another column already claimed. The sheet's rules may place them
   * (Salesforce's report column "Closed" is IsClosed beside "Close Date"); what remains is a problem.
   */
  readonly duplicates: { key: string; col: number }[];
  /** Iterate to read; a record's fields may be assigned (a table's handles write through). */
  readonly records: RecordList<Located<T>>;
  readonly problems: InputProblem[];
  readonly warnings: string[];
  readonly notes: string[];
  readonly context: ColumnContext;
}

/** Rules a sheet adds to the contract's per-cell checks. */
export interface SheetRules<T> {
  /** Store the records by column (record-table.ts): for sheets that reach a million rows (Deals). */
  readonly byColumn?: boolean;
  /** Once the header and the first rows are known: choose among columns, or refuse the header. */
  columns?(view: SheetView<T>): void;
  /** Once every row is in and each column decided: rules across fields and rows. */
  complete?(view: SheetView<T>): void;
}

/**
 * Headers match case-, width-, space- and punctuation-insensitively ("Start date" = "start_date" = "StartDate" =
 * "ＳＴＡＲＴ　ＤＡＴＥ" = "Probability (%)" ≈ "Probability"). NFKC folds full-width Latin, which Chinese keyboards
 * often produce.
 */
export function headerKey(text: unknown): string {
  return String(text ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

/** Header keys to try for a header: as written, then without a leading "deal"/"opportunity" ("Deal - Owner"). */
function headerKeys(text: unknown): string[] {
  const keys = [headerKey(text)];
  for (let key = keys[0] as string; ; ) {
    const m = /^(deal|opportunity|opp)(.+)$/.exec(key);
    if (!m) break;
    key = m[2] as string;
    keys.push(key);
  }
  return keys;
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

/** Every column a contract recognises: its own, then the export columns. */
export function allColumns(contract: Pick<SheetContract<unknown>, "columns" | "exportColumns">): readonly ColumnSpec[] {
  return [...contract.columns, ...contract.exportColumns];
}

/** The column spec a header names, and whether it names it by a preferred alias. */
export function columnFor(
  contract: Pick<SheetContract<unknown>, "columns" | "exportColumns">,
  header: unknown,
): { spec: ColumnSpec; preferred: boolean } | undefined {
  const columns = allColumns(contract);
  for (const key of headerKeys(header)) {
    for (const spec of columns) {
      if ((spec.preferred ?? []).some((h) => headerKey(h) === key)) return { spec, preferred: true };
      if ([spec.header, ...spec.aliases].some((h) => headerKey(h) === key)) return { spec, preferred: false };
    }
  }
  return undefined;
}

/** Rows held after the header before the columns are settled (enough to tell what a column holds). */
export const SAMPLE_ROWS = 100;
/** Unknown columns named one by one in warnings; more are summed up in one line. */
const UNKNOWN_COLUMNS_LISTED = 5;

/**
 * Turns a sheet's rows, pushed one at a time, into validated records. The header is the first non-blank row
 * (of the table's region, for an Excel table); the first rows after it are held until the columns are settled
 * (the sheet's rules may pick among them by what they hold), then each non-blank row is checked field by field
 * and every failing field becomes a problem at its cell. Values whose meaning depends on their column (text
 * dates, "1.200") are decided when the sheet ends. Rows are never kept, only records.
 */
export class SheetParser<T> implements RowSink {
  private columnOf: Map<string, number> | undefined;
  private headers = new Map<number, string>();
  private readonly duplicates: { key: string; col: number }[] = [];
  private headerRow = 0;
  private headerFailed = false;
  private settled = false;
  private readonly sample: RawRow[] = [];
  private unknown: UnknownColumn[] = [];
  private records: Located<T>[] | RecordTable<Located<T>> = [];
  private readonly problems: InputProblem[] = [];
  private readonly warnings: string[] = [];
  private readonly notes: string[] = [];
  private readonly columnNotes = new Map<string, ColumnNotes>();

  constructor(
    private readonly sheet: string,
    private readonly contract: SheetContract<T>,
    private readonly region?: CellRegion,
    private readonly table?: string,
    private readonly rules: SheetRules<T> = {},
  ) {}

  push(input: RawRow): void {
    const raw = clipRow(input, this.region);
    if (!raw || this.headerFailed || !raw.cells.some((c) => !isBlank(c))) return;
    if (!this.columnOf) {
      this.readHeader(raw);
      return;
    }
    if (!this.settled) {
      this.sample.push(raw);
      if (this.sample.length >= SAMPLE_ROWS) this.settle();
      return;
    }
    this.take(raw);
  }

  /**
   * The column rules run once the first rows are in; the held rows are then read like any other. A header
   * already refused (a duplicate column) still gets its missing columns named, so one pass fixes both.
   */
  private settle(): void {
    this.settled = true;
    const refused = this.headerFailed;
    const columnOf = this.columnOf as Map<string, number>;
    const claimed = new Set([...columnOf.values(), ...this.duplicates.map((d) => d.col)]);
    this.unknown = [...this.headers]
      .filter(([col]) => !claimed.has(col))
      .map(([col, header]) => ({ col, header, sample: this.sample.map((r) => r.cells[col] ?? null) }));
    const before = this.problems.length;
    this.rules.columns?.(this.view({}));
    for (const { key, col } of this.duplicates) {
      const spec = allColumns(this.contract).find((c) => c.key === key) as ColumnSpec;
      this.problems.push(
        problem({
          code: "duplicateColumn",
          sheet: this.sheet,
          cell: cellAddress(this.headerRow, col + 1),
          rule: words.duplicateColumn(spec.header),
          value: JSON.stringify(this.headers.get(col) ?? ""),
        }),
      );
    }
    for (const spec of allColumns(this.contract)) {
      if (spec.required && !columnOf.has(spec.key)) {
        this.problems.push(
          problem({
            code: "missingColumn",
            sheet: this.sheet,
            cell: cellAddress(this.headerRow, this.region?.left ?? 1),
            rule: words.missingColumn(spec.header, [spec.header, ...spec.aliases]),
          }),
        );
      }
    }
    if (refused || this.problems.length > before) {
      this.headerFailed = true;
      return;
    }
    this.warnUnknownColumns();
    for (const row of this.sample) this.take(row);
    this.sample.length = 0;
  }

  private warnUnknownColumns(): void {
    const claimed = new Set([...(this.columnOf as Map<string, number>).values(), ...this.duplicates.map((d) => d.col)]);
    const unused = [...this.headers].filter(([col]) => !claimed.has(col));
    if (unused.length <= UNKNOWN_COLUMNS_LISTED) {
      for (const [col, header] of unused)
        this.warnings.push(words.unknownColumn(`${this.sheet}!${cellAddress(this.headerRow, col + 1)}`, header));
    } else {
      this.warnings.push(
        words.unknownColumns(
          this.place(),
          unused.map(([, header]) => header),
        ),
      );
    }
  }

  private take(raw: RawRow): void {
    // A column the sheet lacks reads as blank, so optional fields stay optional. Each field's check runs
    // directly (the same function zod's transform runs), and the record is built in contract order: no
    // per-row zod objects, and records stay in V8's compact fast mode, which matters at a million rows.
    const checks = this.checks();
    // A table takes the row's values as they are (pushValues); an array keeps records, each a copy of the
    // sheet's record shape (see `shape`): every field inside the object itself.
    const table = this.records instanceof RecordTable ? this.records : undefined;
    const values = this.rowValues;
    const record: Record<string, unknown> = table ? {} : { ...this.shape };
    let failed = false;
    let deferred: { notes: ColumnNotes; value: Deferred }[] | undefined;
    for (let i = 0; i < checks.length; i++) {
      const { key, check, notes } = checks[i] as (typeof checks)[number];
      if (notes === undefined) {
        const result = check(null);
        values[i] = undefined;
        if (result instanceof Issue) {
          failed = true;
          this.problems.push(problem({ code: result.code, sheet: this.sheet, rule: result.rule, value: result.value }));
        } else if (result !== undefined) {
          if (table) values[i] = result;
          else record[key] = result;
        }
        continue;
      }
      notes.row = raw.number;
      const result = check(raw.cells[notes.col] ?? null, notes);
      values[i] = undefined;
      if (result instanceof Issue) {
        failed = true;
        this.problems.push(
          problem({
            code: result.code,
            sheet: this.sheet,
            cell: cellAddress(raw.number, notes.col + 1),
            rule: result.rule,
            ...(result.value === undefined ? {} : { value: result.value }),
          }),
        );
      } else if (result instanceof Deferred) {
        if (!table) record[key] = undefined;
        if (deferred === undefined) deferred = [];
        deferred.push({ notes, value: result });
      } else if (result !== undefined) {
        if (table) values[i] = result;
        else record[key] = result;
      }
    }
    if (failed) return;
    if (table) {
      values[checks.length] = raw.number;
      table.pushValues(this.rowFields, values);
    } else {
      record.row = raw.number;
      (this.records as Located<T>[]).push(record as Located<T>);
    }
    if (deferred) {
      // By index: a table's row is written through a handle when the value is resolved (finish).
      const index = this.records.length - 1;
      for (const { notes, value } of deferred) notes.defer(index, raw.number, value);
    }
  }

  private checkList: { key: string; check: FieldMeta["check"]; notes: ColumnNotes | undefined }[] | undefined;
  /**
   * The fields a record of this sheet can have, in contract order, then `row`, all undefined. Records are
   * copies of it. Why: V8 stores the first four fields of an object grown from `{}` inside it and the rest in a
   * second array, while a copy of an object made by JSON.parse (which lays out every field inside) keeps them
   * all inside: 32 bytes and one object less per record, 32 MB and a faster GC at a million deals.
   */
  private shape: Record<string, undefined> = {};
  /** For a table: the fields of a row (the checks' keys, then `row`), and one row's values, reused row after row. */
  private rowFields: string[] = [];
  private rowValues: unknown[] = [];

  /** Each column's check, from the contract's fields (fields.ts). */
  private checks() {
    if (this.checkList) return this.checkList;
    const fields = this.contract.fields;
    const columnOf = this.columnOf as Map<string, number>;
    this.checkList = allColumns(this.contract)
      .filter(({ key }) => columnOf.has(key) || fields[key]?.required)
      .map(({ key, header }) => {
        const field = fields[key];
        if (field === undefined) throw new Error(`${this.contract.sheet}: the column ${key} has no field`);
        const check = field.check;
        const col = columnOf.get(key);
        let notes: ColumnNotes | undefined;
        if (col !== undefined) {
          notes = new ColumnNotes(this.sheet, col, header);
          this.columnNotes.set(key, notes);
        }
        return { key, check, notes };
      });
    const layout: Record<string, undefined> = JSON.parse(
      JSON.stringify(Object.fromEntries([...this.checkList.map((c) => c.key), "row"].map((key) => [key, 0]))),
    );
    for (const key of Object.keys(layout)) layout[key] = undefined;
    this.shape = layout;
    this.rowFields = Object.keys(layout);
    this.rowValues = new Array(this.rowFields.length).fill(undefined);
    // A table has a column for every field of the contract, not only those the sheet has: the sheet's rules
    // fill some from others (Outcome from Stage, Amount from Quantity × Unit price).
    if (this.rules.byColumn)
      this.records = new RecordTable<Located<T>>([...new Set([...allColumns(this.contract).map((c) => c.key), "row"])]);
    return this.checkList;
  }

  finish(context: ColumnContext = {}): ParsedSheet<T> {
    if (this.columnOf && !this.settled) this.settle();
    const currencies: Record<string, readonly string[]> = {};
    if (!this.headerFailed && this.columnOf) {
      for (const [key, notes] of this.columnNotes) {
        const outcome = notes.resolve(key, context, (index) => this.records.at(index) as Record<string, unknown>);
        // One per cell at worst (a million rows): a loop, never a spread into push's arguments.
        for (const p of outcome.problems) this.problems.push(p);
        if (outcome.currencies) currencies[key] = outcome.currencies;
      }
      if (!inRowOrder(this.records)) {
        if (Array.isArray(this.records)) this.records.sort((a, b) => a.row - b.row);
        else this.records.sortByRow();
      }
      this.rules.complete?.(this.view(context));
    }
    const columns: Record<string, number> = {};
    for (const [key, col] of this.columnOf ?? []) columns[key] = col + 1;
    const source: SheetSource = { sheet: this.sheet, ...(this.table ? { table: this.table } : {}), columns };
    const warnings = [...this.warnings];
    if (!this.columnOf && !this.headerFailed) warnings.push(words.emptySheet(this.place(), this.what()));
    return { records: this.records, problems: this.problems, warnings, notes: this.notes, source, currencies };
  }

  private view(context: ColumnContext): SheetView<T> {
    return {
      sheet: this.sheet,
      place: this.place(),
      headerRow: this.headerRow,
      columnOf: this.columnOf as Map<string, number>,
      headers: this.headers,
      unknown: this.unknown,
      sample: this.sample,
      duplicates: this.duplicates,
      records: this.records,
      problems: this.problems,
      warnings: this.warnings,
      notes: this.notes,
      context,
    };
  }

  private readHeader(header: RawRow): void {
    const columnOf = new Map<string, number>();
    const preferredCol = new Set<number>();
    this.headerRow = header.number;
    header.cells.forEach((cell, col) => {
      if (isBlank(cell)) return;
      const text = String(cell).trim();
      this.headers.set(col, text);
      const match = columnFor(this.contract, cell);
      if (!match) return;
      const { spec, preferred } = match;
      const taken = columnOf.get(spec.key);
      if (taken === undefined) {
        columnOf.set(spec.key, col);
        if (preferred) preferredCol.add(col);
      } else if (preferred && !preferredCol.has(taken)) {
        // The preferred header takes the field; the other one stays an unknown column.
        columnOf.set(spec.key, col);
        preferredCol.add(col);
      } else if (!preferred && preferredCol.has(taken)) {
        // Already held by a preferred header.
      } else {
        this.duplicates.push({ key: spec.key, col });
      }
    });
    this.columnOf = columnOf;
  }

  private place(): string {
    return this.table ? `${this.sheet} (table ${this.table})` : this.sheet;
  }

  private what(): string {
    return this.table ? "table" : "sheet";
  }
}

function inRowOrder(records: RecordList<{ readonly row: number }>): boolean {
  let last = 0;
  for (let i = 0; i < records.length; i++) {
    const row = (records.at(i) as { row: number }).row;
    if (row < last) return false;
    last = row;
  }
  return true;
}

/** Parse a whole sheet at once (tests, and callers that already hold the rows). */
export function parseSheet<T>(
  sheet: { name: string; rows: readonly RawRow[] },
  contract: SheetContract<T>,
  region?: CellRegion,
  rules?: SheetRules<T>,
): ParsedSheet<T> {
  const parser = new SheetParser(sheet.name, contract, region, undefined, rules);
  for (const row of sheet.rows) parser.push(row);
  return parser.finish();
}
