import { isExcelError } from "../../../shared/excel/errors.js";
import { daysLate, dealAgeDays, isSlipped, isStalled } from "../../../shared/kpi/deal-health.js";
import { salesCycle } from "../../../shared/kpi/deals.js";
import { weightedPipeline } from "../../../shared/kpi/pipeline.js";
import { addOutcome, emptyTally, type OutcomeTally } from "../../../shared/winrate/winrate.js";
import type { DealRecord } from "../workbook/contract.js";
import type { Located } from "../workbook/table.js";
import { probabilityOf } from "./funnel-section.js";
import { outcomesOf } from "./outcomes.js";
import { isoOfSerial, type Period } from "./period.js";

/**
 * One pass over the deals for what the verdict, the plan, the action lists and the per-rep view need beyond
 * the existing sections: each rep's open pipeline due by the period's end (weighted by stage probability, as
 * the pipeline section weights it) and the top deals of each action list, kept bounded (top N) so a million
 * deals cost one loop and the report stays small. Figures come from shared/ (deal health, weighted pipeline,
 * median cycle); this file only sorts deals into lists.
 */
export interface ActionDeal {
  /** The Deals sheet row, so a reader can find the deal. */
  readonly row: number;
  readonly id: string | null;
  readonly rep: string | null;
  readonly stage: string | null;
  readonly amount: number;
  readonly created: string | null;
  /** The expected close date: the Closed cell of an open deal, or Created + the typical won cycle. */
  readonly closeDate: string | null;
  readonly closeFrom: "sheet" | "estimated" | null;
  readonly ageDays: number | null;
  readonly daysLate: number;
  readonly probability: number;
}

export interface ActionList {
  /** The largest N deals of the list, largest first (N = Settings → Action list length). */
  readonly deals: readonly ActionDeal[];
  /** All deals in the list and their total amount (the table shows N of them). */
  readonly count: number;
  readonly amount: number;
}

export type ActionKind = "stalled" | "slipped" | "closing";
export const ACTION_KINDS: readonly ActionKind[] = ["stalled", "slipped", "closing"];

/** Open pipeline of a rep (or the team): all open deals, and the weighted part due by the period's end. */
export interface OpenBook {
  readonly openDeals: number;
  readonly openAmount: number;
  /** Σ amount × stage probability of open deals expected to close by the period's end (or with no date). */
  readonly weightedDue: number;
}

export interface RepScan extends OpenBook {
  readonly lists: Readonly<Record<ActionKind, ActionList>>;
  /** Won and lost deals closed in the fiscal year to the as-of date (the key figures' win-rate scope). */
  readonly closedThisYear: OutcomeTally;
  /** Amounts of the won deals among them (the key figures' deal-size and bookings scope). */
  readonly wonAmounts: readonly number[];
}

export interface DealScan {
  readonly team: RepScan;
  /** Per rep name as written in the Deals sheet (deals without a rep count for the team only). */
  readonly byRep: ReadonlyMap<string, RepScan>;
  /** Median days Created → Closed of won deals (all of them), or null without any. */
  readonly typicalCycleDays: number | null;
  readonly limit: number;
}

export const DEFAULT_ACTION_LIST_LENGTH = 5;

interface Inputs {
  readonly deals: readonly Located<DealRecord>[];
  readonly period: Period;
  readonly probabilities: Readonly<Record<string, number>>;
  /** The probability of a stage Settings does not name: the closed win rate, as the pipeline section uses. */
  readonly fallbackProbability: number;
  readonly limit?: number;
}

/** A bounded list kept largest amount first (ties: older deal, then sheet row), plus the count and sum of all. */
class TopDeals {
  private readonly kept: { key: readonly [number, number, number]; deal: ActionDeal }[] = [];
  count = 0;
  amount = 0;
  constructor(private readonly limit: number) {}
  add(make: () => ActionDeal, amount: number, created: number, row: number): void {
    this.count++;
    this.amount += amount;
    const key = [amount, created, row] as const;
    const last = this.kept[this.limit - 1];
    if (last !== undefined && !before(key, last.key)) return;
    let i = this.kept.length;
    while (i > 0 && before(key, (this.kept[i - 1] as { key: readonly [number, number, number] }).key)) i--;
    this.kept.splice(i, 0, { key, deal: make() });
    if (this.kept.length > this.limit) this.kept.pop();
  }
  done(): ActionList {
    return { deals: this.kept.map((k) => k.deal), count: this.count, amount: this.amount };
  }
}

/** Larger amount first, then the older deal, then the earlier row: a total order, so lists never depend on input order. */
function before(a: readonly [number, number, number], b: readonly [number, number, number]): boolean {
  if (a[0] !== b[0]) return a[0] > b[0];
  if (a[1] !== b[1]) return a[1] < b[1];
  return a[2] < b[2];
}

class Book {
  openDeals = 0;
  openAmount = 0;
  readonly dueAmounts: number[] = [];
  readonly dueProbabilities: number[] = [];
  readonly closedThisYear = emptyTally();
  readonly wonAmounts: number[] = [];
  readonly lists: Record<ActionKind, TopDeals>;
  constructor(limit: number) {
    this.lists = { stalled: new TopDeals(limit), slipped: new TopDeals(limit), closing: new TopDeals(limit) };
  }
  done(): RepScan {
    return {
      openDeals: this.openDeals,
      openAmount: this.openAmount,
      weightedDue: weightedPipeline(this.dueAmounts, this.dueProbabilities),
      lists: {
        stalled: this.lists.stalled.done(),
        slipped: this.lists.slipped.done(),
        closing: this.lists.closing.done(),
      },
      closedThisYear: this.closedThisYear,
      wonAmounts: this.wonAmounts,
    };
  }
}

