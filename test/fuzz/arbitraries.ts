import fc from "fast-check";
import type { ExcelFunction } from "../../shared/excel/define.js";
import { EXCEL_ERROR_CODES } from "../../shared/excel/errors.js";
import type { Param } from "../../shared/excel/params.js";

/**
 * Excel-shaped arguments for fuzzing: what a cell or a range can really hand a custom function (numbers,
 * serial dates, text, booleans, blanks as null / "" / 0, error values, rectangular ranges), plus what only a
 * careless Node caller would pass (NaN, ±Infinity, undefined, ragged or empty arrays, 100,000-character text).
 * Arguments lean towards each parameter's declared type and share one range shape per call, so the fuzzer
 * gets past the first shape check and into the functions' arithmetic.
 */
const LONG_TEXT = "x".repeat(100_000);

const numbers = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -1_000, max: 1_000_000 }) },
  { weight: 3, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: 36_526, max: 55_153 }) }, // serial dates 2000–2050
  { weight: 1, arbitrary: fc.double() }, // includes NaN, ±Infinity, -0, subnormals
  {
    weight: 1,
    arbitrary: fc.constantFrom(0, -0, 1, -1, 0.5, 60, 2_958_465, 2_958_466, 1e308, -1e308, 5e-324, 2 ** 53),
  },
);

const WORDS = [
  "",
  " ",
  "Won",
  "Lost",
  "Open",
  "No decision",
  "closed won",
  "gewonnen",
  "赢单",
  "1,234.5",
  "12%",
  "-3",
  "2026-06-30",
  "2026-02-30",
  "30/06/2026",
  "TRUE",
  "#N/A",
  "=1+1",
  "<script>alert(1)</script>",
  "Increase revenue by 10% by 2026-12-31",
  "Grow win rate from 30% to 40% by Q4",
];

const texts = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 1, arbitrary: fc.constant(LONG_TEXT) },
);

const errors = fc.constantFrom(...EXCEL_ERROR_CODES).map((error) => ({ error, message: "from an upstream cell" }));

const blanks = fc.constantFrom(null, "", 0, undefined);

/** One cell of a range: mostly numbers and words, sometimes blanks, booleans or errors. */
const cell = fc.oneof(
  { weight: 5, arbitrary: numbers },
  { weight: 4, arbitrary: texts },
  { weight: 2, arbitrary: fc.constantFrom(null, "") },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: errors },
);

const matrix = (rows: number, cols: number) =>
  fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

/** Quoted words in a parameter's help are its choices ("closed", "broad", …): try them as they are. */
function choicesOf(param: Param<unknown>): string[] {
  return [...param.description.matchAll(/"([^"]{1,40})"/g)].map((m) => m[1] as string);
}

function argFor(param: Param<unknown>, rows: number, cols: number): fc.Arbitrary<unknown> {
  const choices = choicesOf(param);
  const typed =
    param.excelType === "any[][]"
      ? matrix(rows, cols)
      : param.excelType === "number"
        ? numbers
        : param.excelType === "boolean"
          ? fc.boolean()
          : choices.length > 0
            ? fc.constantFrom(...choices)
            : fc.oneof(numbers, texts);
  return fc.oneof(
    { weight: 12, arbitrary: typed },
    { weight: 1, arbitrary: blanks },
    { weight: 1, arbitrary: errors },
    { weight: 1, arbitrary: cell },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 4 }).chain((r) => matrix(r, 1 + (r % 3))) },
    { weight: 1, arbitrary: fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 4 }) }, // ragged
  );
}

/** A whole argument list: one shared range shape, sometimes fewer arguments (omitted optionals), rarely more. */
export function argumentsFor(fn: ExcelFunction): fc.Arbitrary<unknown[]> {
  return fc
    .record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 2 }) })
    .chain(({ rows, cols }) =>
      fc.tuple(
        fc.tuple(...fn.params.map((p) => argFor(p, rows, cols))),
        fc.integer({ min: 0, max: fn.params.length + 1 }),
        fc.integer({ min: 0, max: 9 }),
      ),
    )
    .map(([args, cut, roll]) => {
      // Mostly the full list; sometimes cut short; rarely one argument too many.
      if (roll < 6) return args as unknown[];
      if (roll < 9) return (args as unknown[]).slice(0, cut);
      return [...(args as unknown[]), 1];
    });
}
