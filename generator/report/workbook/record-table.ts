import type { CodedColumn, NumberColumn } from "./column-views.js";
import { TextBlocks } from "./text-blocks.js";

/**
 * The records of a large sheet (Deals), stored by column rather than as an object per row.
 *
 * Why: a million deal rows as objects cost about 150 bytes each (an object of eleven fields, a pointer to it,
 * its ID string): 150 MB, most of a report's memory (issue 12 budgets 256 MiB for the whole run). By column, a
 * number costs 8 bytes, a repeated text (rep, stage, region, outcome) a 4-byte code into the column's distinct
 * values, and only texts that rarely repeat (IDs, names) keep a pointer each.
 *
 * The table reads like an array of records: `length`, `at(i)`, `map`, iteration. A record is a handle onto its
 * row: its fields are accessors that read (and, while the sheet is being parsed, write) the columns, so the
 * sheet rules and the report sections read `deal.amount` as before. Handles are small and short-lived; `toJSON`
 * and `plain()` give an ordinary object where one is kept or compared.
 */

/** What the report reads a sheet's records through: an array of records satisfies it, and so does a table. */
export interface RecordList<T> {
  readonly length: number;
  at(index: number): T | undefined;
  map<U>(each: (record: T, index: number) => U): U[];
  [Symbol.iterator](): Iterator<T>;
}

const EMPTY = 0;
const NUMBERS = 1;
const CODES = 2;
const VALUES = 3;
const TEXTS = 4;
/** Numbers that so far go up by one a row (sheet row numbers): stored as the first one only. */
const SEQUENCE = 5;

/** Distinct values a coded column keeps (codes are 16-bit, 0 = blank) before it stores values directly. */
const MAX_CODES = 0xffff;
/**
 * Rows per block: columns grow a block at a time, never by copying into an array twice as large (which, at a
 * million rows, held old and new arrays at once and left the freed halves in the allocator).
 */
const BLOCK_BITS = 16;
const BLOCK = 1 << BLOCK_BITS;
const LOW = BLOCK - 1;
const VALUE_BITS = 13;
const VALUE_BLOCK = 1 << VALUE_BITS;
const VALUE_LOW = VALUE_BLOCK - 1;

/** Rows per block, for the bulk views of column-views.ts (the same blocks, so a view needs no copy). */
export const COLUMN_BLOCK_BITS = BLOCK_BITS;
export const COLUMN_BLOCK = BLOCK;
export const COLUMN_BLOCK_MASK = LOW;

/** One all-blank block, shared by every column with nothing in a block (read only, never written). */
let blankNumberBlock: Float64Array | undefined;
let blankCodeBlock: Uint16Array | undefined;
const blankNumbers = () => {
  blankNumberBlock ??= new Float64Array(BLOCK).fill(Number.NaN);
  return blankNumberBlock;
};
const blankCodes = () => {
  blankCodeBlock ??= new Uint16Array(BLOCK);
  return blankCodeBlock;
};

/** One field's values. Starts empty, becomes numbers or codes by its first value, and plain values if mixed. */
class Column {
  mode = EMPTY;
  /** Rows 0 … count − 1 have been written (blank or not). */
  private count = 0;
  private numbers: Float64Array[] = [];
  private codes: Uint16Array[] = [];
  /** Code − 1 → value, and value → code. */
  private distinct: unknown[] = [];
  private codeOf = new Map<unknown, number>();
  /** In blocks too, of VALUE_BLOCK rows (small enough for V8's regular heap, so freed by any collection). */
  private values: unknown[][] = [];
  /** Texts too varied to code (IDs): joined a block at a time (text-blocks.ts). */
  private texts = new TextBlocks();
  /** In SEQUENCE mode, row i holds i + sequenceBase. */
  private sequenceBase = 0;

  get(i: number): unknown {
    // Rows past the last one written are blank (a column a record never names is written only if set later).
    if (i >= this.count) return undefined;
    switch (this.mode) {
      case NUMBERS: {
        const n = (this.numbers[i >>> BLOCK_BITS] as Float64Array)[i & LOW] as number;
        // NaN marks a blank: no cell value is NaN (cells hold finite numbers).
        return Number.isNaN(n) ? undefined : n;
      }
      case CODES: {
        const code = (this.codes[i >>> BLOCK_BITS] as Uint16Array)[i & LOW] as number;
        return code === 0 ? undefined : this.distinct[code - 1];
      }
      case VALUES:
        return (this.values[i >>> VALUE_BITS] as unknown[])[i & VALUE_LOW];
      case TEXTS:
        return this.texts.get(i);
      case SEQUENCE:
        return i < this.count ? i + this.sequenceBase : undefined;
      default:
        return undefined;
    }
  }