export function scanDeals(input: Inputs): DealScan {
  const { deals, period, probabilities, fallbackProbability } = input;
  const limit = input.limit ?? DEFAULT_ACTION_LIST_LENGTH;
  const outcomes = outcomesOf(deals);
  const typicalCycleDays = typicalWonCycle(deals, outcomes);
  const team = new Book(limit);
  const byRep = new Map<string, Book>();
  const probabilityByStage = new Map<string, number>();
  const bookOf = (rep: string): Book => {
    let book = byRep.get(rep);
    if (book === undefined) {
      book = new Book(limit);
      byRep.set(rep, book);
    }
    return book;
  };
  for (let i = 0; i < deals.length; i++) {
    const outcome = outcomes[i];
    if (outcome === undefined) continue;
    const deal = deals[i] as Located<DealRecord>;
    const hasRep = deal.rep !== undefined && deal.rep !== "";
    if (outcome === "won" || outcome === "lost") {
      // Closed in the fiscal year up to the as-of date: the key figures' window (win rate, deal size).
      if (deal.closed === undefined || deal.closed < period.start || deal.closed >= period.asOf + 1) continue;
      for (const book of hasRep ? [team, bookOf(deal.rep as string)] : [team]) {
        addOutcome(book.closedThisYear, outcome);
        if (outcome === "won" && deal.amount !== undefined) book.wonAmounts.push(deal.amount);
      }
      continue;
    }
    if (outcome !== "open") continue;
    const amount = deal.amount ?? 0;
    const stage = deal.stage === undefined || deal.stage === "" ? undefined : deal.stage;
    let probability = stage === undefined ? fallbackProbability : probabilityByStage.get(stage);
    if (probability === undefined) {
      probability = probabilityOf(probabilities, stage as string) ?? fallbackProbability;
      probabilityByStage.set(stage as string, probability);
    }
    const books = hasRep ? [team, bookOf(deal.rep as string)] : [team];
    const sheetClose = deal.closed;
    const estimatedClose =
      sheetClose === undefined && deal.created !== undefined && typicalCycleDays !== null
        ? Math.floor(deal.created) + typicalCycleDays
        : undefined;
    const closeDate = sheetClose ?? estimatedClose;
    const stalled =
      deal.created !== undefined && typicalCycleDays !== null && isStalled(deal.created, period.asOf, typicalCycleDays);
    const slipped = sheetClose !== undefined && isSlipped(sheetClose, period.asOf);
    const closing =
      closeDate !== undefined && !slipped && closeDate >= period.asOf && Math.floor(closeDate) <= period.end;
    const due = sheetClose === undefined || Math.floor(sheetClose) <= period.end;
    const created = deal.created ?? Number.POSITIVE_INFINITY;
    const make = (): ActionDeal => ({
      row: deal.row,
      // A deal is named by its ID, else its name (a Salesforce report exports Opportunity Name, no ID).
      id: deal.id ?? deal.name ?? null,
      rep: deal.rep ?? null,
      stage: stage ?? null,
      amount,
      created: deal.created === undefined ? null : isoOfSerial(deal.created),
      closeDate: closeDate === undefined ? null : isoOfSerial(closeDate),
      closeFrom: sheetClose !== undefined ? "sheet" : estimatedClose !== undefined ? "estimated" : null,
      ageDays: deal.created === undefined ? null : dealAgeDays(deal.created, period.asOf),
      daysLate: sheetClose === undefined ? 0 : daysLate(sheetClose, period.asOf),
      probability: probability as number,
    });
    for (const book of books) {
      book.openDeals++;
      book.openAmount += amount;
      if (due) {
        book.dueAmounts.push(amount);
        book.dueProbabilities.push(probability);
      }
      if (stalled) book.lists.stalled.add(make, amount, created, deal.row);
      if (slipped) book.lists.slipped.add(make, amount, created, deal.row);
      if (closing) book.lists.closing.add(make, amount, created, deal.row);
    }
  }
  return {
    team: team.done(),
    byRep: new Map([...byRep].map(([rep, book]) => [rep, book.done()])),
    typicalCycleDays,
    limit,
  };
}

/** The median won cycle through the core's SALESCYCLE (median); deals closed before created are left out. */
function typicalWonCycle(deals: readonly DealRecord[], outcomes: ReturnType<typeof outcomesOf>): number | null {
  const created: number[] = [];
  const closed: number[] = [];
  for (let i = 0; i < deals.length; i++) {
    const deal = deals[i] as DealRecord;
    if (outcomes[i] !== "won" || deal.created === undefined || deal.closed === undefined) continue;
    const [from, to] = [Math.floor(deal.created), Math.floor(deal.closed)];
    if (to < from) continue;
    created.push(from);
    closed.push(to);
  }
  const median = salesCycle(created, closed, "median");
  return isExcelError(median) ? null : median;
}
