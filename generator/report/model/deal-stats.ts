import type { Outcome } from "../../../shared/winrate/outcomes.js";
import { addOutcome, emptyTally, type OutcomeTally } from "../../../shared/winrate/winrate.js";
import { COLUMN_BLOCK } from "../workbook/column-views.js";
import { CodeCounts, GroupSums, OUTCOMES } from "./code-counts.js";
import type { DealsContext } from "./context.js";
import { textOf } from "./deal-columns.js";
import { OUTCOME_CODE, OUTCOME_OF_CODE } from "./outcomes.js";
import { monthIndexOfSerial } from "./period.js";

export const DIMENSIONS = ["rep", "region", "competitor", "segment"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Per stage: deals by outcome and open amount, in order of first appearance. */
export interface StageTally extends OutcomeTally {
  openAmount: number;
  /** The part of openAmount whose deals carry their own Probability (weighted by it, not by the stage's). */
  ownProbabilityAmount: number;
}

/**
 * The tallies the deal sections show, gathered in one pass over the deals their scope counts (scope.ts), so a
 * million deals cost one loop and the report holds aggregates only. Outcomes come from the core's classifier
 * (as =GOALS.WINRATE's); rates, averages and forecasts are computed from these by the core's functions.
 */
export interface DealStats {
  readonly count: number;
  readonly overall: OutcomeTally;
  readonly byDimension: Readonly<Record<Dimension, Map<string, OutcomeTally>>>;
  readonly byStage: Map<string, StageTally>;
  /** Lost and no-decision deals by the stage they left at: Lost at stage when given, else their Stage. */
  readonly exitByStage: Map<string, number>;
  /** Won amount closed in the period up to the as-of date, per rep and per month index. */
  readonly bookedByRep: Map<string, number>;
  readonly bookedByMonth: Map<number, number>;
  readonly bookedInPeriod: number;
  readonly wonInPeriod: number;
  readonly openAmount: number;
  /** Open amount of deals with their own Probability; their amounts and probabilities, for WEIGHTEDPIPELINE. */
  readonly ownProbabilityAmount: number;
  readonly ownProbabilityAmounts: number[];
  readonly ownProbabilities: number[];
  /** Won deals with an amount: the amounts, and per segment. */
  readonly wonAmounts: number[];
  readonly sizeBySegment: Map<string, { deals: number; amounts: number[] }>;
  /** Won deals with both dates, for the sales cycle (the core's cycleDays decides which have one). */
  readonly wonCreated: number[];
  readonly wonClosed: number[];
  readonly wonRows: number[];
}

export const BLANK_GROUP = "(blank)";

export const groupOf = (value: string | undefined): string =>
  value === undefined || value === "" ? BLANK_GROUP : value;

export function dealStats(deals: DealsContext): DealStats {
  const { columns, scope } = deals;
  const { outcome, row, amount, created, closed, probability } = columns;
  const dimensions = DIMENSIONS.map((d) => new CodeCounts(columns[d]));
  const stages = new CodeCounts(columns.stage);
  const stageOpenAmount = new Float64Array(columns.stage.values.length + 1);
  const stageOwnAmount = new Float64Array(columns.stage.values.length + 1);
  const exitByStage = new Map<string, number>();
  const bookedByRep = new GroupSums(columns.rep, groupOf);
  const bookedByMonth = new Map<number, number>();
  const wonAmounts: number[] = [];
  const wonCreated: number[] = [];
  const wonClosed: number[] = [];
  const wonRows: number[] = [];
  const sizeBySegment = new Map<string, { deals: number; amounts: number[] }>();
  const sizeOfCode: ({ deals: number; amounts: number[] } | undefined)[] = [];
  const overall = new Int32Array(OUTCOMES);
  let bookedInPeriod = 0;
  let wonInPeriod = 0;
  let openAmount = 0;
  let ownProbabilityAmount = 0;
  const ownProbabilityAmounts: number[] = [];
  const ownProbabilities: number[] = [];
  let count = 0;
  const { from, to } = scope.window;
  // Both ends included: a close at 15:00 on the last day is inside.
  const end = to + 1;
  // Close dates repeat across many deals: a month per distinct day of the window (+1; 0 = not yet known).
  const monthOfDay = new Int32Array(Math.max(0, Math.floor(to) - Math.floor(from) + 2));
  for (let start = 0, b = 0; start < columns.length; start += COLUMN_BLOCK, b++) {
    const [rowB, amountB, createdB, closedB, probabilityB] = [row, amount, created, closed, probability].map(
      (c) => c[b] as Float64Array,
    ) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
    const [repB, regionB, competitorB, segmentB] = DIMENSIONS.map((d) => columns[d].codes[b]) as [
      Uint16Array,
      Uint16Array,
      Uint16Array,
      Uint16Array,
    ];
    const stageB = columns.stage.codes[b] as Uint16Array;
    const lostAtB = columns.lostAt.codes[b] as Uint16Array;
    const n = Math.min(COLUMN_BLOCK, columns.length - start);
    for (let j = 0; j < n; j++) {
      const o = outcome[start + j] as number;
      if (o === OUTCOME_CODE.none) continue;
      const day = closedB[j] as number;
      // The deals the sections count (scope.ts): open deals, and closed deals closed in the window.
      if (o !== OUTCOME_CODE.open && scope.dated && !(day >= from && day < end)) continue;
      count++;
      overall[o] = (overall[o] as number) + 1;
      const repCode = repB[j] as number;
      const segmentCode = segmentB[j] as number;
      (dimensions[0] as CodeCounts).add(repCode, o);
      (dimensions[1] as CodeCounts).add(regionB[j] as number, o);
      (dimensions[2] as CodeCounts).add(competitorB[j] as number, o);
      (dimensions[3] as CodeCounts).add(segmentCode, o);
      const given = amountB[j] as number;
      const hasAmount = !Number.isNaN(given);
      // A blank amount counts 0 (sums skip it: adding 0 changes no sum).
      const stageCode = stageB[j] as number;
      const ownProbability = probabilityB[j] as number;
      const hasOwn = !Number.isNaN(ownProbability);
      if (stageCode !== 0 && columns.stage.values[stageCode - 1] !== "") {
        stages.add(stageCode, o);
        if (o === OUTCOME_CODE.open && hasAmount) {
          stageOpenAmount[stageCode] = (stageOpenAmount[stageCode] as number) + given;
          if (hasOwn) stageOwnAmount[stageCode] = (stageOwnAmount[stageCode] as number) + given;
        }
      }
      if (o === OUTCOME_CODE.lost || o === OUTCOME_CODE.noDecision) {
        const exit = textOf(columns.lostAt, lostAtB[j] as number) || textOf(columns.stage, stageCode) || "";
        exitByStage.set(exit, (exitByStage.get(exit) ?? 0) + 1);
      }
      if (o === OUTCOME_CODE.open) {
        if (hasAmount) openAmount += given;
        if (hasOwn) {
          const value = hasAmount ? given : 0;
          if (hasAmount) ownProbabilityAmount += given;
          ownProbabilityAmounts.push(value);
          ownProbabilities.push(ownProbability);
        }
      }
      if (o !== OUTCOME_CODE.won) continue;
      if (hasAmount) {
        wonAmounts.push(given);
        let size = sizeOfCode[segmentCode];
        if (size === undefined) {
          const segment = groupOf(textOf(columns.segment, segmentCode));
          size = sizeBySegment.get(segment) ?? { deals: 0, amounts: [] };
          sizeBySegment.set(segment, size);
          sizeOfCode[segmentCode] = size;
        }
        size.deals++;
        size.amounts.push(given);
      }
      const createdDay = createdB[j] as number;
      if (!Number.isNaN(createdDay) && !Number.isNaN(day)) {
        wonCreated.push(createdDay);
        wonClosed.push(day);
        const sheetRow = rowB[j] as number;
        wonRows.push(Number.isNaN(sheetRow) ? start + j + 2 : sheetRow);
      }
      // Bookings: won deals closed inside the period, on or before the as-of date.
      if (day >= from && day < end) {
        if (hasAmount) bookedInPeriod += given;
        wonInPeriod++;
        bookedByRep.add(repCode, hasAmount ? given : 0);
        const offset = Math.floor(day) - Math.floor(from);
        let month = (monthOfDay[offset] as number) - 1;
        if (month < 0) {
          month = monthIndexOfSerial(Math.floor(day));
          monthOfDay[offset] = month + 1;
        }
        bookedByMonth.set(month, (bookedByMonth.get(month) ?? 0) + (hasAmount ? given : 0));
      }
    }
  }
  const byStage = new Map<string, StageTally>();
  for (const [stage, tally] of stages.tallies(
    (text) => text,
    () => ({ ...emptyTally(), openAmount: 0, ownProbabilityAmount: 0 }),
  )) {
    const code = columns.stage.values.indexOf(stage) + 1;
    const t = tally as StageTally;
    t.openAmount = stageOpenAmount[code] as number;
    t.ownProbabilityAmount = stageOwnAmount[code] as number;
    byStage.set(stage, t);
  }
  const tally = emptyTally();
  for (let o = 1; o < OUTCOMES; o++) addOutcome(tally, OUTCOME_OF_CODE[o] as Outcome, overall[o] as number);
  return {
    count,
    overall: tally,
    byDimension: {
      rep: (dimensions[0] as CodeCounts).tallies(groupOf, emptyTally),
      region: (dimensions[1] as CodeCounts).tallies(groupOf, emptyTally),
      competitor: (dimensions[2] as CodeCounts).tallies(groupOf, emptyTally),
      segment: (dimensions[3] as CodeCounts).tallies(groupOf, emptyTally),
    },
    byStage,
    exitByStage,
    bookedByRep: bookedByRep.sums,
    bookedByMonth,
    bookedInPeriod,
    wonInPeriod,
    openAmount,
    ownProbabilityAmount,
    ownProbabilityAmounts,
    ownProbabilities,
    wonAmounts,
    sizeBySegment,
    wonCreated,
    wonClosed,
    wonRows,
  };
}
