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

/** Distinct values a coded column keeps before it stores values directly (IDs repeat too rarely to code). */
const MAX_CODES = 1 << 16;

/** One field's values. Starts empty, becomes numbers or codes by its first value, and plain values if mixed. */
class Column {
  mode = EMPTY;
  private numbers = new Float64Array(0);
  private codes = new Uint32Array(0);
  /** Code − 1 → value, and value → code. */
  private distinct: unknown[] = [];
  private codeOf = new Map<unknown, number>();
  private values: unknown[] = [];

  constructor(private capacity: number) {}

  get(i: number): unknown {
    switch (this.mode) {
      case NUMBERS: {
        const n = this.numbers[i] as number;
        // NaN marks a blank: no cell value is NaN (cells hold finite numbers).
        return n === n ? n : undefined;
      }
      case CODES: {
        const code = this.codes[i] as number;
        return code === 0 ? undefined : this.distinct[code - 1];
      }
      case VALUES:
        return this.values[i];
      default:
        return undefined;
    }
  }

  set(i: number, value: unknown): void {
    if (this.mode === NUMBERS) {
      if (value === undefined) this.numbers[i] = Number.NaN;
      else if (typeof value === "number" && value === value) this.numbers[i] = value;
      else this.toValues().set(i, value);
      return;
    }
    if (this.mode === CODES) {
      if (value === undefined) {
        this.codes[i] = 0;
        return;
      }
      let code = this.codeOf.get(value);
      if (code === undefined) {
        if (this.distinct.length >= MAX_CODES) {
          this.toValues().set(i, value);
          return;
        }
        this.distinct.push(value);
        code = this.distinct.length;
        this.codeOf.set(value, code);
      }
      this.codes[i] = code;
      return;
    }
    if (this.mode === VALUES) {
      this.values[i] = value;
      return;
    }
    if (value === undefined) return;
    if (typeof value === "number" && value === value) {
      this.mode = NUMBERS;
      this.numbers = new Float64Array(this.capacity).fill(Number.NaN);
    } else {
      this.mode = CODES;
      this.codes = new Uint32Array(this.capacity);
    }
    this.set(i, value);
  }

  /** Room for `capacity` rows (new rows blank). */
  grow(capacity: number): void {
    if (this.mode === NUMBERS) {
      const numbers = new Float64Array(capacity).fill(Number.NaN);
      numbers.set(this.numbers);
      this.numbers = numbers;
    } else if (this.mode === CODES) {
      const codes = new Uint32Array(capacity);
      codes.set(this.codes);
      this.codes = codes;
    }
    this.capacity = capacity;
  }

  /** Reorder the first `order.length` rows: row k takes the value row order[k] had. */
  permute(order: Uint32Array): void {
    const before = order.length;
    const taken: unknown[] = [];
    for (let k = 0; k < before; k++) taken.push(this.get(order[k] as number));
    for (let k = 0; k < before; k++) this.set(k, taken[k]);
  }

  private toValues(): this {
    const values: unknown[] = [];
    for (let i = 0; i < this.capacity; i++) values.push(this.get(i));
    this.mode = VALUES;
    this.values = values;
    this.numbers = new Float64Array(0);
    this.codes = new Uint32Array(0);
    this.distinct = [];
    this.codeOf = new Map();
    return this;
  }
}

/** Marks a table's handles (a record's own fields never use a symbol). */
const HANDLE: unique symbol = Symbol("record handle");

export class RecordTable<T extends { readonly row: number }> implements RecordList<T> {
  private size = 0;
  private capacity = 1024;
  private readonly columns: Column[];
  private readonly Row: new (
    table: RecordTable<T>,
    index: number,
  ) => T;

  /** `keys`: every field a record of this sheet can have (those of the first record pushed are enough). */
  constructor(private readonly keys: readonly string[]) {
    this.columns = keys.map(() => new Column(this.capacity));
    this.Row = handleClass(keys, this.columns) as unknown as new (table: RecordTable<T>, index: number) => T;
  }

  get length(): number {
    return this.size;
  }

  /**
   * Store a record's fields. Records come from one sheet parser, built on one shape: the first record's keys
   * are checked against the table's (a field outside them would be lost), the rest are read by the keys.
   */
  push(record: T): void {
    const fields = record as unknown as Record<string, unknown>;
    if (this.size === 0) {
      for (const key of Object.keys(fields))
        if (!this.keys.includes(key)) throw new Error(`a ${key} field was given to a table of ${this.keys.join(", ")}`);
    }
    if (this.size === this.capacity) {
      this.capacity *= 2;
      for (const column of this.columns) column.grow(this.capacity);
    }
    const i = this.size++;
    for (let k = 0; k < this.keys.length; k++) (this.columns[k] as Column).set(i, fields[this.keys[k] as string]);
  }

  /** The record at `index`, as a handle onto its row (writes go to the table). */
  at(index: number): T | undefined {
    const i = index < 0 ? index + this.size : index;
    return i >= 0 && i < this.size ? new this.Row(this, i) : undefined;
  }

  map<U>(each: (record: T, index: number) => U): U[] {
    const out: U[] = [];
    for (let i = 0; i < this.size; i++) out.push(each(new this.Row(this, i), i));
    return out;
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.size; i++) yield new this.Row(this, i);
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
