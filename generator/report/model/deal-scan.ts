import { daysLate, dealAgeDays } from "../../../shared/kpi/deal-health.js";
import { weightedPipeline } from "../../../shared/kpi/pipeline.js";
import type { Outcome } from "../../../shared/winrate/outcomes.js";
import { addOutcome, emptyTally, type OutcomeTally } from "../../../shared/winrate/winrate.js";
import { COLUMN_BLOCK } from "../workbook/column-views.js";
import type { DealRecord } from "../workbook/contract.js";
import type { Located } from "../workbook/table.js";
import { standing, standOn, TopDeals } from "./action-lists.js";
import type { ModelContext } from "./context.js";
import { textOf } from "./deal-columns.js";
import { type DealScanFormulas, dealFormulas, scanFormulas } from "./deal-scan-formulas.js";
import type { Figure } from "./formulas.js";
import { probabilityOf } from "./funnel-section.js";
import { OUTCOME_CODE, OUTCOME_OF_CODE } from "./outcomes.js";
import { isoOfSerial } from "./period.js";
import type { Formulas } from "./report-model.js";

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
  done(
    f: DealScanFormulas,
    rep: string | undefined,
    make: (index: number, probability: number) => ActionDeal,
  ): RepScan {
    return {
      openDeals: this.openDeals,
      openAmount: this.openAmount,
      weightedDue: weightedPipeline(this.dueAmounts, this.dueProbabilities),
      formulas: f.book(rep),
      lists: {
        stalled: this.lists.stalled.done(f.list("stalled", rep), make),
        slipped: this.lists.slipped.done(f.list("slipped", rep), make),
        closing: this.lists.closing.done(f.list("closing", rep), make),
      },
      closedThisYear: this.closedThisYear,
      wonAmounts: this.wonAmounts,
    };
  }
}

/** A blank number cell (NaN in a deal column) as undefined. */
const given = (n: number): number | undefined => (Number.isNaN(n) ? undefined : n);

