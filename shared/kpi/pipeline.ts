import { defineFunction } from "../excel/define.js";
import { describeValue, type ExcelError, isExcelError, naError, valueError } from "../excel/errors.js";
import { numberParam, optional, rangeParam } from "../excel/params.js";
import { type CellValue, cellToNumber, describeShape, isBlank, type Matrix, shapeOf } from "../excel/values.js";
import { normaliseWord } from "../winrate/outcomes.js";
import { firstFailure, fraction, nonZeroDivisor, notNegative, positiveFraction } from "./rules.js";

/**
 * Pipeline KPIs (docs/domain.md, "Pipeline"): the weighted forecast Σ amount × stage probability ($10K at 50% → $5K);
 * coverage = open pipeline / remaining target, with the coverage a win rate needs (1 / win rate) and the share of the
 * target the pipeline can be expected to bring (coverage × win rate: 3.0× at 22% → about 66%); and sales velocity,
 * revenue per day = opportunities × deal size × win rate / cycle days (40 × 25,000 × 0.25 / 90 = 2,777.78).
 */
export function weightedPipeline(amounts: readonly number[], probabilities: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < amounts.length; i++) sum += (amounts[i] as number) * (probabilities[i] as number);
  return sum;
}

export interface PipelineCoverage {
  /** Open pipeline / remaining target (3 = 3.0×). */
  coverage: number;
  /** Coverage the win rate needs to reach the target: 1 / win rate. */
  neededCoverage?: number;
  /** Share of the remaining target the pipeline should bring at that win rate: coverage × win rate. */
  expectedAttainment?: number;
}

export function pipelineCoverage(
  pipeline: number,
  remainingTarget: number,
  winRate?: number,
): PipelineCoverage | ExcelError {
  const invalid = firstFailure(
    notNegative("pipeline", pipeline),
    remainingTarget < 0
      ? valueError(`remaining_target must not be negative (the target is already met), got ${remainingTarget}`)
      : undefined,
    nonZeroDivisor("remaining_target", remainingTarget, "nothing is left to cover"),
    winRate === undefined ? undefined : positiveFraction("win_rate", winRate),
  );
  if (invalid) return invalid;
  const coverage = pipeline / remainingTarget;
  if (winRate === undefined) return { coverage };
  return { coverage, neededCoverage: 1 / winRate, expectedAttainment: coverage * winRate };
}

export function salesVelocity(
  opportunities: number,
  dealSize: number,
  winRate: number,
  cycleDays: number,
): number | ExcelError {
  const invalid = firstFailure(
    notNegative("opportunities", opportunities),
    notNegative("deal_size", dealSize),
    fraction("win_rate", winRate),
    notNegative("cycle_days", cycleDays),
    nonZeroDivisor("cycle_days", cycleDays, "a sales cycle takes at least part of a day"),
  );
  return invalid ?? (opportunities * dealSize * winRate) / cycleDays;
}

/** Read a stage → probability table (two columns); probabilities as fractions or percent text ("50%"). */
function stageTable(table: Matrix): Map<string, number> | ExcelError {
  const { cols } = shapeOf(table);
  if (cols !== 2)
    return valueError(`stage_table must have two columns (stage, probability), got ${describeShape(table)}`);
  const map = new Map<string, number>();
  for (let r = 0; r < table.length; r++) {
    const [stage, probability] = table[r] as CellValue[];
    if (isBlank(stage) && isBlank(probability)) continue;
    if (isExcelError(stage)) return stage;
    if (isExcelError(probability)) return probability;
    const p = cellToNumber(probability as CellValue, undefined);
    if (p === undefined || p < 0 || p > 1) {
      return valueError(
        `stage_table row ${r + 1} must have a probability between 0 and 1, got ${describeValue(probability)}`,
      );
    }
    const key = normaliseWord(String(stage));
    if (map.has(key)) return valueError(`stage_table row ${r + 1} repeats the stage ${describeValue(stage)}`);
    map.set(key, p);
  }
  return map;
}

