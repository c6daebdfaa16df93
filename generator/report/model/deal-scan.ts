import { daysLate, dealAgeDays, isSlipped, isStalled } from "../../../shared/kpi/deal-health.js";
import { weightedPipeline } from "../../../shared/kpi/pipeline.js";
import { addOutcome, emptyTally, type OutcomeTally } from "../../../shared/winrate/winrate.js";
import type { DealRecord } from "../workbook/contract.js";
import type { Located } from "../workbook/table.js";
import type { ModelContext } from "./context.js";
import { type DealScanFormulas, dealFormulas, scanFormulas } from "./deal-scan-formulas.js";
import type { Figure } from "./formulas.js";
import { probabilityOf } from "./funnel-section.js";
import { isoOfSerial } from "./period.js";
import type { Formulas } from "./report-model.js";
import { inWindow } from "./scope.js";

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
  readonly formulas: Formulas<"amount" | "ageDays" | "daysLate" | "probability">;
}

export interface ActionList {
  /** The largest N deals of the list, largest first (N = Settings → Action list length). */
  readonly deals: readonly ActionDeal[];
  /** All deals in the list and their total amount (the table shows N of them). */
  readonly count: number;
  readonly amount: number;
  readonly formulas: Formulas<"count" | "amount">;
}

export type ActionKind = "stalled" | "slipped" | "closing";
export const ACTION_KINDS: readonly ActionKind[] = ["stalled", "slipped", "closing"];

/** Open pipeline of a rep (or the team): all open deals, and the weighted part due by the period's end. */
export interface OpenBook {
  readonly openDeals: number;
  readonly openAmount: number;
  /** Σ amount × stage probability of open deals expected to close by the period's end (or with no date). */
  readonly weightedDue: number;
  readonly formulas: Formulas<"openDeals" | "openAmount" | "weightedDue">;
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
  /** The cycle section's median won cycle (SALESCYCLE's rule, the deal scope's won deals), or null without any. */
  readonly typicalCycleDays: number | null;
  readonly formulas: Formulas<"typicalCycleDays">;
  readonly limit: number;
}

export const DEFAULT_ACTION_LIST_LENGTH = 5;

interface Inputs {
  readonly probabilities: Readonly<Record<string, number>>;
  /** The probability of a stage Settings does not name: the closed win rate, as the pipeline section uses. */
  readonly fallbackProbability: Figure;
  /** The median won cycle the cycle section shows, with its formula. */
  readonly typicalCycle: Figure | undefined;
  /** The stages of the open deals with their probabilities (the pipeline section's table), for the formulas. */
  readonly stageTable: readonly { readonly stage: string; readonly probability: number }[];
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
  done(formulas: ActionList["formulas"]): ActionList {
    return { deals: this.kept.map((k) => k.deal), count: this.count, amount: this.amount, formulas };
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
  done(f: DealScanFormulas, rep: string | undefined): RepScan {
    return {
      openDeals: this.openDeals,
      openAmount: this.openAmount,
      weightedDue: weightedPipeline(this.dueAmounts, this.dueProbabilities),
      formulas: f.book(rep),
      lists: {
        stalled: this.lists.stalled.done(f.list("stalled", rep)),
        slipped: this.lists.slipped.done(f.list("slipped", rep)),
        closing: this.lists.closing.done(f.list("closing", rep)),
      },
      closedThisYear: this.closedThisYear,
      wonAmounts: this.wonAmounts,
    };
  }
}

export function scanDeals(ctx: ModelContext, input: Inputs): DealScan | undefined {
  if (!ctx.deals) return undefined;
  const { period } = ctx;
  const { records, outcomes, scope } = ctx.deals;
  const deals = records;
  const { probabilities } = input;
  const fallbackProbability = input.fallbackProbability.value;
  const limit = input.limit ?? DEFAULT_ACTION_LIST_LENGTH;
  const typicalCycleDays = input.typicalCycle?.value ?? null;
  const f = scanFormulas(ctx, input);
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
    const outcome = outcomes.at(i);
    if (outcome === undefined) continue;
    const deal = deals.at(i) as Located<DealRecord>;
    const hasRep = deal.rep !== undefined && deal.rep !== "";
    if (outcome === "won" || outcome === "lost") {
      // Closed in the fiscal year up to the as-of date: the key figures' window (win rate, deal size).
      if (!inWindow(deal.closed, scope.window)) continue;
      for (const book of hasRep ? [team, bookOf(deal.rep as string)] : [team]) {
        addOutcome(book.closedThisYear, outcome);
        if (outcome === "won" && deal.amount !== undefined) book.wonAmounts.push(deal.amount);
      }
      continue;
    }
    if (outcome !== "open") continue;
    const amount = deal.amount ?? 0;
    const stage = deal.stage === undefined || deal.stage === "" ? undefined : deal.stage;
    // A deal's own Probability first, as the pipeline section weights it; else its stage's, else the win rate.
    let probability = deal.probability ?? (stage === undefined ? fallbackProbability : probabilityByStage.get(stage));
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
      formulas: dealFormulas(ctx, deal, { sheetClose, probability: f.probability(deal) }),
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
    team: team.done(f, undefined),
    byRep: new Map([...byRep].map(([rep, book]) => [rep, book.done(f, rep)])),
    typicalCycleDays,
    formulas: input.typicalCycle ? { typicalCycleDays: input.typicalCycle.formula } : {},
    limit,
  };
}
