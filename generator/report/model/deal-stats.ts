import type { Outcome } from "../../../shared/winrate/outcomes.js";
import { addOutcome, emptyTally, type OutcomeTally } from "../../../shared/winrate/winrate.js";
import type { DealRecord } from "../workbook/contract.js";
import type { DealsContext } from "./context.js";
import { monthIndexOfSerial } from "./period.js";
import { counts, inWindow } from "./scope.js";

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

function bump(map: Map<string, OutcomeTally>, key: string, outcome: Outcome): void {
  let tally = map.get(key);
  if (tally === undefined) {
    tally = emptyTally();
    map.set(key, tally);
  }
  addOutcome(tally, outcome);
}

export function dealStats(deals: DealsContext): DealStats {
  const { records, outcomes, scope } = deals;
  const overall = emptyTally();
  const byDimension = { rep: new Map(), region: new Map(), competitor: new Map(), segment: new Map() };
  const byStage = new Map<string, StageTally>();
  const exitByStage = new Map<string, number>();
  const bookedByRep = new Map<string, number>();
  const bookedByMonth = new Map<number, number>();
  const wonAmounts: number[] = [];
  const wonCreated: number[] = [];
  const wonClosed: number[] = [];
  const wonRows: number[] = [];
  const sizeBySegment = new Map<string, { deals: number; amounts: number[] }>();
  let bookedInPeriod = 0;
  let wonInPeriod = 0;
  let openAmount = 0;
  let ownProbabilityAmount = 0;
  const ownProbabilityAmounts: number[] = [];
  const ownProbabilities: number[] = [];
  let count = 0;
  // Close dates repeat across many deals: a Date per distinct day, not per deal.
  const monthOfDay = new Map<number, number>();
  for (let i = 0; i < records.length; i++) {
    const deal = records.at(i) as DealRecord & { readonly row?: number };
    const outcome = outcomes.at(i);
    if (outcome === undefined || !counts(scope, deal, outcome)) continue;
    count++;
    addOutcome(overall, outcome);
    for (const dimension of DIMENSIONS) bump(byDimension[dimension], groupOf(deal[dimension]), outcome);
    const amount = deal.amount ?? 0;
    if (deal.stage !== undefined && deal.stage !== "") {
      let stage = byStage.get(deal.stage);
      if (stage === undefined) {
        stage = { ...emptyTally(), openAmount: 0, ownProbabilityAmount: 0 };
        byStage.set(deal.stage, stage);
      }
      addOutcome(stage, outcome);
      if (outcome === "open") stage.openAmount += amount;
      if (outcome === "open" && deal.probability !== undefined) stage.ownProbabilityAmount += amount;
    }
    if (outcome === "lost" || outcome === "no decision") {
      const exit = deal.lostAt || deal.stage || "";
      exitByStage.set(exit, (exitByStage.get(exit) ?? 0) + 1);
    }
    if (outcome === "open") openAmount += amount;
    if (outcome === "open" && deal.probability !== undefined) {
      ownProbabilityAmount += amount;
      ownProbabilityAmounts.push(amount);
      ownProbabilities.push(deal.probability);
    }
    if (outcome !== "won") continue;
    if (deal.amount !== undefined) {
      wonAmounts.push(deal.amount);
      const segment = groupOf(deal.segment);
      const size = sizeBySegment.get(segment) ?? { deals: 0, amounts: [] };
      size.deals++;
      size.amounts.push(deal.amount);
      sizeBySegment.set(segment, size);
    }
    if (deal.created !== undefined && deal.closed !== undefined) {
      wonCreated.push(deal.created);
      wonClosed.push(deal.closed);
      wonRows.push(deal.row ?? i + 2);
    }
    // Bookings: won deals closed inside the period, on or before the as-of date.
    if (inWindow(deal.closed, scope.window)) {
      bookedInPeriod += amount;
      wonInPeriod++;
      const rep = groupOf(deal.rep);
      bookedByRep.set(rep, (bookedByRep.get(rep) ?? 0) + amount);
      const day = Math.floor(deal.closed as number);
      let month = monthOfDay.get(day);
      if (month === undefined) {
        month = monthIndexOfSerial(day);
        monthOfDay.set(day, month);
      }
      bookedByMonth.set(month, (bookedByMonth.get(month) ?? 0) + amount);
    }
  }
  return {
    count,
    overall,
    byDimension,
    byStage,
    exitByStage,
    bookedByRep,
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