  /** Write row i; rows are first written in order (the table pushes them one after another). */
  set(i: number, value: unknown): void {
    if (this.mode === SEQUENCE) {
      // Object.is: -0 is a value of its own (a cell can hold it), which i + base would read back as 0.
      if (Object.is(value, i + this.sequenceBase) && i <= this.count) {
        if (i === this.count) this.count++;
        return;
      }
      this.toNumbers();
    }
    if (i >= this.count) this.extend(i + 1);
    if (this.mode === NUMBERS) {
      if (value === undefined) this.block(this.numbers, i)[i & LOW] = Number.NaN;
      else if (typeof value === "number" && !Number.isNaN(value)) this.block(this.numbers, i)[i & LOW] = value;
      else this.toValues().set(i, value);
      return;
    }
    if (this.mode === CODES) {
      let code = 0;
      // A Map holds 0 and -0 as one key: -0, a value of its own, is kept as it is.
      if (Object.is(value, -0)) {
        this.toValues().set(i, value);
        return;
      }
      if (value !== undefined) {
        const known = this.codeOf.get(value);
        if (known !== undefined) code = known;
        else if (this.distinct.length < MAX_CODES) {
          this.distinct.push(value);
          code = this.distinct.length;
          this.codeOf.set(value, code);
        } else {
          // Too many distinct values to code: texts only (IDs) are joined by block, anything else kept as is.
          const texts = typeof value === "string" && this.distinct.every((v) => typeof v === "string");
          (texts ? this.toTexts() : this.toValues()).set(i, value);
          return;
        }
      }
      this.block(this.codes, i)[i & LOW] = code;
      return;
    }
    if (this.mode === VALUES) {
      (this.values[i >>> VALUE_BITS] as unknown[])[i & VALUE_LOW] = value;
      return;
    }
    if (this.mode === TEXTS) {
      if (value === undefined || typeof value === "string") this.texts.set(i, value);
      else this.toValues().set(i, value);
      return;
    }
    if (value === undefined) return;
    if (typeof value === "number" && i === 0 && this.count === 1 && Number.isInteger(value) && !Object.is(value, -0)) {
      this.mode = SEQUENCE;
      this.sequenceBase = value;
      return;
    }
    this.mode = typeof value === "number" && !Number.isNaN(value) ? NUMBERS : CODES;
    this.extend(this.count);
    this.set(i, value);
  }

  /**
   * Rows 0 … size − 1 as numbers, NaN where blank: the column's own blocks when it holds numbers (no copy: a
   * million amounts stay 8 MB, not 16), else a copy (a row-number sequence, a column of mixed values).
   */
  numberBlocks(size: number): Float64Array[] {
    const out: Float64Array[] = [];
    for (let start = 0; start < size; start += BLOCK) {
      const b = start >>> BLOCK_BITS;
      if (this.mode === NUMBERS || this.mode === EMPTY) {
        out.push(this.numbers[b] ?? blankNumbers());
        continue;
      }
      const block = new Float64Array(Math.min(BLOCK, size - start));
      if (this.mode === SEQUENCE) {
        // Row i holds i + base up to the rows written, blank after.
        for (let j = 0; j < block.length; j++)
          block[j] = start + j < this.count ? start + j + this.sequenceBase : Number.NaN;
      } else
        for (let j = 0; j < block.length; j++) {
          const v = this.get(start + j);
          block[j] = typeof v === "number" ? v : Number.NaN;
        }
      out.push(block);
    }
    return out;
  }

  /**
   * Rows 0 … size − 1 as codes (0 = blank, code c = values[c − 1]): the column's own codes when it codes its
   * values (no copy), else codes made here (texts too varied to code, mixed values).
   */
  codeBlocks(size: number): CodedColumn {
    const out: (Uint16Array | Uint32Array)[] = [];
    if (this.mode === CODES || this.mode === EMPTY) {
      for (let start = 0; start < size; start += BLOCK) out.push(this.codes[start >>> BLOCK_BITS] ?? blankCodes());
      return { codes: out, values: this.distinct.slice() };
    }
    return codesOf(size, (i) => this.get(i));
  }

