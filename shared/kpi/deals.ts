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
import { mean, median } from "./distribution.js";

/**
 * Averages over a list of deals: the sales cycle (days from created to closed) and the deal size. Both count won
 * deals by default when outcomes are given, because a lost deal's length and amount say little about what a win
 * takes; "closed" adds lost deals, "all" ignores the outcome. Without outcomes every deal counts.
 */
export const DEAL_SETS = ["won", "closed", "all"] as const;
export type DealSet = (typeof DEAL_SETS)[number];
export const AVERAGES = ["mean", "median"] as const;
export type Average = (typeof AVERAGES)[number];

export function averageOf(values: readonly number[], average: Average, what: string, why = ""): number | ExcelError {
  if (values.length === 0) return divError(`no ${what} to average${why}`);
  return average === "mean" ? mean(values) : median(values);
}

/**
 * Each deal's sales cycle in days, closed − created (Excel serials: a time of day counts as a part day, as
 * `=C2-B2` does). A deal closed before it was created has no cycle: it is a data error, not a negative length,
 * so it is left out and its index listed (docs/domain.md, "Sales cycle"). Every face follows this one rule:
 * =GOALS.SALESCYCLE skips such rows, the report leaves them out and says how many, the import warns.
 */
export interface CycleDays {
  readonly days: number[];
  /** Indexes (into the inputs) of deals closed before they were created. */
  readonly closedBeforeCreated: number[];
}

export function cycleDays(created: ArrayLike<number>, closed: ArrayLike<number>): CycleDays {
  const days: number[] = [];
  const closedBeforeCreated: number[] = [];
  for (let i = 0; i < created.length; i++) {
    const length = (closed[i] as number) - (created[i] as number);
    if (length < 0) closedBeforeCreated.push(i);
    else days.push(length);
  }
  return { days, closedBeforeCreated };
}

/** Days from created to closed, averaged; deals closed before they were created are left out (cycleDays). */
export function salesCycle(
  created: ArrayLike<number>,
  closed: ArrayLike<number>,
  average: Average = "mean",
): number | ExcelError {
  const { days, closedBeforeCreated } = cycleDays(created, closed);
  const skipped = closedBeforeCreated.length;
  const why =
    skipped === 0
      ? ""
      : `: ${skipped === 1 ? "1 deal was" : `${skipped} deals were`} closed before ${skipped === 1 ? "it was" : "they were"} created and ${skipped === 1 ? "has" : "have"} no cycle`;
  return averageOf(days, average, "deals", why);
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
  description:
    "Average sales cycle in days from created to closed date, over won deals by default (mean or median). A deal closed before it was created has no cycle and is skipped.",
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
        created.push(dateCellToSerial(from) as number);
        closed.push(dateCellToSerial(to) as number);
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