export const WEIGHTEDPIPELINE = defineFunction({
  name: "WEIGHTEDPIPELINE",
  description: "Weighted pipeline forecast: the sum of each deal's amount × its stage's probability.",
  result: "value",
  params: [
    rangeParam("amounts", {
      description: "Open deal amounts; blank (or 0) cells are skipped.",
      cells: "sparse-number",
    }),
    rangeParam("stages", { description: "Each deal's stage, same size as amounts.", cells: "text" }),
    rangeParam("stage_table", {
      description: "Two columns: stage name and win probability (0.5 or 50%).",
      cells: "mixed",
    }),
  ],
  table: ["amounts", "stages"],
  example: { formula: '=GOALS.WEIGHTEDPIPELINE(10000, "Proposal", {"Proposal",0.5})', result: "5000" },
  impl: (amountsRange, stagesRange, table) => {
    const [a, s] = [shapeOf(amountsRange), shapeOf(stagesRange)];
    if (a.rows !== s.rows || a.cols !== s.cols) {
      return valueError(
        `stages must be the same size as amounts: amounts is ${describeShape(amountsRange)}, stages is ${describeShape(stagesRange)}`,
      );
    }
    const probabilityOf = stageTable(table);
    if (isExcelError(probabilityOf)) return probabilityOf;
    const amounts: number[] = [];
    const probabilities: number[] = [];
    for (let r = 0; r < amountsRange.length; r++) {
      const row = amountsRange[r] as CellValue[];
      for (let c = 0; c < row.length; c++) {
        const [amount, stage] = [row[c] as CellValue, (stagesRange[r] as CellValue[])[c] as CellValue];
        if (isBlank(amount)) continue;
        const place = a.cols > 1 ? `row ${r + 1}, column ${c + 1}` : `row ${r + 1}`;
        if (isExcelError(amount)) return amount;
        const n = cellToNumber(amount, undefined);
        if (n === undefined) return valueError(`amounts ${place} must be a number, got ${describeValue(amount)}`);
        if (n < 0) return valueError(`amounts ${place} must not be negative, got ${n}`);
        if (isExcelError(stage)) return stage;
        const p = isBlank(stage) ? undefined : probabilityOf.get(normaliseWord(String(stage)));
        if (p === undefined) {
          return naError(`stages ${place} must be a stage listed in stage_table, got ${describeValue(stage)}`);
        }
        amounts.push(n);
        probabilities.push(p);
      }
    }
    return weightedPipeline(amounts, probabilities);
  },
});

const winRateParam = numberParam("win_rate", {
  description: "Win rate as a fraction (0.25 = 25%), e.g. GOALS.WINRATE.",
});

export const PIPECOVERAGE = defineFunction({
  name: "PIPECOVERAGE",
  description:
    "Pipeline coverage: open pipeline / remaining target. With a win rate it spills a row: coverage, coverage needed (1 / win rate), expected attainment (coverage × win rate).",
  result: "spill",
  params: [
    numberParam("pipeline", { description: "Open pipeline value." }),
    numberParam("remaining_target", { description: "Target still to close in the period." }),
    optional(winRateParam, undefined, { means: "would mean no deal is ever won", default: "coverage alone" }),
  ],
  example: { formula: "=GOALS.PIPECOVERAGE(4800000, 1600000, 0.22)", result: "3 | 4.545 | 0.66" },
  impl: (pipeline, remaining, winRate) => {
    const result = pipelineCoverage(pipeline, remaining, winRate);
    if (isExcelError(result)) return result;
    // Always a range, so the shape a caller gets does not depend on which arguments were given.
    if (result.neededCoverage === undefined) return [[result.coverage]];
    return [[result.coverage, result.neededCoverage, result.expectedAttainment as number]];
  },
});

export const VELOCITY = defineFunction({
  name: "VELOCITY",
  description: "Sales velocity, revenue per day: opportunities × deal size × win rate / sales cycle days.",
  result: "value",
  params: [
    numberParam("opportunities", { description: "Open opportunities in the pipeline." }),
    numberParam("deal_size", { description: "Average deal size, e.g. GOALS.DEALSIZE." }),
    winRateParam,
    numberParam("cycle_days", { description: "Average sales cycle in days, e.g. GOALS.SALESCYCLE." }),
  ],
  example: { formula: "=GOALS.VELOCITY(40, 25000, 0.25, 90)", result: "2777.78" },
  impl: (opportunities, size, winRate, days) => salesVelocity(opportunities, size, winRate, days),
});