  /** Reorder the first `order.length` rows: row k takes the value row order[k] had. */
  permute(order: Uint32Array): void {
    const taken: unknown[] = [];
    for (let k = 0; k < order.length; k++) taken.push(this.get(order[k] as number));
    for (let k = 0; k < order.length; k++) this.set(k, taken[k]);
  }

  /** Rows up to `count` exist, blank unless written; blocks are added as rows reach them. */
  private extend(count: number): void {
    this.count = count;
    const blocks = (count + LOW) >>> BLOCK_BITS;
    if (this.mode === NUMBERS)
      while (this.numbers.length < blocks) this.numbers.push(new Float64Array(BLOCK).fill(Number.NaN));
    else if (this.mode === CODES) while (this.codes.length < blocks) this.codes.push(new Uint16Array(BLOCK));
    else if (this.mode === VALUES) {
      const valueBlocks = (count + VALUE_LOW) >>> VALUE_BITS;
      while (this.values.length < valueBlocks) this.values.push(new Array<unknown>(VALUE_BLOCK).fill(undefined));
    }
  }

  private block<A>(blocks: A[], i: number): A {
    return blocks[i >>> BLOCK_BITS] as A;
  }

  private toNumbers(): void {
    const count = this.count;
    const base = this.sequenceBase;
    this.mode = NUMBERS;
    this.count = 0;
    this.extend(count);
    for (let i = 0; i < count; i++) (this.numbers[i >>> BLOCK_BITS] as Float64Array)[i & LOW] = i + base;
  }

  private toTexts(): this {
    const texts = new TextBlocks();
    for (let i = 0; i < this.count; i++) texts.set(i, this.get(i) as string | undefined);
    this.clear();
    this.mode = TEXTS;
    this.texts = texts;
    return this;
  }

  private toValues(): this {
    const values: unknown[][] = [];
    for (let i = 0; i < this.count; i++) {
      if ((i & VALUE_LOW) === 0) values.push(new Array<unknown>(VALUE_BLOCK).fill(undefined));
      (values[i >>> VALUE_BITS] as unknown[])[i & VALUE_LOW] = this.get(i);
    }
    this.clear();
    this.mode = VALUES;
    this.values = values;
    return this;
  }

  private clear(): void {
    this.numbers = [];
    this.codes = [];
    this.distinct = [];
    this.codeOf = new Map();
    this.values = [];
    this.texts = new TextBlocks();
  }
}

/**
 * Rows 0 … size − 1 of any values as codes made here (0 = blank, code c = values[c − 1], in order of first
 * appearance), in blocks of the tables' size: for what is not stored as codes already.
 */
export function codesOf(size: number, valueAt: (row: number) => unknown): { codes: Uint32Array[]; values: unknown[] } {
  const codes: Uint32Array[] = [];
  const values: unknown[] = [];
  const codeOf = new Map<unknown, number>();
  for (let start = 0; start < size; start += BLOCK) {
    const block = new Uint32Array(Math.min(BLOCK, size - start));
    for (let j = 0; j < block.length; j++) {
      const v = valueAt(start + j);
      if (v === undefined) continue;
      let code = codeOf.get(v);
      if (code === undefined) {
        code = values.push(v);
        codeOf.set(v, code);
      }
      block[j] = code;
    }
    codes.push(block);
  }
  return { codes, values };
}

/** Marks a table's handles (a record's own fields never use a symbol). */
const HANDLE: unique symbol = Symbol("record handle");

export class RecordTable<T extends { readonly row: number }> implements RecordList<T> {
  private size = 0;
  private readonly columns: Column[];
  /** The fields push reads (the first record's), each with its column. */
  private pushed: { key: string; column: Column }[] | undefined;
  private readonly Row: new (
    table: RecordTable<T>,
    index: number,
  ) => T;

  /** `keys`: every field a record of this sheet can have (those of the first record pushed are enough). */
  constructor(private readonly keys: readonly string[]) {
    this.columns = keys.map(() => new Column());
    this.Row = handleClass(keys, this.columns) as unknown as new (table: RecordTable<T>, index: number) => T;
  }

  get length(): number {
    return this.size;
  }

