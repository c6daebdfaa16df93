import {
  MAX_CELLS,
  MAX_COLUMNS,
  MAX_ROWS,
  readTextCell,
  tooManyCells,
  tooManyColumns,
  tooManyRows,
} from "../excel/cells.js";
import { defineFunction } from "../excel/define.js";
import { describeValue, divError, type ExcelError, isExcelError, valueError } from "../excel/errors.js";
import { choiceParam, optional, type Param, rangeParam, readRange } from "../excel/params.js";
import {
  type CellValue,
  cellToNumber,
  describeShape,
  isBlank,
  type Matrix,
  placeOf,
  shapeOf,
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
 * and remembered: two slots per text length, compared with === (cheaper than hashing every cell for a Map, since
 * strings from Excel arrive as separate objects), the rest in a Map up to a cap, so a column of unique texts
 * cannot grow the memory without bound. Results are exactly classifyOutcome's.
 *
 * WINRATE hands its range over unread (rangeParam's pass would cost as much as the count), so this single pass
 * also does the reading: a row that is not an array is one cell, a cell that is not a string goes through the
 * text blank rule (0 is a blank cell from Excel desktop; data types by their basic value), and the size is checked
 * against Excel's grid as it goes.
 */
export function tallyOutcomes(outcomes: Matrix): OutcomeTally | ExcelError {
  // counts[code]: 0 won, 1 lost, 2 no decision, 3 open, 4 blank.
  const counts = new Float64Array(5);
  const cache = new OutcomeCache();
  const texts = cache.texts;
  const codes = cache.codes;
  const rows = outcomes.length;
  if (!(rows <= MAX_ROWS)) return tooManyRows("outcomes", rows);
  // Local copies: an imported binding may be read through a getter on every row once transpiled.
  const maxColumns = MAX_COLUMNS;
  const maxCells = MAX_CELLS;
  let cells = 0;
  for (let r = 0; r < rows; r++) {
    const item: unknown = outcomes[r];
    if (!Array.isArray(item)) {
      (counts[cache.code(item)] as number)++;
      continue;
    }
    const width = item.length;
    // A column, the usual case: its one cell read without the inner loop's set-up (over a whole column WINRATE
    // went from about 1.75x to 1.5x the bare loop; bench/cases/winrate.ts). The same steps as the loop below.
    if (width === 1) {
      cells++;
      const cell: unknown = item[0];
      if (cell === null || cell === undefined) continue;
      if (typeof cell === "string") {
        const slot = (cell.length & 31) << 1;
        (counts[
          texts[slot] === cell
            ? (codes[slot] as number)
            : texts[slot + 1] === cell
              ? (codes[slot + 1] as number)
              : cache.code(cell)
        ] as number)++;
      } else {
        (counts[cache.code(cell)] as number)++;
      }
      continue;
    }
    if (!(width <= maxColumns)) return tooManyColumns("outcomes", r, width);
    cells += width;
    if (cells > maxCells) return tooManyCells("outcomes");
    for (let c = 0; c < width; c++) {
      const cell: unknown = item[c];
      if (cell === null || cell === undefined) continue;
      let code: number;
      if (typeof cell === "string") {
        const slot = (cell.length & 31) << 1;
        code =
          texts[slot] === cell
            ? (codes[slot] as number)
            : texts[slot + 1] === cell
              ? (codes[slot + 1] as number)
              : cache.code(cell);
      } else {
        code = cache.code(cell);
      }
      (counts[code] as number)++;
    }
  }
  return {
    won: counts[0] as number,
    lost: counts[1] as number,
    noDecision: counts[2] as number,
    open: counts[3] as number,
  };
}

/** Outcome codes of cells, each distinct text classified once (see tallyOutcomes): two slots per text length. */
class OutcomeCache {
  readonly texts: (string | undefined)[] = new Array(64).fill(undefined);
  readonly codes = new Uint8Array(64);
  private readonly more = new Map<string, number>();

  code(raw: unknown): number {
    const cell = readTextCell(raw);
    if (typeof cell !== "string") return OUTCOME_CODES[classifyOutcome(cell) ?? "blank"];
    const slot = (cell.length & 31) << 1;
    if (this.texts[slot] === cell) return this.codes[slot] as number;
    if (this.texts[slot + 1] === cell) return this.codes[slot + 1] as number;
    let code = this.more.get(cell);
    if (code === undefined) {
      code = OUTCOME_CODES[classifyOutcome(cell) ?? "blank"];
      const free = this.texts[slot] === undefined ? slot : this.texts[slot + 1] === undefined ? slot + 1 : -1;
      if (free >= 0) {
        this.texts[free] = cell;
        this.codes[free] = code;
      } else if (this.more.size < 4096) {
        this.more.set(cell, code);
      }
    }
    return code;
  }
}

const OUTCOME_CODES: Record<Outcome | "blank", number> = { won: 0, lost: 1, "no decision": 2, open: 3, blank: 4 };

/** WINRATE: the whole range as one rate. A tight loop, because it is called over whole columns. */
export function winRate(outcomes: Matrix, amounts: Matrix | undefined, basis: WinRateBasis): number | ExcelError {
  if (amounts === undefined) {
    const tally = tallyOutcomes(outcomes);
    return isExcelError(tally) ? tally : winRateOf(tally, basis);
  }
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
  cells: "text",
});
const amountsParam = optional(
  rangeParam("amounts", {
    description: "Deal amounts, same size as outcomes, for a value-weighted rate.",
    cells: "number",
  }),
  undefined,
);

/**
 * WINRATE's outcomes, used as given: rangeParam would first read every cell, a pass over a million rows that costs
 * as much as counting them, so tallyOutcomes does the reading in its single pass instead (and, with amounts,
 * winRate reads the range through rangeParam's rule before pairing cells).
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
  table: ["outcomes", "amounts"],
  impl: (outcomes, amounts, basis) => {
    if (amounts === undefined) return winRate(outcomes, amounts, basis);
    const read = readRange("outcomes", outcomes, "text");
    return isExcelError(read) ? read : winRate(read, amounts, basis);
  },
});

export const WINRATEBY = defineFunction({
  name: "WINRATEBY",
  description: "Win rate per group (rep, region, competitor…): spills group, win rate, won, lost, open, no decision.",
  result: "spill",
  table: ["outcomes", "groups", "amounts"],
  params: [
    outcomesParam,
    rangeParam("groups", {
      description: "The group of each deal (rep, region, segment…), same size as outcomes.",
      cells: "text",
    }),
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
