import type { Outcome } from "../../../shared/winrate/outcomes.js";
import { addOutcome, emptyTally, type OutcomeTally } from "../../../shared/winrate/winrate.js";
import type { DealRecord } from "../workbook/contract.js";
import { outcomesOf } from "./outcomes.js";
import { monthIndexOfSerial, type Period } from "./period.js";

export const DIMENSIONS = ["rep", "region", "competitor", "segment"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Per stage: deals by outcome and open amount, in order of first appearance. */
export interface StageTally extends OutcomeTally {
  openAmount: number;
  /** The part of openAmount whose deals carry their own Probability (weighted by it, not by the stage's). */
  ownProbabilityAmount: number;
}

/**
 * Every deal figure the report needs, gathered in one pass so a million deals cost one loop, and the report
 * holds aggregates only (never a row per deal). Outcomes are classified by the same core as =GOALS.WINRATE.
 */
export interface DealStats {
  readonly count: number;
  readonly overall: OutcomeTally;
  readonly byDimension: Readonly<Record<Dimension, Map<string, OutcomeTally>>>;
  readonly byStage: Map<string, StageTally>;
  /** Won amount closed in the period up to the as-of date, per rep and per month index. */
  readonly bookedByRep: Map<string, number>;
  readonly bookedByMonth: Map<number, number>;
  readonly bookedInPeriod: number;
  readonly wonInPeriod: number;
  readonly openAmount: number;
  /** Open amount of deals with their own Probability, and that amount weighted by each deal's probability. */
  readonly ownProbabilityAmount: number;
  readonly ownProbabilityWeighted: number;
  /** Cycle days (Created → Closed) and amounts of won deals, for distributions. */
  readonly cycleDays: number[];
  readonly wonAmounts: number[];
  readonly sizeBySegment: Map<string, { deals: number; total: number }>;
}

export const BLANK_GROUP = "(blank)";

const groupOf = (value: string | undefined): string => (value === undefined || value === "" ? BLANK_GROUP : value);

function bump(map: Map<string, OutcomeTally>, key: string, outcome: Outcome): void {
  let tally = map.get(key);
  if (tally === undefined) {
    tally = emptyTally();
    map.set(key, tally);
  }
  addOutcome(tally, outcome);
}

export function dealStats(deals: readonly DealRecord[], period: Period): DealStats {
  const overall = emptyTally();
  const byDimension = { rep: new Map(), region: new Map(), competitor: new Map(), segment: new Map() };
  const byStage = new Map<string, StageTally>();
  const bookedByRep = new Map<string, number>();
  const bookedByMonth = new Map<number, number>();
  const cycleDays: number[] = [];
  const wonAmounts: number[] = [];
  const sizeBySegment = new Map<string, { deals: number; total: number }>();
  let bookedInPeriod = 0;
  let wonInPeriod = 0;
  let openAmount = 0;
  let ownProbabilityAmount = 0;
  let ownProbabilityWeighted = 0;
  let count = 0;
  const outcomes = outcomesOf(deals);
  // Close dates repeat across many deals: a Date per distinct day, not per deal.
  const monthOfDay = new Map<number, number>();
  for (let i = 0; i < deals.length; i++) {
    const deal = deals[i] as DealRecord;
    const outcome = outcomes[i];
    if (outcome === undefined) continue;
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
    if (outcome === "open") openAmount += amount;
    if (outcome === "open" && deal.probability !== undefined) {
      ownProbabilityAmount += amount;
      ownProbabilityWeighted += amount * deal.probability;
    }
    if (outcome !== "won") continue;
    if (deal.amount !== undefined) {
      wonAmounts.push(deal.amount);
      const segment = groupOf(deal.segment);
      const size = sizeBySegment.get(segment) ?? { deals: 0, total: 0 };
      size.deals++;
      size.total += deal.amount;
      sizeBySegment.set(segment, size);
    }
    // SALESCYCLE's rule: closed − created with the times of day (=C2-B2); closed before created is no cycle.
    if (deal.created !== undefined && deal.closed !== undefined && deal.closed >= deal.created) {
      cycleDays.push(deal.closed - deal.created);
    }
    // Bookings: won deals closed inside the period, on or before the as-of date.
    if (deal.closed !== undefined && deal.closed >= period.start && Math.floor(deal.closed) <= period.asOf) {
      bookedInPeriod += amount;
      wonInPeriod++;
      const rep = groupOf(deal.rep);
      bookedByRep.set(rep, (bookedByRep.get(rep) ?? 0) + amount);
      const day = Math.floor(deal.closed);
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
    bookedByRep,
    bookedByMonth,
    bookedInPeriod,
    wonInPeriod,
    openAmount,
    ownProbabilityAmount,
    ownProbabilityWeighted,
    cycleDays,
    wonAmounts,
    sizeBySegment,
  };
}
