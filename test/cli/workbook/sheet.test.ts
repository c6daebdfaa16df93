import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../shared/excel/values.js";
import { decodeSheet, worksheet } from "./sheet-xml.js";

/**
 * The sheet decoder on hand-written SpreadsheetML (ECMA-376 Part 1, §18.3.1.4 `c`, §18.3.1.96 `v`, §18.18.11
 * ST_CellType). Every case is decoded twice, through the fast path and through the general tokenizer alone,
 * and both must agree with the expected values, written out here by hand.
 */
const NA = { error: "#N/A", message: "the cell holds the error #N/A" } as CellValue;
const STRINGS = ["zero", "one", "two"];

function cells(rows: string, options: Parameters<typeof decodeSheet>[1] = {}) {
  const fast = decodeSheet(worksheet(rows), { strings: STRINGS, ...options });
  const general = decodeSheet(worksheet(rows), { strings: STRINGS, ...options, fast: false });
  expect(general).toEqual(fast);
  return fast;
}

describe("SheetDecoder: cell values by type", () => {
  it.each<[string, string, CellValue[]]>([
    ["a number", '<c r="A1"><v>42.5</v></c>', [42.5]],
    ["an exponent", '<c r="A1"><v>1.2345678901234567E+20</v></c>', [1.2345678901234567e20]],
    ["a negative integer", '<c r="A1" t="n"><v>-7</v></c>', [-7]],
    ["a shared string", '<c r="A1" t="s"><v>2</v></c>', ["two"]],
    ["TRUE and FALSE", '<c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c>', [true, false]],
    ["an error", '<c r="A1" t="e"><v>#N/A</v></c>', [NA]],
    [
      "an unknown error code as #VALUE!",
      '<c r="A1" t="e"><v>#SPILL!</v></c>',
      [{ error: "#VALUE!", message: "the cell holds the error #SPILL!" } as CellValue],
    ],
    ["a formula's text result", '<c r="A1" t="str"><f>A2&amp;"x"</f><v>a &amp; b</v></c>', ["a & b"]],
    ["an inline string", '<c r="A1" t="inlineStr"><is><t>Acme</t></is></c>', ["Acme"]],
    [
      "rich text runs, without the phonetic guide",
      '<c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>東京</t></r><r><t xml:space="preserve"> 本社</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c>',
      ["東京 本社"],
    ],
    ["an ISO date cell", '<c r="A1" t="d"><v>2026-01-15T00:00:00</v></c>', [46037]],
    ["an escaped carriage return", '<c r="A1" t="inlineStr"><is><t>a_x000D_b</t></is></c>', ["a\rb"]],
    ["a character reference", '<c r="A1" t="str"><v>&#x41;&#66;</v></c>', ["AB"]],
    ["CDATA", '<c r="A1" t="str"><v><![CDATA[<&>]]></v></c>', ["<&>"]],
  ])("reads %s", (_what, xml, expected) => {
    expect(cells(`<row r="1">${xml}</row>`)).toEqual({
      rows: [{ number: 1, cells: expected }],
      problems: [],
      rowElements: 1,
    });
  });

  it("keeps a formula's cached 0, FALSE, empty text and error, and leaves a never-calculated formula blank", () => {
    const { rows } = cells(
      '<row r="2"><c r="A2"><f>1-1</f><v>0</v></c><c r="B2" t="b"><f>1=2</f><v>0</v></c>' +
        '<c r="C2" t="str"><f>""</f><v></v></c><c r="D2" t="e"><f>NA()</f><v>#N/A</v></c><c r="E2"><f>1+1</f></c>' +
        '<c r="F2" t="b"><f>TRUE()</f><v>1</v></c></row>',
    );
    expect(rows).toEqual([{ number: 2, cells: [0, false, "", NA, null, true] }]);
  });

  it("reads shared formulas, master and children, by their cached values", () => {
    const { rows } = cells(
      '<row r="2"><c r="A2"><f t="shared" ref="A2:A4" si="0">ROW()-2</f><v>0</v></c></row>' +
        '<row r="3"><c r="A3"><f t="shared" si="0"/><v>1</v></c></row><row r="4"><c r="A4"><f t="shared" si="0"/><v>2</v></c></row>',
    );
    expect(rows.map((r) => [r.number, r.cells])).toEqual([
      [2, [0]],
      [3, [1]],
      [4, [2]],
    ]);
  });

  it("places sparse cells by column and leaves rows without values out", () => {
    const { rows, rowElements } = cells(
      '<row r="3"><c r="C3"><v>1</v></c><c r="F3" t="s"><v>0</v></c></row><row r="4"><c r="A4" s="2"/></row><row r="9" spans="1:3"/>',
    );
    expect(rows).toEqual([{ number: 3, cells: [null, null, 1, null, null, "zero"] }]);
    expect(rowElements).toBe(3);
  });

  it("numbers rows and cells without r from the ones before them, as some writers leave r out", () => {
    const { rows } = cells(
      '<row><c><v>1</v></c><c><v>2</v></c></row><row r="5"><c><v>3</v></c><c r="D5"><v>4</v></c><c><v>5</v></c></row><row><c t="s"><v>1</v></c></row>',
    );
    expect(rows).toEqual([
      { number: 1, cells: [1, 2] },
      { number: 5, cells: [3, null, null, 4, 5] },
      { number: 6, cells: ["one"] },
    ]);
  });

  it("takes a row's number from its cells when the row has no r", () => {
    expect(cells('<row><c r="B7"><v>1</v></c></row>').rows).toEqual([{ number: 7, cells: [null, 1] }]);
  });

  it("moves 1904 date serials to the 1900 system, only in date-formatted cells", () => {
    // 2026-01-15 is 46037 in the 1900 system and 46037 − 1462 = 44575 in the 1904 system.
    const dateStyles = Uint8Array.from([0, 1]);
    const { rows } = cells(
      '<row r="1"><c r="A1" s="1"><v>44575</v></c><c r="B1"><v>44575</v></c><c r="C1" s="1"><f>A1</f><v>44575</v></c></row>',
      { dateStyles },
    );
    expect(rows[0]?.cells).toEqual([46037, 44575, 46037]);
  });

  it("reads namespace-prefixed elements (x:c), as the OpenXML SDK writes them", () => {
    const xml = worksheet(
      '<x:row r="1"><x:c r="A1" t="s"><x:v>1</x:v></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row>',
      "x:",
    );
    const fast = decodeSheet(xml, { strings: STRINGS });
    expect(fast).toEqual(decodeSheet(xml, { strings: STRINGS, fast: false }));
    expect(fast.rows).toEqual([{ number: 1, cells: ["one", 2] }]);
  });

  it("reads pretty-printed XML (whitespace between elements)", () => {
    const { rows } = cells(
      '\n  <row r="1">\n    <c r="A1" t="s">\n      <v>0</v>\n    </c>\n    <c r="B1">\n      <f>1+1</f>\n      <v>2</v>\n    </c>\n  </row>\n',
    );
    expect(rows).toEqual([{ number: 1, cells: ["zero", 2] }]);
  });
});