  /**
   * Store a record's fields. Records come from one sheet parser, built on one shape (the fields the sheet has):
   * the first record's keys are checked against the table's (a field outside them would be lost) and are the
   * fields read from every record; the table's other columns stay blank until a sheet rule writes them.
   */
  push(record: T): void {
    const fields = record as unknown as Record<string, unknown>;
    if (this.pushed === undefined) {
      const names = Object.keys(fields);
      for (const key of names)
        if (!this.keys.includes(key)) throw new Error(`a ${key} field was given to a table of ${this.keys.join(", ")}`);
      this.pushed = names.map((key) => ({ key, column: this.columns[this.keys.indexOf(key)] as Column }));
    }
    const i = this.size++;
    const pushed = this.pushed;
    for (let k = 0; k < pushed.length; k++) {
      const { key, column } = pushed[k] as { key: string; column: Column };
      column.set(i, fields[key]);
    }
  }

  /**
   * Store a row given as its field values, in the order of `fields` (the same for every row): push without the
   * record object, for the sheet parser, which would otherwise build one per row only for push to read back.
   */
  pushValues(fields: readonly string[], values: readonly unknown[]): void {
    if (this.pushed === undefined) {
      for (const key of fields)
        if (!this.keys.includes(key)) throw new Error(`a ${key} field was given to a table of ${this.keys.join(", ")}`);
      this.pushed = fields.map((key) => ({ key, column: this.columns[this.keys.indexOf(key)] as Column }));
    }
    const i = this.size++;
    const pushed = this.pushed;
    for (let k = 0; k < pushed.length; k++) (pushed[k] as { column: Column }).column.set(i, values[k]);
  }

  /** The record at `index`, as a handle onto its row (writes go to the table). */
  at(index: number): T | undefined {
    const i = index < 0 ? index + this.size : index;
    return i >= 0 && i < this.size ? new this.Row(this, i) : undefined;
  }

  map<U>(each: (record: T, index: number) => U): U[] {
    // Sized once: pushing a million results would copy the array as it grows.
    const out = new Array<U>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = each(new this.Row(this, i), i);
    return out;
  }

  /** The records as JSON writes an array of them (the task pane hashes its data as JSON). */
  toJSON(): T[] {
    return plainRecords(this);
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.size; i++) yield new this.Row(this, i);
  }

  /** A number field of every row at once (see NumberColumn); an unknown field reads as blank. */
  numberColumn(key: string): NumberColumn {
    return this.columnOf(key).numberBlocks(this.size);
  }

  /** A field of every row at once, as codes (see CodedColumn); an unknown field reads as blank. */
  codedColumn(key: string): CodedColumn {
    return this.columnOf(key).codeBlocks(this.size);
  }

  private columnOf(key: string): Column {
    return this.columns[this.keys.indexOf(key)] ?? new Column();
  }

  /** Rows in sheet order (by `row`), when they were pushed otherwise. */
  sortByRow(): void {
    const rows = this.columns[this.keys.indexOf("row")] as Column;
    const order = new Uint32Array(this.size);
    for (let i = 0; i < this.size; i++) order[i] = i;
    order.sort((a, b) => (rows.get(a) as number) - (rows.get(b) as number) || a - b);
    for (const column of this.columns) column.permute(order);
  }
}

/** Plain records (tests compare them; a kept record should not hold the table). */
export function plainRecords<T>(records: RecordList<T>): T[] {
  return records.map((r) => plain(r));
}

/** An ordinary object with a record's fields (a handle's own fields are its accessors' values). */
export function plain<T>(record: T): T {
  const handle = record as unknown as { [HANDLE]?: true; toJSON(): T };
  return handle[HANDLE] ? handle.toJSON() : record;
}

/**
 * The class of a table's handles: one accessor per field on the prototype (no code generation: the task
 * pane's content security policy forbids eval). Fields left blank are absent from `toJSON`, as JSON leaves
 * undefined out anyway.
 */
function handleClass(keys: readonly string[], columns: readonly Column[]) {
  class Row {
    declare readonly [HANDLE]: true;
    constructor(
      readonly table: RecordTable<never>,
      readonly index: number,
    ) {}
    toJSON(): Record<string, unknown> {
      const out: Record<string, unknown> = {};
      for (let k = 0; k < keys.length; k++) {
        const value = (columns[k] as Column).get(this.index);
        if (value !== undefined) out[keys[k] as string] = value;
      }
      return out;
    }
  }
  Object.defineProperty(Row.prototype, HANDLE, { value: true });
  keys.forEach((key, k) => {
    const column = columns[k] as Column;
    Object.defineProperty(Row.prototype, key, {
      get(this: Row) {
        return column.get(this.index);
      },
      set(this: Row, value: unknown) {
        column.set(this.index, value);
      },
      enumerable: true,
    });
  });
  return Row;
}
