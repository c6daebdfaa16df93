/**
 * Sample calls per custom function, as Excel makes them: ranges as 2D arrays, omitted optional arguments as
 * null, dates as 1900-system serials, blank cells written as BLANK (the harness runs each call with blanks as
 * null, as "" and as 0: Excel on the web sends null, Excel desktop 0; every run must give the same answer). Every function in dist/addin/functions.json must
 * have at least one entry here; the harness fails naming any that has none.
 *
 * Values were worked by hand from the definitions in docs/domain.md (cited per row where it helps);
 * each call is also compared with the core (`excel.NAME` in Node), so the bundle is proven against both.
 */

import { isoToSerial } from "../../shared/excel/dates.js";
import { simulateTransactions } from "../support/clv-simulate.js";

export const BLANK = Symbol("blank cell");

export type Expected =
  | { readonly value: number | string | boolean; readonly close?: boolean }
  | { readonly spill: readonly (readonly unknown[])[] }
  | { readonly error: string; readonly message?: string }
  | { readonly rows: number; readonly cols: number };

export interface SampleCall {
  readonly title: string;
  readonly args: readonly unknown[];
  readonly expect: Expected;
}

const col = (...values: unknown[]) => values.map((v) => [v]);

export const SAMPLE_CALLS: Readonly<Record<string, readonly SampleCall[]>> = {
  WINRATE: [
    // docs/domain.md win rate: closed basis = won / (won + lost); blanks and open deals are left out.
    {
      title: "won, lost, blank, open → 1/2",
      args: [col("Won", "Lost", BLANK, "Open"), null, null],
      expect: { value: 0.5 },
    },
    {
      title: "weighted 100 won, 300 lost → 0.25",
      args: [col("Won", "Lost"), col(100, 300), null],
      expect: { value: 0.25 },
    },
    {
      title: "blank amount counts as 0",
      args: [col("Won", "Lost", "Won"), col(100, 300, BLANK), "closed"],
      expect: { value: 0.25 },
    },
    {
      title: "trailing blank rows of a whole-column reference change nothing",
      // Won 100 + 100, lost 300 + a blank amount (0): 200 / (200 + 300) = 0.4.
      args: [
        col("Won", "Lost", "Lost", "Won", BLANK, BLANK, BLANK),
        col(100, 300, BLANK, 100, BLANK, BLANK, BLANK),
        null,
      ],
      expect: { value: 0.4 },
    },
    { title: "TRUE/FALSE as won/lost", args: [col(true, false, false, true), null, "closed"], expect: { value: 0.5 } },
    {
      title: "nothing closed → #DIV/0!",
      args: [col(BLANK, "Open"), null, null],
      expect: { error: "#DIV/0!" },
    },
    {
      title: "shape mismatch → #VALUE! naming both sizes",
      args: [col("Won", "Lost"), col(100), null],
      expect: {
        error: "#VALUE!",
        message: "amounts must be the same size as outcomes: outcomes is 2×1, amounts is 1×1",
      },
    },
    {
      title: "unknown basis → #VALUE! listing the valid ones",
      args: [col("Won"), null, "wide"],
      expect: { error: "#VALUE!", message: 'basis must be one of "closed", "broad", "created"; got "wide"' },
    },
  ],
  WINRATEBY: [
    {
      title: "a blank group is (blank)",
      args: [col("Won", "Lost"), col("Ann", BLANK), null, null],
      expect: {
        spill: [
          ["Ann", 1, 1, 0, 0, 0],
          ["(blank)", 0, 0, 1, 0, 0],
        ],
      },
    },
    {
      title: "one row per rep in order of first appearance, blank outcomes skipped",
      args: [col("Won", "Lost", "Won", BLANK), col("Ann", "Bob", "Ann", "Bob"), null, null],
      expect: {
        spill: [
          ["Ann", 1, 2, 0, 0, 0],
          ["Bob", 0, 0, 1, 0, 0],
        ],
      },
    },
  ],
  GROWTH: [
    { title: "100 → 120 is 20%", args: [100, 120], expect: { value: 0.2 } },
    {
      title: "a blank from is 0 → #DIV/0!",
      args: [BLANK, 120],
      expect: { error: "#DIV/0!" },
    },
    { title: "from 0 → #DIV/0!", args: [0, 120], expect: { error: "#DIV/0!" } },
  ],
  CAGR: [
    { title: "100 → 121 over 2 periods is 10%", args: [100, 121, 2], expect: { value: 0.1, close: true } },
    // A blank or 0 periods: optional-numbers.ts (0 is refused there, and the desktop's blank is 0).
    { title: "periods left out is the default, 1", args: [100, 120, null], expect: { value: 0.2, close: true } },
  ],
  CHURNRATE: [
    { title: "10 lost of 200 is 5%", args: [200, 10], expect: { value: 0.05 } },
    { title: "a blank lost count is 0", args: [200, BLANK], expect: { value: 0 } },
  ],
  NRR: [{ title: "(1000 + 200 − 50 − 100) / 1000", args: [1000, 200, 50, 100], expect: { value: 1.05, close: true } }],
  GRR: [{ title: "(1000 − 50 − 100) / 1000", args: [1000, 50, 100], expect: { value: 0.85, close: true } }],
  CAC: [
    { title: "1000 spent, 10 customers → 100", args: [1000, 10], expect: { value: 100 } },
    { title: "no customers → #DIV/0!", args: [1000, 0], expect: { error: "#DIV/0!" } },
    { title: "a blank customer count is 0 → #DIV/0!", args: [1000, BLANK], expect: { error: "#DIV/0!" } },
  ],
  LTVCAC: [{ title: "300 / 100 = 3", args: [300, 100], expect: { value: 3 } }],
  CACPAYBACK: [
    { title: "1200 / 100 a month → 12 months", args: [1200, 100, null], expect: { value: 12 } },
    { title: "at 50% margin → 24 months", args: [1200, 100, 0.5], expect: { value: 24 } },
  ],
  CLV: [
    {
      title: "100 a period, 10% churn → 100 / 0.1",
      args: [100, 0.1, null, null, null, null],
      expect: { value: 1000, close: true },
    },
    { title: "at 50% margin → 500", args: [100, 0.1, 0.5, null, null, null], expect: { value: 500, close: true } },
    {
      // A blank margin or periods: optional-numbers.ts (0 is refused there, and the desktop's blank is 0).
      title: "a blank discount rate is 0 and a blank timing the default",
      args: [100, 0.1, null, BLANK, null, BLANK],
      expect: { value: 1000, close: true },
    },
  ],
  QUOTASPLIT: [
    { title: "1000 split 1 : 3", args: [1000, col(1, 3), null, null, null, null], expect: { spill: [[250], [750]] } },
    {
      title: "text weight → #VALUE! naming its row",
      args: [1000, col(1, "x"), null, null, null, null],
      expect: { error: "#VALUE!", message: 'weights row 2 must be a number, got "x"' },
    },
    {
      title: "a blank weight is 0",
      args: [1000, col(1, BLANK, 3), null, null, null, null],
      expect: { spill: [[250], [0], [750]] },
    },
    {
      // Two equal periods of 600. Rep 2 starts in period 2 at 25%: 600 × 1/1.25 = 480 and 600 × 0.25/1.25 = 120.
      title: "a blank start period means fully ramped",
      args: [1200, col(1, 1), 2, col(BLANK, 2), null, null],
      expect: {
        spill: [
          [600, 480],
          [0, 120],
        ],
      },
    },
    {
      // The same split with a capacity grid: rep 2's blank (or 0) in period 1 is no capacity, not "fully ramped".
      title: "a blank capacity in a grid is 0: no quota that period",
      args: [
        1200,
        col(1, 1),
        2,
        [
          [1, 1],
          [BLANK, 0.25],
        ],
        null,
        null,
      ],
      expect: {
        spill: [
          [600, 480],
          [0, 120],
        ],
      },
    },
    {
      // One period: a column is capacities. 1200 × 1/1.5 = 800 and 1200 × 0.5/1.5 = 400; a blank is capacity 0.
      title: "in a one-period split a ramp column holds capacities, a blank one 0",
      args: [1200, col(1, 1, 1), null, col(1, 0.5, BLANK), null, null],
      expect: { spill: [[800], [400], [0]] },
    },
    {
      title: "seasonality 1e9 (a date typed by mistake) → #NUM! with the limit",
      args: [1000, col(1, 2), 1e9, null, null, null],
      expect: {
        error: "#NUM!",
      },
    },
    {
      title: "45,000 periods, wider than the sheet → #NUM!",
      args: [1000, col(1, 2), 45000, null, null, null],
      expect: { error: "#NUM!" },
    },
  ],
  SALESCYCLE: [
    {
      title: "30 and 40 days → 35 on average",
      args: [col(45000, 45010), col(45030, 45050), null, null, null],
      expect: { value: 35 },
    },
    {
      title: "an open deal's blank closed date is skipped",
      args: [col(45000, 45010, 45020, BLANK), col(45030, 45050, BLANK, BLANK), null, null, null],
      expect: { value: 35 },
    },
  ],
  OUTCOME: [
    {
      title: "each outcome's word, blank as blank",
      args: [col("Closed Won", "Verloren", BLANK, "Proposal")],
      expect: { spill: [["won"], ["lost"], [""], ["open"]] },
    },
  ],
  DEALSIZE: [
    { title: "mean of 100 and 300", args: [col(100, 300), null, null, null], expect: { value: 200 } },
    {
      title: "blank amounts are skipped",
      args: [col(100, BLANK, 300, BLANK), null, null, null],
      expect: { value: 200 },
    },
    { title: "won deals only", args: [col(100, 300), col("Won", "Lost"), null, null], expect: { value: 100 } },
  ],
  WEIGHTEDPIPELINE: [
    {
      title: "1000 × 20% + 2000 × 50%",
      args: [
        col(1000, 2000),
        col("Demo", "Proposal"),
        [
          ["Demo", 0.2],
          ["Proposal", 0.5],
        ],
      ],
      expect: { value: 1200, close: true },
    },
    {
      title: "blank rows are skipped",
      args: [
        col(1000, BLANK, 2000, BLANK),
        col("Demo", BLANK, "Proposal", BLANK),
        [
          ["Demo", 0.2],
          ["Proposal", 0.5],
          [BLANK, BLANK],
        ],
      ],
      expect: { value: 1200, close: true },
    },
  ],
  PIPECOVERAGE: [
    { title: "300k pipeline for 100k to go → 3×", args: [300000, 100000, null], expect: { spill: [[3]] } },
    { title: "with a 25% win rate", args: [300000, 100000, 0.25], expect: { spill: [[3, 4, 0.75]] } },
  ],
  VELOCITY: [{ title: "50 × 10000 × 20% / 40 days", args: [50, 10000, 0.2, 40], expect: { value: 2500, close: true } }],
  ACTIVITYPLAN: [
    // Close first: 10 deals / 0.5 = 20 at the last stage, 20 / 0.2 = 100 at the one before.
    {
      title: "10 wins back through 50% and 20%",
      args: [10, col(0.5, 0.2), null, null],
      expect: { spill: [[20], [100]] },
    },
    {
      title: "trailing blank rates are left out",
      args: [10, col(0.5, 0.2, BLANK), null, null],
      expect: { spill: [[20], [100]] },
    },
  ],
  ATTAINMENT: [
    { title: "80 of 100", args: [80, 100], expect: { value: 0.8 } },
    { title: "a blank actual is 0", args: [BLANK, 100], expect: { value: 0 } },
  ],
  PACING: [
    {
      title: "half way through the year with half done (serial dates)",
      args: [50, 100, 45658, 46022, 45840],
      expect: { rows: 1, cols: 2 },
    },
    {
      title: "a blank start date → #VALUE!",
      args: [50, 100, BLANK, 46022, 45840],
      expect: { error: "#VALUE!", message: "start is required" },
    },
  ],
  CLVFIT: [
    {
      title: "amounts not the size of customers → #VALUE!",
      args: [col("a", "b"), col(45000, 45010), col(10), null, null],
      expect: {
        error: "#VALUE!",
        message: "amounts must be the same size as customers: customers is 2×1, amounts is 1×1",
      },
    },
    {
      title: "too few repeat customers to fit → #VALUE!",
      args: [col("a", "a", "b"), col(45000, 45030, 45005), col(10, 20, 5), null, null],
      expect: {
        error: "#VALUE!",
        message: "CLV needs at least 10 customers with a repeat purchase (on a later day) to fit, got 1 of 2 customers",
      },
    },
    {
      title: "blank rows (zeros on Excel desktop) are not transactions",
      args: [
        col("a", "a", BLANK, "b", BLANK, BLANK),
        col(45000, 45030, BLANK, 45005, BLANK, BLANK),
        col(10, 20, BLANK, 5, BLANK, BLANK),
        null,
        BLANK,
      ],
      expect: {
        error: "#VALUE!",
        message: "CLV needs at least 10 customers with a repeat purchase (on a later day) to fit, got 1 of 2 customers",
      },
    },
  ],
  SMARTCHECK: [
    // /work/shared/smartcheck-examples.jsonl x003 is S, M, T and R; x001 fails S, M, R and T.
    {
      title: "a SMART goal (x003) scores 5/5",
      args: ["Grow monthly recurring revenue 2% year over year.", null, null, "score", null],
      expect: { spill: [[5]] },
    },
    {
      title: "x001 scores 1/5",
      args: [[["Let's make more money."]], null, null, "score", null],
      expect: { spill: [[1]] },
    },
    {
      title: "table output spills five criteria",
      args: ["Keep monthly churn under 2%.", null, null, "table", null],
      expect: { rows: 5, cols: 3 },
    },
    {
      title: "a blank goal → #VALUE!",
      args: [BLANK, null, null, null, null],
      expect: { error: "#VALUE!", message: "goal must be a goal statement, got an empty cell" },
    },
    {
      title: "blank history cells are skipped",
      args: [
        "Grow monthly recurring revenue 2% year over year.",
        null,
        col(100, BLANK, 104, 110, BLANK),
        "score",
        BLANK,
      ],
      expect: { spill: [[5]] },
    },
  ],
  CLVPREDICT: [
    {
      title: "dates not the size of customers → #VALUE!",
      args: [col("a", "b"), col(45000), col(10, 5), null, null, null, null],
      expect: { error: "#VALUE!", message: "dates must be the same size as customers: customers is 2×1, dates is 1×1" },
    },
  ],
};

