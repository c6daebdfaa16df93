import type { ExcelError } from "../../../shared/excel/errors.js";
import { dealSize, salesCycle } from "../../../shared/kpi/deals.js";
import { addOutcome, emptyTally, type OutcomeTally } from "../../../shared/winrate/winrate.js";
import { COLUMN_BLOCK, COLUMN_BLOCK_BITS, COLUMN_BLOCK_MASK } from "../workbook/column-views.js";
import type { DealsContext } from "./context.js";
import { OUTCOME_CODE, OUTCOME_OF_CODE } from "./outcomes.js";
import type { Window } from "./scope.js";

/**
 * What the deal metrics (metrics.ts) read of the deals closed in a window, of one rep or of all: every figure
 * of the window gathered in one pass over the deal columns, and kept for the report, so the key figures, the
 * comparison with last year and each goal over the same window and rep share one pass rather than one per
 * metric. The figures themselves come from the core (dealSize, salesCycle, the win-rate tally).
 */
export interface ClosedIn {
  /** Deals with an outcome and a Closed date in the window, by outcome (an open deal with a close date too). */
  readonly tally: OutcomeTally;
  /** Won amount (a blank amount counts 0) and won deals. */
  readonly revenue: number;
  readonly won: number;
  /** =GOALS.DEALSIZE over the won deals with an amount; =GOALS.SALESCYCLE over the won deals with both dates. */
  readonly dealSize: number | ExcelError;
  readonly cycle: number | ExcelError;
}

/** A rep's key: the name lower-cased as written (goal owners are matched to it trimmed and lower-cased). */
export interface RepLookup {
  readonly keys: ReadonlySet<string>;
  /** The rep names as the deals write them, in the order of each name's first deal (blank cells left out). */
  readonly names: readonly string[];
  /** Each rep key's deals, by index in sheet order (found at the first call, for every rep at once). */
  dealsOf(key: string): Int32Array;
}

const NONE = new Int32Array(0);
const reps = new WeakMap<DealsContext, RepLookup>();
const windows = new WeakMap<DealsContext, Map<string, ClosedIn>>();
const open = new WeakMap<DealsContext, Map<string, number>>();

const repCode = (deals: DealsContext, i: number): number =>
  (deals.columns.rep.codes[i >>> COLUMN_BLOCK_BITS] as Uint16Array)[i & COLUMN_BLOCK_MASK] as number;

/**
 * The reps of the Deals sheet, found in one pass per report: names are lower-cased once per distinct name (a
 * million deals name a few hundred reps), and a rep's figures visit that rep's deals, not every deal.
 */
export function repLookup(deals: DealsContext): RepLookup {
  const known = reps.get(deals);
  if (known) return known;
  const { rep, length } = deals.columns;
  const dealsOfCode = new Int32Array(rep.values.length + 1);
  const order: number[] = [];
  for (let i = 0; i < length; i++) {
    const code = repCode(deals, i);
    if (dealsOfCode[code] === 0) order.push(code);
    dealsOfCode[code] = (dealsOfCode[code] as number) + 1;
  }
  // A name the column knows but no deal has any more (written over) is not a rep of the sheet.
  const names = order.filter((code) => code !== 0).map((code) => rep.values[code - 1] as string);
  const keys = new Set(names.map((name) => name.toLowerCase()));
  let lists: Map<string, Int32Array> | undefined;
  const dealsOf = (key: string): Int32Array => {
    lists ??= dealsByKey(deals, dealsOfCode);
    return lists.get(key) ?? NONE;
  };
  const lookup = { keys, names, dealsOf };
  reps.set(deals, lookup);
  return lookup;
}

/** Each rep key's deals by index: names that differ only by case share a key and one list. */
function dealsByKey(deals: DealsContext, dealsOfCode: Int32Array): Map<string, Int32Array> {
  const { rep, length } = deals.columns;
  const slotOfCode = new Int32Array(rep.values.length + 1).fill(-1);
  const slotOfKey = new Map<string, number>();
  const sizes: number[] = [];
  for (let c = 1; c <= rep.values.length; c++) {
    const count = dealsOfCode[c] as number;
    if (count === 0) continue;
    const key = (rep.values[c - 1] as string).toLowerCase();
    let slot = slotOfKey.get(key);
    if (slot === undefined) {
      slot = sizes.push(0) - 1;
      slotOfKey.set(key, slot);
    }
    sizes[slot] = (sizes[slot] as number) + count;
    slotOfCode[c] = slot;
  }
  const lists = sizes.map((size) => new Int32Array(size));
  const next = new Int32Array(lists.length);
  for (let i = 0; i < length; i++) {
    const slot = slotOfCode[repCode(deals, i)] as number;
    if (slot < 0) continue;
    (lists[slot] as Int32Array)[next[slot] as number] = i;
    next[slot] = (next[slot] as number) + 1;
  }
  return new Map([...slotOfKey].map(([key, slot]) => [key, lists[slot] as Int32Array]));
}