describe("SheetDecoder: what a cell's type does not allow is a problem at the cell", () => {
  it("names each bad numeric value, never a blank or a 0 in its place", () => {
    const { rows, problems } = cells(
      '<row r="2"><c r="A2"><v>NaN</v></c><c r="B2"><v>1e309</v></c><c r="C2"><v>abc</v></c><c r="D2"><v>0x10</v></c>' +
        '<c r="E2"><v>INF</v></c><c r="F2"><v> 12 </v></c><c r="G2"><v></v></c></row>',
    );
    expect(rows).toEqual([{ number: 2, cells: [null, null, null, null, null, 12] }]);
    expect(problems).toMatchInlineSnapshot(`
      [
        "Data!A2: a number cell must hold a number, got "NaN"",
        "Data!B2: a number cell must hold a number, got "1e309" (beyond the largest number Excel holds)",
        "Data!C2: a number cell must hold a number, got "abc"",
        "Data!D2: a number cell must hold a number, got "0x10"",
        "Data!E2: a number cell must hold a number, got "INF"",
      ]
    `);
  });

  it("names bad shared-string indexes, booleans, dates and types", () => {
    const { problems } = cells(
      '<row r="1"><c r="A1" t="s"><v>3</v></c><c r="B1" t="s"><v>-1</v></c><c r="C1" t="b"><v>yes</v></c>' +
        '<c r="D1" t="d"><v>tomorrow</v></c><c r="E1" t="x"><v>1</v></c></row>',
    );
    expect(problems).toMatchInlineSnapshot(`
      [
        "Data!A1: a shared-string cell must refer to one of the workbook's 3 shared strings, got "3"",
        "Data!B1: a shared-string cell must refer to one of the workbook's 3 shared strings, got "-1"",
        "Data!C1: a boolean cell must hold 0 or 1, got "yes"",
        "Data!D1: a date cell must hold an ISO 8601 date such as 2026-06-30, got "tomorrow"",
        "Data!E1: a cell's type must be b, d, e, inlineStr, n, s or str, got "x"",
      ]
    `);
  });

  it("says when the workbook has no shared strings part at all", () => {
    const { problems } = cells('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', {
      strings: [],
      sharedStringsMissing: true,
    });
    expect(problems).toMatchInlineSnapshot(`
      [
        "Data!A1: a shared-string cell must refer to the workbook's shared strings, but the workbook has none (its sharedStrings part is missing), got "0"",
      ]
    `);
  });

  it("names references outside the grid or outside their row", () => {
    const { problems } = cells(
      '<row r="2"><c r="XFE2"><v>1</v></c><c r="A3"><v>1</v></c></row><row r="1048577"><c><v>1</v></c></row>',
    );
    expect(problems).toMatchInlineSnapshot(`
      [
        "Data: row 2: a cell reference must be within A1:XFD1048576, got "XFE2"",
        "Data: row 2: a cell reference must be in its row 2, got "A3"",
        "Data: a row number must be 1 to 1048576, got "1048577" (after row 2)",
      ]
    `);
  });

  it("lists 20 bad cells of a sheet and counts the rest in one line", () => {
    const row = Array.from({ length: 25 }, (_, i) => `<c><v>x${i}</v></c>`).join("");
    const { problems } = cells(`<row r="1">${row}</row>`);
    expect(problems).toHaveLength(21);
    expect(problems.at(-1)).toBe(
      "Data: 5 more cells hold values their cell type does not allow (the file is damaged or was written by a faulty tool)",
    );
  });

  it("shows control and bidirectional characters in a bad value as escapes", () => {
    const { problems } = cells('<row r="1"><c r="A1"><v>1&#x202E;2&#10;</v></c></row>');
    expect(problems).toEqual(['Data!A1: a number cell must hold a number, got "1\\u202e2"']);
  });
});