export function scanDeals(ctx: ModelContext, input: Inputs): DealScan | undefined {
  if (!ctx.deals) return undefined;
  const { period } = ctx;
  const { records, columns, scope } = ctx.deals;
  const { outcome, amount, created, closed, probability, row } = columns;
  const { probabilities } = input;
  const fallbackProbability = input.fallbackProbability.value;
  const limit = input.limit ?? DEFAULT_ACTION_LIST_LENGTH;
  const typicalCycleDays = input.typicalCycle?.value ?? null;
  const f = scanFormulas(ctx, input);
  const team = new Book(limit);
  const byRep = new Map<string, Book>();
  // Per code of the Rep and Stage columns: the rep's book, the stage's probability (looked up once each).
  // A rep's book is made at the rep's first counted deal (byRep lists reps in that order); null: no rep.
  const bookOfCode: (Book | null | undefined)[] = [];
  const probabilityOfStage: (number | undefined)[] = [];
  const bookOf = (code: number): Book | null => {
    const known = bookOfCode[code];
    if (known !== undefined) return known;
    const rep = textOf(columns.rep, code);
    const book = rep === undefined || rep === "" ? null : new Book(limit);
    if (rep !== undefined && book) byRep.set(rep, book);
    bookOfCode[code] = book;
    return book;
  };
  const stageOf = (code: number): string | undefined => {
    const stage = textOf(columns.stage, code);
    return stage === "" ? undefined : stage;
  };
  // A listed deal's figures (the deal is read through its record here only: a few per list).
  const make = (i: number, probability: number): ActionDeal => {
    const deal = records.at(i) as Located<DealRecord>;
    const at = standOn(standing(), deal.created, deal.closed, typicalCycleDays, period);
    const sheetClose = deal.closed;
    const stage = deal.stage === undefined || deal.stage === "" ? undefined : deal.stage;
    return {
      row: deal.row,
      // A deal is named by its ID, else its name (a Salesforce report exports Opportunity Name, no ID).
      id: deal.id ?? deal.name ?? null,
      rep: deal.rep ?? null,
      stage: stage ?? null,
      amount: deal.amount ?? 0,
      created: deal.created === undefined ? null : isoOfSerial(deal.created),
      closeDate: at.closeDate === undefined ? null : isoOfSerial(at.closeDate),
      closeFrom: sheetClose !== undefined ? "sheet" : at.estimatedClose !== undefined ? "estimated" : null,
      ageDays: deal.created === undefined ? null : dealAgeDays(deal.created, period.asOf),
      daysLate: sheetClose === undefined ? 0 : daysLate(sheetClose, period.asOf),
      probability,
      formulas: dealFormulas(ctx, deal, { sheetClose, probability: f.probability(deal) }),
    };
  };
  const at = standing();
  const { from, to } = scope.window;
  // Both ends included: a close at 15:00 on the last day is inside.
  const end = to + 1;
  for (let start = 0, b = 0; start < columns.length; start += COLUMN_BLOCK, b++) {
    const amountB = amount[b] as Float64Array;
    const createdB = created[b] as Float64Array;
    const closedB = closed[b] as Float64Array;
    const probabilityB = probability[b] as Float64Array;
    const rowB = row[b] as Float64Array;
    const repB = columns.rep.codes[b] as Uint16Array;
    const stageB = columns.stage.codes[b] as Uint16Array;
    const n = Math.min(COLUMN_BLOCK, columns.length - start);
    for (let j = 0; j < n; j++) {
      const o = outcome[start + j] as number;
      if (o === OUTCOME_CODE.none || o === OUTCOME_CODE.noDecision) continue;
      const sheetClose = closedB[j] as number;
      if (o !== OUTCOME_CODE.open) {
        // Won or lost, closed in the fiscal year up to the as-of date: the key figures' window (win rate, size).
        if (!(sheetClose >= from && sheetClose < end)) continue;
        const repBook = bookOf(repB[j] as number);
        const won = OUTCOME_OF_CODE[o] as Outcome;
        const a = amountB[j] as number;
        addOutcome(team.closedThisYear, won);
        if (o === OUTCOME_CODE.won && !Number.isNaN(a)) team.wonAmounts.push(a);
        if (repBook) {
          addOutcome(repBook.closedThisYear, won);
          if (o === OUTCOME_CODE.won && !Number.isNaN(a)) repBook.wonAmounts.push(a);
        }
        continue;
      }
      const a = amountB[j] as number;
      const dealAmount = Number.isNaN(a) ? 0 : a;
      const stageCode = stageB[j] as number;
      // A deal's own Probability first, as the pipeline section weights it; else its stage's, else the win rate.
      const own = probabilityB[j] as number;
      let p: number;
      if (!Number.isNaN(own)) p = own;
      else {
        const stage = stageOf(stageCode);
        if (stage === undefined) p = fallbackProbability;
        else {
          let known = probabilityOfStage[stageCode];
          if (known === undefined) {
            known = probabilityOf(probabilities, stage) ?? fallbackProbability;
            probabilityOfStage[stageCode] = known;
          }
          p = known;
        }
      }
      const repBook = bookOf(repB[j] as number);
      const createdDay = createdB[j] as number;
      standOn(at, given(createdDay), given(sheetClose), typicalCycleDays, period);
      const older = Number.isNaN(createdDay) ? Number.POSITIVE_INFINITY : createdDay;
      const sheetRow = rowB[j] as number;
      for (let k = 0; k < 2; k++) {
        const book = k === 0 ? team : repBook;
        if (book === null) continue;
        book.openDeals++;
        book.openAmount += dealAmount;
        if (at.due) {
          book.dueAmounts.push(dealAmount);
          book.dueProbabilities.push(p);
        }
        if (at.stalled) book.lists.stalled.add(dealAmount, older, sheetRow, start + j, p);
        if (at.slipped) book.lists.slipped.add(dealAmount, older, sheetRow, start + j, p);
        if (at.closing) book.lists.closing.add(dealAmount, older, sheetRow, start + j, p);
      }
    }
  }
  return {
    team: team.done(f, undefined, make),
    byRep: new Map([...byRep].map(([rep, book]) => [rep, book.done(f, rep, make)])),
    typicalCycleDays,
    formulas: input.typicalCycle ? { typicalCycleDays: input.typicalCycle.formula } : {},
    limit,
  };
}
