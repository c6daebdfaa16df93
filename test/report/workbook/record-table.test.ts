import { describe, expect, it } from "vitest";
import { plain, plainRecords, RecordTable } from "../../../generator/report/workbook/record-table.js";

/**
 * Issue 12: the Deals sheet is stored by column. Whatever a column turns out to hold — numbers, repeated
 * texts, texts that never repeat, a mix, error values, blanks — each record must read back exactly as it was
 * pushed, after growth, writes through a handle, and sorting by row.
 */
type Rec = { row: number; id?: string; amount?: number; outcome?: unknown; rep?: string };
const KEYS = ["id", "amount", "outcome", "rep", "row"];

/** Records pushed one by one into a table, and the same records kept as plain objects (the expectation). */
function both(records: Rec[]) {
  const table = new RecordTable<Rec>(KEYS);
  for (const r of records) table.push({ id: undefined, amount: undefined, outcome: undefined, rep: undefined, ...r });
  // The expectation: each record without its blank fields (a table reads a blank as absent).
  const expected = records.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Rec);
  return { table, expected };
}

describe("RecordTable", () => {
  it.each([
    ["numbers with blanks, negative zero and fractions", [{ amount: 1.5 }, {}, { amount: -0 }, { amount: 1e300 }]],
    ["repeated texts", [{ rep: "Ana" }, { rep: "Ben" }, { rep: "Ana" }, {}, { rep: "" }]],
    ["a number column that meets a text", [{ amount: 1 }, { amount: 2 }, { outcome: "x" }, { amount: "3" as never }]],
    ["mixed outcome values", [{ outcome: "Won" }, { outcome: true }, { outcome: 0 }, { outcome: "Won" }, {}]],
  ])("reads back %s", (_name, rows) => {
    const { table, expected } = both(rows.map((r, i) => ({ row: i + 2, ...r })));
    expect(plainRecords(table)).toEqual(expected);
    expect(table.length).toBe(rows.length);
  });

  it("keeps -0 and an error value as they were (not as 0 or a copy)", () => {
    const error = { error: "#N/A" };
    const { table } = both([
      { row: 2, amount: -0, outcome: error },
      { row: 3, outcome: error },
    ]);
    expect(Object.is(table.at(0)?.amount, -0)).toBe(true);
    expect(table.at(1)?.outcome).toBe(error);
  });

  it("grows past its first capacity and switches a coded column to plain values past 65,535 distinct texts", () => {
    const rows: Rec[] = [];
    for (let i = 0; i < 70_000; i++) rows.push({ row: i + 2, id: `D${i}`, amount: i % 7 === 0 ? undefined : i * 10 });
    const { table, expected } = both(rows);
    expect(table.length).toBe(70_000);
    for (const i of [0, 65_534, 65_535, 65_536, 65_537, 69_999]) expect(plain(table.at(i))).toEqual(expected[i]);
    expect(table.at(-1)?.id).toBe("D69999");
    expect(table.at(70_000)).toBeUndefined();
  });

  it("keeps texts past 65,535 distinct ones (joined by block): blanks, empty texts, rewrites and a later number", () => {
    const rows: Rec[] = [];
    for (let i = 0; i < 90_000; i++) {
      const id = i % 1000 === 7 ? undefined : i % 1000 === 8 ? "" : i % 1000 === 9 ? `D${i}-ünï-数` : `D${i}`;
      rows.push({ row: i + 2, id });
    }
    const { table, expected } = both(rows);
    const ids = () => table.map((r) => r.id);
    expect(ids()).toEqual(expected.map((r) => r.id));
    // A row of a joined block written again, then a number in the column: every row still reads back.
    (table.at(9) as Rec).id = "rewritten";
    (table.at(20_000) as Rec).id = undefined;
    expected[9] = { ...expected[9], id: "rewritten" } as Rec;
    expected[20_000] = { row: 20_002 };
    expect(ids()).toEqual(expected.map((r) => r.id));
    (table.at(1) as Rec).id = 42 as never;
    expect(ids()).toEqual(expected.map((r, i) => (i === 1 ? 42 : r.id)));
  });

  it("stores rows that go up by one as a sequence, and any other row number as a number", () => {
    const { table } = both([{ row: 2 }, { row: 3 }, { row: 4 }]);
    expect(table.map((r) => r.row)).toEqual([2, 3, 4]);
    table.push({ row: 9 });
    table.push({ row: 10 });
    expect(table.map((r) => r.row)).toEqual([2, 3, 4, 9, 10]);
    (table.at(0) as Rec).row = 7;
    expect(table.map((r) => r.row)).toEqual([7, 3, 4, 9, 10]);
  });

  it("keeps 0 and -0 apart in a column of codes (a Map holds them as one key)", () => {
    const { table } = both([
      { row: 2, outcome: "x" },
      { row: 3, outcome: 0 },
      { row: 4, outcome: -0 },
      { row: 5, outcome: 0 },
    ]);
    expect(table.map((r) => Object.is(r.outcome, -0))).toEqual([false, false, true, false]);
    expect(table.map((r) => r.outcome)).toEqual(["x", 0, -0, 0]);
  });

  it("writes the same JSON as the array of its records (the task pane hashes its data as JSON)", () => {
    // Keys in the table's order, as a sheet parser builds its records (contract order, then row).
    const rows: Rec[] = [{ id: "a", amount: 1.5, outcome: "Won", row: 2 }, { rep: "Ana", row: 3 }, { row: 4 }];
    const { table, expected } = both(rows);
    expect(JSON.stringify({ deals: table })).toBe(JSON.stringify({ deals: expected }));
  });

  it("writes through a handle, and a blank written reads as absent", () => {
    const { table } = both([
      { row: 2, rep: "Ana", outcome: "Won" },
      { row: 3, rep: "Ben" },
    ]);
    const first = table.at(0) as Rec;
    first.rep = undefined;
    first.outcome = "won";
    (table.at(1) as Rec).amount = 12.5;
    expect(plainRecords(table)).toEqual([
      { row: 2, outcome: "won" },
      { row: 3, rep: "Ben", amount: 12.5 },
    ]);
    expect(JSON.stringify(table.at(0))).toBe('{"outcome":"won","row":2}');
  });

  it("sorts by row, keeping pushed order among equal rows", () => {
    const { table } = both([
      { row: 9, id: "c" },
      { row: 3, id: "a" },
      { row: 9, id: "d" },
      { row: 5, id: "b", amount: 4 },
    ]);
    table.sortByRow();
    expect(table.map((r) => [r.row, r.id, r.amount])).toEqual([
      [3, "a", undefined],
      [5, "b", 4],
      [9, "c", undefined],
      [9, "d", undefined],
    ]);
  });

  it("refuses a record with a field it has no column for (it would be lost)", () => {
    const table = new RecordTable<Rec>(["id", "row"]);
    expect(() => table.push({ row: 2, id: "a", amount: 5 })).toThrow(/a amount field was given to a table of id, row/);
  });

  it("stores a row given as values (pushValues) as it stores the same record pushed", () => {
    const fields = ["id", "amount", "outcome", "rep", "row"] as const;
    const records: Rec[] = [
      { row: 2, id: "a", amount: 1.5, outcome: "Won", rep: "Ana" },
      { row: 3, amount: -0, outcome: true },
      { row: 4, id: "c", outcome: 0, rep: "" },
      { row: 9, amount: 1e300, rep: "Ana" },
    ];
    const { table, expected } = both(records);
    const byValues = new RecordTable<Rec>(KEYS);
    for (const r of records)
      byValues.pushValues(
        fields,
        fields.map((key) => r[key]),
      );
    expect(plainRecords(byValues)).toEqual(expected);
    expect(Object.is(byValues.at(1)?.amount, -0)).toBe(true);
    expect(JSON.stringify(byValues)).toBe(JSON.stringify(table));
    expect(() => new RecordTable<Rec>(["id", "row"]).pushValues(["id", "amount", "row"], ["a", 5, 2])).toThrow(
      /a amount field was given to a table of id, row/,
    );
  });
});