/** The figures of the deals closed in `window` (serial days, inclusive), of the rep with key `repKey` or of all. */
export function closedIn(deals: DealsContext, window: Window, repKey: string | undefined): ClosedIn {
  let cache = windows.get(deals);
  if (cache === undefined) {
    cache = new Map();
    windows.set(deals, cache);
  }
  // "*" for all deals, apart from any rep's key (a rep may be named "").
  const id = `${window.from}|${window.to}|${repKey === undefined ? "*" : `=${repKey}`}`;
  let figures = cache.get(id);
  if (figures === undefined) {
    figures = tallyClosed(deals, window, repKey === undefined ? undefined : repLookup(deals).dealsOf(repKey));
    cache.set(id, figures);
  }
  return figures;
}

function tallyClosed(deals: DealsContext, window: Window, only: Int32Array | undefined): ClosedIn {
  const { outcome, closed, amount, created } = deals.columns;
  const from = window.from;
  // Both ends included: a close at 15:00 on the last day is inside.
  const end = window.to + 1;
  const byOutcome = [0, 0, 0, 0, 0];
  let revenue = 0;
  const amounts: number[] = [];
  const createdDays: number[] = [];
  const closedDays: number[] = [];
  // A deal closed in the window, with an outcome: counted, and a won deal's amount and cycle kept.
  const visit = (i: number, o: number, day: number) => {
    byOutcome[o] = (byOutcome[o] as number) + 1;
    if (o !== OUTCOME_CODE.won) return;
    const a = (amount[i >>> COLUMN_BLOCK_BITS] as Float64Array)[i & COLUMN_BLOCK_MASK] as number;
    // A blank amount adds 0 to revenue (skipped: the sum is unchanged) and is no deal size.
    if (!Number.isNaN(a)) {
      revenue += a;
      amounts.push(a);
    }
    const c = (created[i >>> COLUMN_BLOCK_BITS] as Float64Array)[i & COLUMN_BLOCK_MASK] as number;
    if (!Number.isNaN(c)) {
      createdDays.push(c);
      closedDays.push(day);
    }
  };
  // The Closed date first: most deals fall outside a window, and a blank (NaN) falls outside every one.
  if (only === undefined)
    for (let start = 0, b = 0; start < deals.columns.length; start += COLUMN_BLOCK, b++) {
      const days = closed[b] as Float64Array;
      const n = Math.min(COLUMN_BLOCK, deals.columns.length - start);
      for (let j = 0; j < n; j++) {
        const day = days[j] as number;
        if (!(day >= from && day < end)) continue;
        const o = outcome[start + j] as number;
        if (o !== OUTCOME_CODE.none) visit(start + j, o, day);
      }
    }
  else
    for (let n = 0; n < only.length; n++) {
      const i = only[n] as number;
      const day = (closed[i >>> COLUMN_BLOCK_BITS] as Float64Array)[i & COLUMN_BLOCK_MASK] as number;
      if (!(day >= from && day < end)) continue;
      const o = outcome[i] as number;
      if (o !== OUTCOME_CODE.none) visit(i, o, day);
    }
  const tally = emptyTally();
  // Counts added per outcome: whole numbers, so the same tally as one addOutcome per deal.
  for (let o = 1; o < byOutcome.length; o++) addOutcome(tally, OUTCOME_OF_CODE[o] as never, byOutcome[o] as number);
  return {
    tally,
    revenue,
    won: byOutcome[OUTCOME_CODE.won] as number,
    dealSize: dealSize(amounts),
    cycle: salesCycle(createdDays, closedDays),
  };
}

/** The amount of the open deals, of the rep with key `repKey` or of all (a blank amount counts 0). */
export function openAmount(deals: DealsContext, repKey: string | undefined): number {
  let cache = open.get(deals);
  if (cache === undefined) {
    cache = new Map();
    open.set(deals, cache);
  }
  const id = repKey === undefined ? "*" : `=${repKey}`;
  const known = cache.get(id);
  if (known !== undefined) return known;
  const only = repKey === undefined ? undefined : repLookup(deals).dealsOf(repKey);
  const { outcome, amount } = deals.columns;
  const count = only ? only.length : deals.columns.length;
  let sum = 0;
  for (let n = 0; n < count; n++) {
    const i = only ? (only[n] as number) : n;
    if (outcome[i] !== OUTCOME_CODE.open) continue;
    const a = (amount[i >>> COLUMN_BLOCK_BITS] as Float64Array)[i & COLUMN_BLOCK_MASK] as number;
    if (!Number.isNaN(a)) sum += a;
  }
  cache.set(id, sum);
  return sum;
}
