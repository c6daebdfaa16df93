import { defineFunction } from "../excel/define.js";
import { describeValue, divError, type ExcelError, isExcelError, valueError } from "../excel/errors.js";
import { choiceParam, optional, type Param, rangeParam } from "../excel/params.js";
import {
  type CellValue,
  cellToNumber,
  describeShape,
  isBlank,
  type Matrix,
  placeOf,
  shapeOf,
  toMatrix,
} from "../excel/values.js";
import { classifyOutcome, type Outcome } from "./outcomes.js";

export const WIN_RATE_BASES = ["closed", "broad", "created"] as const;
export type WinRateBasis = (typeof WIN_RATE_BASES)[number];

/** Deal counts (or amounts, when weighted) per outcome. */
export interface OutcomeTally {
  won: number;
  lost: number;
  noDecision: number;
  open: number;
}

export const emptyTally = (): OutcomeTally => ({ won: 0, lost: 0, noDecision: 0, open: 0 });

export function addOutcome(tally: OutcomeTally, outcome: Outcome, weight = 1): void {
  if (outcome === "won") tally.won += weight;
  else if (outcome === "lost") tally.lost += weight;
  else if (outcome === "no decision") tally.noDecision += weight;
  else tally.open += weight;
}

/** The denominator of each basis: closed = won + lost; broad adds no decision; created adds open deals too. */
export function winRateDenominator(t: OutcomeTally, basis: WinRateBasis): number {
  if (basis === "closed") return t.won + t.lost;
  if (basis === "broad") return t.won + t.lost + t.noDecision;
  return t.won + t.lost + t.noDecision + t.open;
}

const DENOMINATOR_WORDS: Record<WinRateBasis, string> = {
  closed: "no closed deals (won + lost = 0)",
  broad: "no decided deals (won + lost + no decision = 0)",
  created: "no deals",
};

/** Win rate from a tally: a fraction in [0, 1], or #DIV/0! when the basis has nothing to divide by. */
export function winRateOf(t: OutcomeTally, basis: WinRateBasis): number | ExcelError {
  const denominator = winRateDenominator(t, basis);
  return denominator > 0
    ? t.won / denominator
    : divError(`win rate on the "${basis}" basis: ${DENOMINATOR_WORDS[basis]}`);
}

/** One deal per non-blank outcome cell, with its amount when amounts are given (blank amount = 0). */
interface Deal {
  outcome: Outcome;
  weight: number;
  row: number;
  col: number;
}

function dealsOf(outcomes: Matrix, amounts: Matrix | undefined): Deal[] | ExcelError {
  if (amounts !== undefined) {
    const a = shapeOf(amounts);
    const o = shapeOf(outcomes);
    if (a.rows !== o.rows || a.cols !== o.cols) {
      return valueError(
        `amounts must be the same size as outcomes: outcomes is ${describeShape(outcomes)}, amounts is ${describeShape(amounts)}`,
      );
    }
  }
  const { cols } = shapeOf(outcomes);
  const deals: Deal[] = [];
  for (let r = 0; r < outcomes.length; r++) {
    const row = outcomes[r] as CellValue[];
    for (let c = 0; c < row.length; c++) {
      const outcome = classifyOutcome(row[c] as CellValue);
      if (outcome === undefined) continue;
      let weight = 1;
      if (amounts !== undefined) {
        const cell = (amounts[r] as CellValue[])[c] as CellValue;
        if (isExcelError(cell)) return cell;
        const n = cellToNumber(cell, 0);
        if (n === undefined)
          return valueError(`${placeOf("amounts", r, c, cols)} must be a number, got ${describeValue(cell)}`);
        if (n < 0) return valueError(`${placeOf("amounts", r, c, cols)} must not be negative, got ${n}`);
        weight = n;
      }
      deals.push({ outcome, weight, row: r, col: c });
    }
  }
  return deals;
}

/**
 * Count the outcomes of a range, fast enough for a whole column (1,048,576 cells within 2× a bare `=== "Won"`
 * counting loop; bench/cases/winrate.ts). A column holds a handful of distinct words, and classifying one (NFKC,
 * case, spacing, four languages) costs far more than comparing strings, so each distinct text is classified once
 * and remembered: the first few in a small array compared with === (cheaper than hashing every cell for a Map,
 * since strings from Excel arrive as separate objects), the rest in a Map up to a cap, so a column of unique texts
 * cannot grow the memory without bound. Results are exactly classifyOutcome's.
 */
export function tallyOutcomes(outcomes: Matrix): OutcomeTally {
  // counts[code]: 0 won, 1 lost, 2 no decision, 3 open, 4 blank.
  const counts = new Float64Array(5);
  const cache = new OutcomeCache();
  for (let r = 0; r < outcomes.length; r++) {
    // WINRATE hands its range over unchecked (see outcomesAsGiven): a row that is not an array is one cell.
    const item: unknown = outcomes[r];
    if (!Array.isArray(item)) {
      if (item !== null && item !== undefined) (counts[cache.code(item as CellValue)] as number)++;
      continue;
    }
    for (let c = 0; c < item.length; c++) {
      const cell = item[c] as CellValue;
      if (cell !== null && cell !== undefined) (counts[cache.code(cell)] as number)++;
    }
  }
  return {
    won: counts[0] as number,
    lost: counts[1] as number,
    noDecision: counts[2] as number,
    open: counts[3] as number,
  };
}

/**
 * Outcome codes of cells, each distinct text classified once (see tallyOutcomes). A text's slot comes from its
 * length and first and last characters, so a cell costs one string comparison, not one per distinct text.
 */