/** 2,100 CDNOW-like customers (bench/cases/clvfit.ts's estimates): enough to pass the customer-months limit. */
function manyCustomers(): unknown[][][] {
  const rows = simulateTransactions({
    seed: 1997,
    customers: 2_100,
    bg: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
    gg: { p: 6.25, q: 3.74, gamma: 15.44 },
    startSerial: isoToSerial("1997-01-01") as number,
    firstPurchaseDays: 84,
    days: 272,
    unitDays: 7,
  });
  return [rows.map((t) => [`C${t.customer}`]), rows.map((t) => [t.date]), rows.map((t) => [t.amount])];
}

/**
 * The limits (issue 15): each refused with #NUM! and the limit, never a hang. One per cap (shared/excel/cells.ts,
 * shared/clv/predict.ts, the spill check). The rows cap (and CLVFIT's 1,048,576 transactions, which is it) is
 * tested in Node (test/fuzz/hostile-values.test.ts, a range of 2^32 − 1 rows): a real 1,048,577-row argument
 * takes 20 s to hand to Chromium and back, for the same line of code.
 */
export const LIMIT_CALLS: readonly (readonly [string, SampleCall])[] = [
  [
    "CLVPREDICT",
    {
      title: "2,100 customers × 1,200 months (the 100-year horizon) → #NUM! (over 2,400,000 customer-months)",
      args: [...manyCustomers(), 1200, null, "months", null],
      expect: { error: "#NUM!" },
    },
  ],
  [
    "QUOTASPLIT",
    {
      title: "seasonality 1e9 (a date typed by mistake) → #NUM! (it ran out of heap)",
      args: [1000, col(1, 1), 1e9, null, null, null],
      expect: { error: "#NUM!" },
    },
  ],
  [
    "QUOTASPLIT",
    {
      title: "45,000 periods → #NUM! (a spill wider than the sheet's 16,384 columns)",
      args: [1000, col(1, 1), 45_000, null, null, null],
      expect: { error: "#NUM!" },
    },
  ],
  [
    "QUOTASPLIT",
    {
      title: "300 reps × 16,000 periods → #NUM! (4,800,000 cells, past the 4,194,304-cell spill)",
      args: [1000, Array.from({ length: 300 }, () => [1]), 16_000, null, null, null],
      expect: { error: "#NUM!" },
    },
  ],
  [
    "WINRATE",
    {
      title: "a row of 16,385 cells → #NUM! (wider than Excel's grid)",
      args: [[Array.from({ length: 16_385 }, () => "Won")], null, null],
      expect: { error: "#NUM!" },
    },
  ],
  [
    "SMARTCHECK",
    {
      title: "a goal of 32,768 characters → #NUM! (more than a cell holds)",
      args: ["a".repeat(32_768), null, null, null, null],
      expect: { error: "#NUM!" },
    },
  ],
  [
    "CLVPREDICT",
    {
      title: "a horizon of 1e6 weeks → #NUM! (it ran past 20 s)",
      args: [col("a", "b"), col(45000, 45010), col(10, 5), 1e6, null, null, null],
      expect: { error: "#NUM!" },
    },
  ],
  [
    "CLVPREDICT",
    {
      title: "a horizon of 1e9 weeks → #NUM! (it aborted V8)",
      args: [col("a", "b"), col(45000, 45010), col(10, 5), 1e9, null, "days", null],
      expect: { error: "#NUM!" },
    },
  ],
  [
    "SMARTCHECK",
    {
      title: "a history of 130,000 cells is read, not spread (it overflowed the stack)",
      args: [
        "Grow monthly recurring revenue 2% year over year.",
        null,
        Array.from({ length: 130_000 }, (_, i) => [100 + (i % 7)]),
        "score",
        null,
      ],
      expect: { spill: [[5]] },
    },
  ],
];
