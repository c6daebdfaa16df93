import { isoToSerial } from "../../shared/excel/dates.js";
import { simulateTransactions } from "../support/clv-simulate.js";

/**
 * Every optional number of every function, with what its 0 means (params.ts, `optional`). Excel passes a
 * left-out optional argument as null (Microsoft, "Custom functions parameter options": "When no value is specified
 * for an optional parameter, Excel assigns it the value null"), a blank cell as null on the web and as 0 on the
 * desktop (OfficeDev/office-js 4702: "Empty cells are passed as zero in desktop and null in office web"; 5262 for
 * ranges). So the web's blank is the left-out argument, and the desktop's blank is a typed 0:
 * - "default": the default is 0, so both blanks, 0 and left out give the same answer;
 * - "refused": 0 is #VALUE! saying a blank cell arrives as 0 on the desktop and to leave the argument out; the
 *   web's blank (null) gives the left-out answer, which is what the message tells the desktop user to do.
 * `leftOut` and `other` were worked by hand (per row); `written` is the documented default, written out.
 */
export interface OptionalNumberCase {
  readonly fn: string;
  readonly param: string;
  /** The call, with `x` at the parameter's place. */
  readonly args: (x: unknown) => unknown[];
  readonly zero: "default" | "refused";
  /** The answer with the argument left out (worked by hand), or "fit" where only the fit can say (CLVPREDICT). */
  readonly leftOut: unknown;
  /** The documented default written out: must give the left-out answer. */
  readonly written: number;
  /** Another value, and its answer, so the test shows the argument is used. */
  readonly other: readonly [number, unknown];
  /** The refusal's message, pinned. */
  readonly message?: string;
}

const col = (...values: unknown[]) => values.map((v) => [v]);

/** A CDNOW-like history of 400 customers (bench/cases/clvfit.ts's estimates), small enough to fit in a moment. */
export function clvColumns(): unknown[][][] {
  const rows = simulateTransactions({
    seed: 1997,
    customers: 400,
    bg: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
    gg: { p: 6.25, q: 3.74, gamma: 15.44 },
    startSerial: isoToSerial("1997-01-01") as number,
    firstPurchaseDays: 84,
    days: 272,
    unitDays: 7,
  });
  return [rows.map((t) => [`C${t.customer}`]), rows.map((t) => [t.date]), rows.map((t) => [t.amount])];
}
const CLV_COLUMNS = clvColumns();
const ONE_YEAR_IN_WEEKS = 365.25 / 7;
const SMART_GOAL = "Increase revenue to 150 by 30 June 2026.";

const refusal = (name: string, means: string, fallback: string) =>
  `${name} is 0, which ${means}. Excel desktop passes a blank cell as 0: leave ${name} out for the default (${fallback}).`;

