import { serialToIso } from "../excel/dates.js";
import { defineFunction } from "../excel/define.js";
import { describeValue, divError, type ExcelError, isExcelError, valueError } from "../excel/errors.js";
import { choiceParam, dateCellToSerial, optional, rangeParam } from "../excel/params.js";
import {
  type CellValue,
  cellToNumber,
  describeShape,
  isBlank,
  type Matrix,
  placeOf,
  shapeOf,
} from "../excel/values.js";
import { classifyOutcome } from "../winrate/outcomes.js";

/**
 * Averages over a list of deals: the sales cycle (days from created to closed) and the deal size. Both count won
 * deals by default when outcomes are given, because a lost deal's length and amount say little about what a win
 * takes; "closed" adds lost deals, "all" ignores the outcome. Without outcomes every deal counts.
 */
export const DEAL_SETS = ["won", "closed", "all"] as const;
export type DealSet = (typeof DEAL_SETS)[number];
export const AVERAGES = ["mean", "median"] as const;
export type Average = (typeof AVERAGES)[number];

export function averageOf(values: readonly number[], average: Average, what: string): number | ExcelError {
  if (values.length === 0) return divError(`no ${what} to average`);
  if (average === "mean") return values.reduce((sum, v) => sum + v, 0) / values.length;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Days from created to closed (Excel serials or any day count), averaged. Closing before creation is an error. */
export function salesCycle(
  created: readonly number[],
  closed: readonly number[],
  average: Average = "mean",
): number | ExcelError {
  const days: number[] = [];
  for (let i = 0; i < created.length; i++) {
    const [from, to] = [created[i] as number, closed[i] as number];
    if (to < from) {
      return valueError(
        `closed_dates row ${i + 1} must not be before created_dates row ${i + 1}, got ${serialToIso(to)} < ${serialToIso(from)}`,
      );
    }
    days.push(to - from);
  }
  return averageOf(days, average, "deals");
}

/** Average deal size of the given amounts. */
export function dealSize(amounts: readonly number[], average: Average = "mean"): number | ExcelError {
  return averageOf(amounts, average, "deal amounts");
}

/** Which rows of a deal list count: all of them without outcomes, else those whose outcome is in `set`. */
function counts(outcomes: Matrix | undefined, set: DealSet, r: number, c: number): boolean {
  if (outcomes === undefined || set === "all") return true;
  const outcome = classifyOutcome((outcomes[r] as CellValue[])[c] as CellValue);
  return outcome === "won" || (set === "closed" && outcome === "lost");
}

function sameShape(name: string, range: Matrix | undefined, like: string, base: Matrix): ExcelError | undefined {
  if (range === undefined) return undefined;
  const [a, b] = [shapeOf(range), shapeOf(base)];
  return a.rows === b.rows && a.cols === b.cols
    ? undefined
    : valueError(
        `${name} must be the same size as ${like}: ${like} is ${describeShape(base)}, ${name} is ${describeShape(range)}`,
      );
}

const outcomesParam = optional(
  rangeParam("outcomes", {
    description: "Deal results (Won, Lost…), same size; only won deals count by default.",
    cells: "text",
  }),
  undefined,
);
const dealsParam = optional(
  choiceParam("deals", DEAL_SETS, {
    description: 'Which deals count when outcomes are given: "won" (default), "closed" (won + lost) or "all".',
  }),
  "won" as DealSet,
);
const averageParam = optional(
  choiceParam("average", AVERAGES, { description: '"mean" (default) or "median".' }),
  "mean" as Average,
);

export const SALESCYCLE = defineFunction({
  name: "SALESCYCLE",
  description: "Average sales cycle in days from created to closed date, over won deals by default (mean or median).",
  result: "value",
  table: ["created_dates", "closed_dates", "outcomes"],
  params: [
    rangeParam("created_dates", { description: "Date each deal was created (Excel date or ISO text).", cells: "date" }),
    rangeParam("closed_dates", {
      description: "Date each deal closed, same size; open deals (blank) are skipped.",
      cells: "date",
    }),
    outcomesParam,
    dealsParam,
    averageParam,
  ],
  example: {
    formula: "=GOALS.SALESCYCLE(Deals[Created], Deals[Closed], Deals[Outcome])",
    result: "mean days, won deals",
  },
  impl: (createdRange, closedRange, outcomes, set, average) => {
    const mismatch =
      sameShape("closed_dates", closedRange, "created_dates", createdRange) ??
      sameShape("outcomes", outcomes, "created_dates", createdRange);
    if (mismatch) return mismatch;
    const { cols } = shapeOf(createdRange);
    const created: number[] = [];
    const closed: number[] = [];
    for (let r = 0; r < createdRange.length; r++) {
      const row = createdRange[r] as CellValue[];
      for (let c = 0; c < row.length; c++) {
        const from = row[c] as CellValue;
        const to = (closedRange[r] as CellValue[])[c] as CellValue;
        if (isBlank(from) || isBlank(to) || !counts(outcomes, set, r, c)) continue;
        for (const [name, cell] of [
          ["created_dates", from],
          ["closed_dates", to],
        ] as const) {
          if (isExcelError(cell)) return cell;
          if (dateCellToSerial(cell) === undefined) {
            return valueError(
              `${placeOf(name, r, c, cols)} must be a date (an Excel date or ISO text such as 2026-06-30), got ${describeValue(cell)}`,
            );
          }
        }
        const [a, b] = [dateCellToSerial(from) as number, dateCellToSerial(to) as number];
        if (b < a) {
          return valueError(
            `${placeOf("closed_dates", r, c, cols)} must not be before its created date, got ${serialToIso(b)} < ${serialToIso(a)}`,
          );
        }
        created.push(a);
        closed.push(b);
      }
    }
    return salesCycle(created, closed, average);
  },
});

export const DEALSIZE = defineFunction({
  name: "DEALSIZE",
  description: "Average deal size: the mean (or median) amount of won deals, or of all amounts without outcomes.",
  result: "value",
  table: ["amounts", "outcomes"],
  params: [
    rangeParam("amounts", { description: "Deal amounts; blank (or 0) cells are skipped.", cells: "sparse-number" }),
    outcomesParam,
    dealsParam,
    averageParam,
  ],
  example: { formula: "=GOALS.DEALSIZE(Deals[Amount], Deals[Outcome])", result: "mean amount of won deals" },
  impl: (amountsRange, outcomes, set, average) => {
    const mismatch = sameShape("outcomes", outcomes, "amounts", amountsRange);
    if (mismatch) return mismatch;
    const { cols } = shapeOf(amountsRange);
    const amounts: number[] = [];
    for (let r = 0; r < amountsRange.length; r++) {
      const row = amountsRange[r] as CellValue[];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c] as CellValue;
        if (isBlank(cell) || !counts(outcomes, set, r, c)) continue;
        if (isExcelError(cell)) return cell;
        const n = cellToNumber(cell, undefined);
        if (n === undefined) {
          return valueError(`${placeOf("amounts", r, c, cols)} must be a number, got ${describeValue(cell)}`);
        }
        if (n < 0) return valueError(`${placeOf("amounts", r, c, cols)} must not be negative, got ${n}`);
        amounts.push(n);
      }
    }
    return dealSize(amounts, average);
  },
});