describe("SheetDecoder: the fast path and the general path agree on any sheet, however it is chunked", () => {
  const text = fc.string({ unit: fc.constantFrom("a", "Z", "&", "<", ">", '"', " ", "é", "子", "_"), maxLength: 6 });
  const cell = fc.oneof(
    fc.record({
      t: fc.constant("n" as const),
      v: fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: true, noDefaultInfinity: true })),
    }),
    fc.record({ t: fc.constant("s" as const), v: fc.integer({ min: 0, max: 2 }) }),
    fc.record({ t: fc.constant("b" as const), v: fc.boolean() }),
    fc.record({ t: fc.constant("str" as const), v: text }),
    fc.record({ t: fc.constant("inlineStr" as const), v: text }),
    fc.record({ t: fc.constant("e" as const), v: fc.constantFrom("#N/A" as const, "#DIV/0!" as const) }),
  );
  const sheet = fc.array(
    fc.record({
      gap: fc.integer({ min: 0, max: 3 }),
      cells: fc.array(
        fc.record({ gap: fc.integer({ min: 0, max: 2 }), cell, formula: fc.boolean(), r: fc.boolean() }),
        { maxLength: 6 },
      ),
      r: fc.boolean(),
    }),
    { maxLength: 8 },
  );
  const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const letters = (col: number) => {
    let out = "";
    for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    return out;
  };

  it("decodes generated sheets to the values they were written from", () => {
    fc.assert(
      fc.property(sheet, fc.array(fc.nat(), { maxLength: 6 }), (rows, rawCuts) => {
        let xml = "";
        const expected: { number: number; cells: CellValue[] }[] = [];
        let number = 0;
        for (const row of rows) {
          number += 1 + row.gap;
          // Without r a row or cell follows the one before: only leave r out where that holds.
          const rowR = row.r || row.gap > 0 || number === 1 ? ` r="${number}"` : "";
          let col = -1;
          const values: CellValue[] = [];
          let cellsXml = "";
          for (const { gap, cell, formula, r } of row.cells) {
            col += 1 + gap;
            const ref = r || gap > 0 ? ` r="${letters(col)}${number}"` : "";
            const f = formula ? "<f>A1</f>" : "";
            const v = (content: string) => `${f}<v>${content}</v>`;
            const body =
              cell.t === "n"
                ? `<c${ref}>${v(String(cell.v))}</c>`
                : cell.t === "s"
                  ? `<c${ref} t="s">${v(String(cell.v))}</c>`
                  : cell.t === "b"
                    ? `<c${ref} t="b">${v(cell.v ? "1" : "0")}</c>`
                    : cell.t === "str"
                      ? `<c${ref} t="str">${v(escapeXml(cell.v))}</c>`
                      : cell.t === "inlineStr"
                        ? `<c${ref} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell.v)}</t></is></c>`
                        : `<c${ref} t="e">${v(cell.v)}</c>`;
            cellsXml += body;
            while (values.length < col) values.push(null);
            values[col] =
              cell.t === "s"
                ? (STRINGS[cell.v] as string)
                : cell.t === "n"
                  ? Number(String(cell.v))
                  : cell.t === "e"
                    ? { error: cell.v, message: `the cell holds the error ${cell.v}` }
                    : cell.v;
          }
          // A row's number comes from its first cell's reference when the row has none.
          xml += `<row${rowR}>${cellsXml}</row>`;
          if (values.length > 0) expected.push({ number, cells: values });
        }
        const whole = worksheet(xml);
        const cuts = [...new Set(rawCuts.map((c) => c % whole.length))].filter((c) => c > 0).sort((a, b) => a - b);
        const fast = decodeSheet(whole, { strings: STRINGS, cuts });
        expect(decodeSheet(whole, { strings: STRINGS, fast: false, cuts })).toEqual(fast);
        expect(fast.problems).toEqual([]);
        expect(fast.rows).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