export const OPTIONAL_NUMBERS: readonly OptionalNumberCase[] = [
  {
    // 100 a period at 10% churn: 100 × margin / 0.1.
    fn: "CLV",
    param: "gross_margin",
    args: (x) => [100, 0.1, x, null, null, null],
    zero: "refused",
    leftOut: 1000,
    written: 1,
    other: [0.5, 500],
    message: refusal("gross_margin", "would make the lifetime value 0", "1 = 100%"),
  },
  {
    // Timing "end": m/(1+d) × (1+d)/(d+churn) = 50 / (d + 0.1): 500 undiscounted, 250 at d = 0.1.
    fn: "CLV",
    param: "discount_rate",
    args: (x) => [100, 0.1, 0.5, x, null, null],
    zero: "default",
    leftOut: 500,
    written: 0,
    other: [0.1, 250],
  },
  {
    // Unlimited: 50 / 0.1 = 500. Two periods: 50 × (1 + 0.9) = 95.
    fn: "CLV",
    param: "periods",
    args: (x) => [100, 0.1, 0.5, 0, x, null],
    zero: "refused",
    leftOut: 500,
    written: Number.NaN, // "no limit" has no number: only left out gives it
    other: [2, 95],
    message: refusal("periods", "is no horizon at all", "no limit"),
  },
  {
    fn: "CLVPREDICT",
    param: "horizon",
    args: (x) => [...CLV_COLUMNS, x, null, null, null],
    zero: "refused",
    leftOut: "fit",
    written: ONE_YEAR_IN_WEEKS,
    other: [26, "fit"],
    message: refusal("horizon", "is no horizon at all", "one year"),
  },
  {
    fn: "CLVPREDICT",
    param: "discount_rate",
    args: (x) => [...CLV_COLUMNS, null, x, null, null],
    zero: "refused",
    leftOut: "fit",
    written: 0.1,
    other: [0.2, "fit"],
    message: refusal(
      "discount_rate",
      "would be no discounting (for undiscounted value, multiply expected purchases by expected spend)",
      "0.1 = 10% a year",
    ),
  },
  {
    // One period: 1000 × 1/4 and × 3/4. Two equal periods halve each.
    fn: "QUOTASPLIT",
    param: "seasonality",
    args: (x) => [1000, col(1, 3), x, null, null, null],
    zero: "refused",
    leftOut: [[250], [750]],
    written: 1,
    other: [
      2,
      [
        [125, 125],
        [375, 375],
      ],
    ],
    message: refusal("seasonality", "is no periods at all", "one period"),
  },
  {
    // 1000 split 1 : 2 is 333.3 and 666.7: by 1, the larger remainder takes the extra unit (333, 667); by 100,
    // 3.33 and 6.67 units → 3 and 7.
    fn: "QUOTASPLIT",
    param: "unit",
    args: (x) => [1000, col(1, 2), null, null, x, null],
    zero: "refused",
    leftOut: [[333], [667]],
    written: 1,
    other: [100, [[300], [700]]],
    message: refusal("unit", "is no rounding unit", "1"),
  },
  {
    // 1000 × 1.2 = 1200 split 1 : 3.
    fn: "QUOTASPLIT",
    param: "cushion",
    args: (x) => [1000, col(1, 3), null, null, null, x],
    zero: "refused",
    leftOut: [[250], [750]],
    written: 1,
    other: [1.2, [[300], [900]]],
    message: refusal("cushion", "would assign nothing", "1 = 100% of total"),
  },
  {
    // (121/100)^(1/1) − 1 = 0.21; over two periods (1.21)^(1/2) − 1 = 0.1.
    fn: "CAGR",
    param: "periods",
    args: (x) => [100, 121, x],
    zero: "refused",
    leftOut: 0.21,
    written: 1,
    other: [2, 0.1],
    message: refusal("periods", "gives no rate per period", "1"),
  },
  {
    // 1200 / (100 × margin): 12 months at 100%, 24 at 50%.
    fn: "CACPAYBACK",
    param: "gross_margin",
    args: (x) => [1200, 100, x],
    zero: "refused",
    leftOut: 12,
    written: 1,
    other: [0.5, 24],
    message: refusal("gross_margin", "never pays the cost back", "1 = 100%"),
  },
  {
    // 300k / 100k = 3; at 25%: needed 1 / 0.25 = 4, expected attainment 3 × 0.25 = 0.75.
    fn: "PIPECOVERAGE",
    param: "win_rate",
    args: (x) => [300000, 100000, x],
    zero: "refused",
    leftOut: [[3]],
    written: Number.NaN, // "coverage alone" has no number
    other: [0.25, [[3, 4, 0.75]]],
    message: refusal("win_rate", "would mean no deal is ever won", "coverage alone"),
  },
  {
    // Close first: 10000 deals / 0.5 = 20000, / 0.2 = 100000. With a deal size of 1000: 10 deals → 20, 100.
    fn: "ACTIVITYPLAN",
    param: "deal_size",
    args: (x) => [10000, col(0.5, 0.2), x, null],
    zero: "refused",
    leftOut: [[20000], [100000]],
    written: Number.NaN, // "the target counts deals" has no number
    other: [1000, [[20], [100]]],
    message: refusal("deal_size", "cannot turn a revenue target into deals", "the target counts deals"),
  },
  {
    // History 100 → 110 → 120: the largest change is +10%, so at most +20% is achievable. From the last value,
    // 120 → 150 is +25%: A fails, 4/5. From a baseline of 140, +7.1%: A passes, 5/5.
    fn: "SMARTCHECK",
    param: "baseline",
    args: (x) => [SMART_GOAL, x, col(100, 110, 120), "score", null],
    zero: "refused",
    leftOut: 4,
    written: 120,
    other: [140, 5],
    message: refusal("baseline", "gives no base to measure the change from", "the last history value"),
  },
];

/** How each platform hands a blank (or a 0) to a scalar parameter: as itself or as a one-cell range. */
export const DESKTOP_FORMS: readonly unknown[] = [0, [[0]]];
export const WEB_FORMS: readonly unknown[] = [null, [[null]]];
