import { describe, expect, it } from "vitest";
import {
  COLUMN_BLOCK_BITS,
  COLUMN_BLOCK_MASK,
  type CodedColumn,
  codedColumn,
  type NumberColumn,
  numberColumn,
} from "../../../generator/report/workbook/column-views.js";
import { RecordTable } from "../../../generator/report/workbook/record-table.js";

/**
 * The report reads the Deals fields a column at a time (numberColumn, codedColumn) rather than through a handle
 * per row. Whatever a column holds — numbers, a row sequence, repeated texts, texts too varied to code, mixed
 * values, nothing at all — and whether the records are a table or an array, the view must give every row's
 * value as the record itself gives it (a blank as NaN or code 0), across blocks of 65,536 rows.
 */
type Rec = { row: number; id?: string; amount?: number; outcome?: unknown; rep?: string };
const KEYS = ["id", "amount", "outcome", "rep", "row"];

function table(records: readonly Rec[]): RecordTable<Rec> {
  const t = new RecordTable<Rec>(KEYS);
  for (const r of records) t.push({ id: undefined, amount: undefined, outcome: undefined, rep: undefined, ...r });
  return t;
}

const numberAt = (column: NumberColumn, i: number) =>
  (column[i >>> COLUMN_BLOCK_BITS] as Float64Array)[i & COLUMN_BLOCK_MASK] as number;

function valueAt(column: CodedColumn, i: number): unknown {
  const code = (column.codes[i >>> COLUMN_BLOCK_BITS] as Uint16Array)[i & COLUMN_BLOCK_MASK] as number;
  return code === 0 ? undefined : column.values[code - 1];
}

/** Every row of a field through the views, beside the field as each record (a plain object) has it. */
function expectViews(records: readonly Rec[], key: keyof Rec) {
  // toEqual compares numbers with Object.is: -0 is not 0, and NaN (a blank) equals NaN.
  const numbers = records.map((r) => (typeof r[key] === "number" ? (r[key] as number) : Number.NaN));
  const values = records.map((r) => r[key]);
  for (const list of [table(records), records]) {
    const n = numberColumn(list, key);
    const coded = codedColumn(list, key);
    expect(records.map((_, i) => numberAt(n, i))).toEqual(numbers);
    expect(records.map((_, i) => valueAt(coded, i))).toEqual(values);
  }
}

const many = (n: number, each: (i: number) => Partial<Rec>): Rec[] =>
  Array.from({ length: n }, (_, i) => ({ row: i + 2, ...each(i) }));

describe("numberColumn(records, key) and codedColumn(records, key)", () => {
  it.each([
    [
      "numbers with blanks and -0, over two blocks",
      many(70_000, (i) => (i % 9 ? { amount: i === 5 ? -0 : i * 1.5 } : {})),
    ],
    ["a row sequence", many(70_000, () => ({}))],
    [
      "repeated texts with blanks and an empty text",
      many(1000, (i) => (i % 7 ? { rep: `Rep ${i % 13}` } : { rep: i % 2 ? "" : undefined })),
    ],
    ["texts too varied to code, over two blocks", many(70_000, (i) => (i % 11 ? { id: `D${i}` } : {}))],
    [
      "mixed values (a number column that meets a text)",
      many(300, (i) => ({ amount: i === 150 ? ("x" as never) : i })),
    ],
  ])("read %s as each record gives it", (_name, records) => {
    for (const key of ["row", "amount", "rep", "id"] as const) expectViews(records, key);
  });

  it("reads a field no record has as blank in every row", () => {
    const records = many(70_000, (i) => ({ amount: i }));
    for (const list of [table(records), records]) {
      const numbers = numberColumn(list, "rep");
      const coded = codedColumn(list, "rep");
      expect(coded.values).toEqual([]);
      for (const i of [0, 65_535, 65_536, 69_999]) {
        expect(numberAt(numbers, i)).toBeNaN();
        expect(valueAt(coded, i)).toBeUndefined();
      }
    }
  });

  it("gives one code per distinct value, and the table's own storage for coded texts and numbers", () => {
    const records = many(10, (i) => ({ rep: ["Ana", "Ben", "Ana"][i % 3], amount: i * 2.5 }));
    const t = table(records);
    const coded = codedColumn(t, "rep");
    expect([...coded.values].sort()).toEqual(["Ana", "Ben"]);
    // The same blocks on every read: the view is the table's storage, not a copy.
    expect(codedColumn(t, "rep").codes[0]).toBe(coded.codes[0]);
    expect(numberColumn(t, "amount")[0]).toBe(numberColumn(t, "amount")[0]);
  });

  it("reads rows as they are after sorting by row and after a write through a handle", () => {
    const t = table([
      { row: 9, rep: "C", amount: 3 },
      { row: 3, rep: "A", amount: 1 },
      { row: 5, rep: "B" },
    ]);
    t.sortByRow();
    (t.at(2) as Rec).amount = 7;
    const amounts = numberColumn(t, "amount");
    expect([0, 1, 2].map((i) => numberAt(amounts, i))).toEqual([1, Number.NaN, 7]);
    const reps = codedColumn(t, "rep");
    expect([0, 1, 2].map((i) => valueAt(reps, i))).toEqual(["A", "B", "C"]);
  });
});
