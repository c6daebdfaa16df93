import type { DealRecord } from "../workbook/contract.js";
import type { Located } from "../workbook/table.js";
import type { ModelContext } from "./context.js";
import { all, date, type Figure, formula, num, sumproduct } from "./formulas.js";
import { probabilityOf } from "./funnel-section.js";
import { weightedFormula } from "./pipeline-section.js";

/**
 * The formulas that check deal-scan.ts's figures on the Deals sheet: a rep's (or the team's) open pipeline and
 * the part due by the period's end weighted as =GOALS.WEIGHTEDPIPELINE weights it, each action list's count
 * and amount (its rule from shared/kpi/deal-health.ts written as a condition), and each listed deal's own cells.
 */
export type ActionKindName = "stalled" | "slipped" | "closing";

export interface DealScanFormulas {
  book(rep: string | undefined): { openDeals: string; openAmount: string; weightedDue: string };
  list(kind: ActionKindName, rep: string | undefined): { count: string; amount: string };
  /** The probability a deal is weighted by: its own Probability cell, its stage's (Settings), or the win rate. */
  probability(deal: DealRecord): string;
}

interface Inputs {
  readonly probabilities: Readonly<Record<string, number>>;
  readonly fallbackProbability: Figure;
  readonly typicalCycle: Figure | undefined;
  /** The stages of the open deals with their probabilities (the pipeline section's table). */
  readonly stageTable: readonly { readonly stage: string; readonly probability: number }[];
}

export function scanFormulas(ctx: ModelContext, input: Inputs): DealScanFormulas {
  const { book, period } = ctx;
  const [asOf, end] = [date(period.asOf), date(period.end)];
  const open = book.outcomeIs("open");
  const amount = book.col("deals", "amount");
  const closed = book.range("deals", "closed");
  const created = book.range("deals", "created");
  const repIs = (rep: string | undefined) => (rep === undefined ? undefined : book.groupIs("deals", "rep", rep));
  // Due by the end: an open deal without a close date counts as due (deal-scan.ts); a blank cell is 0 < end.
  const due = closed ? `(${closed}<${date(period.end + 1)})` : undefined;
  const typical = input.typicalCycle ? num(input.typicalCycle.value) : undefined;
  const has = (range: string) => `(${range}<>"")`;
  const conditions: Record<ActionKindName, string | undefined> = {
    stalled: created && typical ? all(has(created), `((${asOf}-INT(${created}))>${typical})`) : undefined,
    slipped: closed ? all(has(closed), `(INT(${closed})<${asOf})`) : undefined,
    closing: closingCondition(closed, created, typical, asOf, end),
  };
  const ownColumn = book.range("deals", "probability");
  const scale = ownColumn ? `IF(MAX(${ownColumn})>1,100,1)` : "1";
  return {
    book: (rep) => ({
      openDeals: formula(sumproduct(all(open, repIs(rep)))),
      openAmount: formula(sumproduct(all(amount, open, repIs(rep)))),
      weightedDue: formula(
        weightedFormula(ctx, input.stageTable, input.fallbackProbability.value, ownColumn !== undefined, {
          extra: all(due, repIs(rep)),
          mayBeEmpty: true,
        }),
      ),
    }),
    list: (kind, rep) => {
      const condition = conditions[kind];
      if (condition === undefined) return { count: "=0", amount: "=0" };
      const rows = all(open, condition, repIs(rep));
      return { count: formula(sumproduct(rows)), amount: formula(sumproduct(all(amount, rows))) };
    },
    probability: (deal) => {
      const row = (deal as Located<DealRecord>).row;
      if (deal.probability !== undefined && ownColumn)
        return formula(`${book.cell("deals", "probability", row)}/${scale}`);
      const p = deal.stage ? probabilityOf(input.probabilities, deal.stage) : undefined;
      return p === undefined ? input.fallbackProbability.formula : formula(num(p));
    },
  };
}

/** A close date by the end and not before the as-of date: the sheet's, or Created + the typical won cycle. */
function closingCondition(
  closed: string | undefined,
  created: string | undefined,
  typical: string | undefined,
  asOf: string,
  end: string,
): string | undefined {
  const parts: string[] = [];
  if (closed) parts.push(`(${closed}<>"")*(INT(${closed})>=${asOf})*(INT(${closed})<=${end})`);
  if (created && typical) {
    const estimate = `(INT(${created})+${typical})`;
    const blank = closed ? `(${closed}="")*` : "";
    parts.push(`${blank}(${created}<>"")*(${estimate}>=${asOf})*(INT(${estimate})<=${end})`);
  }
  return parts.length === 0 ? undefined : `((${parts.join(")+(")})>0)`;
}

/** A listed deal's figures from its own row: amount, days open, days past its close date, probability. */
export function dealFormulas(
  ctx: ModelContext,
  deal: Located<DealRecord>,
  at: { readonly sheetClose: number | undefined; readonly probability: string },
) {
  const { book, period } = ctx;
  const cell = (field: string) => book.cell("deals", field, deal.row) as string;
  const asOf = date(period.asOf);
  return {
    amount: formula(`N(${cell("amount")})`),
    ...(deal.created !== undefined ? { ageDays: formula(`${asOf}-INT(${cell("created")})`) } : {}),
    daysLate: at.sheetClose === undefined ? "=0" : formula(`MAX(0,${asOf}-INT(${cell("closed")}))`),
    probability: at.probability,
  };
}