class OutcomeCache {
  private readonly slotTexts: (string | undefined)[] = new Array(SLOTS).fill(undefined);
  private readonly slotCodes = new Uint8Array(SLOTS);
  private readonly more = new Map<string, number>();

  code(cell: CellValue): number {
    if (typeof cell !== "string") return OUTCOME_CODES[classifyOutcome(cell) ?? "blank"];
    const n = cell.length;
    const slot = n === 0 ? 0 : (n * 31 + cell.charCodeAt(0) * 7 + cell.charCodeAt(n - 1)) & (SLOTS - 1);
    const held = this.slotTexts[slot];
    if (held === cell) return this.slotCodes[slot] as number;
    let code = this.more.get(cell);
    if (code === undefined) {
      code = OUTCOME_CODES[classifyOutcome(cell) ?? "blank"];
      if (held === undefined) {
        this.slotTexts[slot] = cell;
        this.slotCodes[slot] = code;
      } else if (this.more.size < 4096) {
        this.more.set(cell, code);
      }
    }
    return code;
  }
}

const SLOTS = 256;

const OUTCOME_CODES: Record<Outcome | "blank", number> = { won: 0, lost: 1, "no decision": 2, open: 3, blank: 4 };

/** WINRATE: the whole range as one rate. A tight loop, because it is called over whole columns. */
export function winRate(outcomes: Matrix, amounts: Matrix | undefined, basis: WinRateBasis): number | ExcelError {
  if (amounts === undefined) return winRateOf(tallyOutcomes(outcomes), basis);
  const deals = dealsOf(outcomes, amounts);
  if (isExcelError(deals)) return deals;
  const tally = emptyTally();
  for (const deal of deals) addOutcome(tally, deal.outcome, deal.weight);
  return winRateOf(tally, basis);
}

export interface GroupWinRate {
  group: string;
  rate: number | ExcelError;
  /** Deal counts, whether or not the rate is value-weighted. */
  counts: OutcomeTally;
}

/** Win rate per group, groups in order of first appearance; a blank group is "(blank)". */
export function winRateByGroup(
  outcomes: Matrix,
  groups: Matrix,
  amounts: Matrix | undefined,
  basis: WinRateBasis,
): GroupWinRate[] | ExcelError {
  const g = shapeOf(groups);
  const o = shapeOf(outcomes);
  if (g.rows !== o.rows || g.cols !== o.cols) {
    return valueError(
      `groups must be the same size as outcomes: outcomes is ${describeShape(outcomes)}, groups is ${describeShape(groups)}`,
    );
  }
  const deals = dealsOf(outcomes, amounts);
  if (isExcelError(deals)) return deals;
  const byGroup = new Map<string, { weights: OutcomeTally; counts: OutcomeTally }>();
  for (const deal of deals) {
    const cell = (groups[deal.row] as CellValue[])[deal.col] as CellValue;
    const key = isBlank(cell) ? "(blank)" : isExcelError(cell) ? cell.error : String(cell).trim();
    let entry = byGroup.get(key);
    if (entry === undefined) {
      entry = { weights: emptyTally(), counts: emptyTally() };
      byGroup.set(key, entry);
    }
    addOutcome(entry.weights, deal.outcome, deal.weight);
    addOutcome(entry.counts, deal.outcome);
  }
  return [...byGroup].map(([group, { weights, counts }]) => ({ group, rate: winRateOf(weights, basis), counts }));
}

const basisParam = optional(
  choiceParam("basis", WIN_RATE_BASES, {
    description: 'How to count: "closed" won/(won+lost) (default), "broad" adds no decision, "created" uses all deals.',
  }),
  "closed" as WinRateBasis,
);
const outcomesParam = rangeParam("outcomes", {
  description: "Deal results: Won, Lost, No decision (any language Goalsheet knows); other text is an open deal.",
});
const amountsParam = optional(
  rangeParam("amounts", { description: "Deal amounts, same size as outcomes, for a value-weighted rate." }),
  undefined,
);

/**
 * WINRATE's outcomes, used as given: rangeParam would first check every row is an array, a pass over a million rows
 * that costs as much as counting them, so tallyOutcomes does that check in its single pass instead.
 */
const outcomesAsGiven: Param<Matrix> = {
  ...outcomesParam,
  coerce: (raw) => (Array.isArray(raw) ? (raw as Matrix) : outcomesParam.coerce(raw)),
};

export const WINRATE = defineFunction({
  name: "WINRATE",
  description: "Win rate of deals as a fraction: won / (won + lost) by default, optionally weighted by amount.",
  result: "value",
  params: [outcomesAsGiven, amountsParam, basisParam],
  example: { formula: "=GOALS.WINRATE(Deals[Outcome])", result: "0.4 for 20 won and 30 lost" },
  impl: (outcomes, amounts, basis) => winRate(amounts === undefined ? outcomes : toMatrix(outcomes), amounts, basis),
});

export const WINRATEBY = defineFunction({
  name: "WINRATEBY",
  description: "Win rate per group (rep, region, competitor…): spills group, win rate, won, lost, open, no decision.",
  result: "spill",
  params: [
    outcomesParam,
    rangeParam("groups", { description: "The group of each deal (rep, region, segment…), same size as outcomes." }),
    amountsParam,
    basisParam,
  ],
  example: { formula: "=GOALS.WINRATEBY(Deals[Outcome], Deals[Rep])", result: "one row per rep" },
  impl: (outcomes, groups, amounts, basis) => {
    const rows = winRateByGroup(outcomes, groups, amounts, basis);
    if (isExcelError(rows)) return rows;
    if (rows.length === 0) return divError("no deals to group: every outcome is blank");
    return rows.map((r) => [r.group, r.rate, r.counts.won, r.counts.lost, r.counts.open, r.counts.noDecision]);
  },
});
