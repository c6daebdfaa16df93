import { spillLimit } from "../excel/cells.js";
import { type ExcelError, valueError } from "../excel/errors.js";
import { firstFailure, notNegative, positive } from "../kpi/rules.js";
import { roundToTotal } from "./largest-remainder.js";
import { capacityGrid, type Ramp } from "./ramp.js";

export interface QuotaSplitOptions {
  /** Period weights (12 months, 4 quarters…) or a number N of equal periods; default one period. */
  readonly seasonality?: readonly number[] | number;
  readonly ramp?: Ramp;
  /** Rounding unit (1000 → parts in thousands); default 1. */
  readonly unit?: number;
  /** Over-assignment factor: 1.15 makes rep quotas add up to 115% of the total; default 1. */
  readonly cushion?: number;
}

/** Floating-point products such as 1234.56 × 1.15 carry noise in the 16th digit; 15 significant digits drop it. */
const clean = (x: number): number => Number(x.toPrecision(15));

/** Decimal places of a cleaned number (1358.016 → 3), so sums of parts can be rounded back to that precision. */
function decimalsOf(x: number): number {
  const [mantissa = "", exponent = "0"] = String(x).split("e");
  const fractionDigits = mantissa.split(".")[1]?.length ?? 0;
  return Math.min(20, Math.max(0, fractionDigits - Number(exponent)));
}

/**
 * Split `total × cushion` into reps × periods quotas.
 *
 * 1. Exact shares: period p gets its seasonal share of the grand total; inside a period, rep i's share is
 *    weight_i × capacity_ip over the sum of weight × capacity of all reps in that period. So the team target of
 *    every period is kept whole, and what a ramping rep cannot carry is redistributed to the other reps of the same
 *    period in proportion to their weight × capacity.
 * 2. Rep totals: the grand total, in whole units, is apportioned to reps by largest remainder on their exact totals.
 * 3. Periods: each rep's total is apportioned to its periods by largest remainder, ranking columns by their
 *    fractional part plus what earlier reps' rounding took from that column, so period totals stay close to
 *    their exact values (each cell is its exact share rounded down or up).
 * When the grand total is not a whole number of units, the sub-unit remainder goes to the one cell that is furthest
 * below its exact share: the only part that is not a multiple of the unit.
 *
 * Rows and the grand total are exact: Σ row = that rep's quota and Σ all = total × cushion.
 */
export function quotaSplit(
  total: number,
  weights: readonly number[],
  options: QuotaSplitOptions = {},
): number[][] | ExcelError {
  const { seasonality = 1, unit = 1, cushion = 1 } = options;
  // Refuse a split that cannot fit on a sheet before allocating it (a seasonality of 1e9, a date typed by
  // mistake, ran out of heap; 45,000 periods spilled wider than Excel's 16,384 columns).
  const periodCount = typeof seasonality === "number" ? seasonality : seasonality.length;
  const tooLarge = spillLimit("QUOTASPLIT", weights.length, Number.isFinite(periodCount) ? periodCount : 0);
  if (tooLarge) return tooLarge;
  // Iterate rather than spread a weight per rep into firstFailure: 200,000 arguments overflow the stack.
  let negative: ExcelError | undefined;
  for (let i = 0; i < weights.length && negative === undefined; i++) {
    const w = weights[i] as number;
    if (!(w >= 0)) negative = valueError(`weights row ${i + 1} must not be negative, got ${w}`);
  }
  const invalid = firstFailure(
    notNegative("total", total),
    weights.length === 0 ? valueError("weights must list at least one rep") : undefined,
    negative,
    weights.some((w) => w > 0) ? undefined : valueError("weights must include at least one weight above 0, got all 0"),
    positive("unit", unit),
    positive("cushion", cushion),
    // Largest remainder hands out whole units one by one; past 2^53 units a float cannot count them (found by
    // the fuzzer: a unit of 1e-212 looped forever).
    (total * cushion) / unit <= Number.MAX_SAFE_INTEGER
      ? undefined
      : valueError(
          `total × cushion must be at most ${Number.MAX_SAFE_INTEGER} units of ${unit}, got ${(total * cushion) / unit} units`,
        ),
  );
  if (invalid) return invalid;

  const seasons = seasonalShares(seasonality);
  if (!Array.isArray(seasons)) return seasons;
  const reps = weights.length;
  const periods = seasons.length;
  const capacity = options.ramp ? capacityGrid(options.ramp, reps, periods) : undefined;
  if (capacity !== undefined && !(capacity instanceof Float64Array)) return capacity;

  const grand = clean(total * cushion);
  const units = grand / unit;
  const wholeUnits = Math.abs(units - Math.round(units)) < 1e-9 ? Math.round(units) : Math.floor(units);
  const decimals = Math.max(decimalsOf(grand), decimalsOf(unit));
  const remainder = Math.max(0, Number((grand - wholeUnits * unit).toFixed(decimals)));

  // Exact shares in units, row-major.
  const exact = new Float64Array(reps * periods);
  const repExact = new Float64Array(reps);
  for (let p = 0; p < periods; p++) {
    let sum = 0;
    for (let i = 0; i < reps; i++)
      sum += (weights[i] as number) * (capacity ? (capacity[i * periods + p] as number) : 1);
    const periodUnits = units * (seasons[p] as number);
    if (sum === 0) {
      if (periodUnits > 0) return valueError(`ramp leaves no rep with capacity in period ${p + 1}`);
      continue;
    }
    for (let i = 0; i < reps; i++) {
      const share =
        (periodUnits * (weights[i] as number) * (capacity ? (capacity[i * periods + p] as number) : 1)) / sum;
      exact[i * periods + p] = share;
      repExact[i] = (repExact[i] as number) + share;
    }
  }

  // Weights near the largest double overflow the shares, and largest remainder cannot count an infinite
  // shortfall (found by the fuzzer: QUOTASPLIT(19, {0; 1E+308}) looped forever).
  if (!repExact.every(Number.isFinite)) {
    return valueError(`weights must be small enough to multiply by total × cushion, got ${largest(weights)}`);
  }
  const repUnits = roundToTotal(repExact, wholeUnits);
  let remainderRep = -1;
  if (remainder > 0) {
    let shortfall = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < reps; i++) {
      const gap = (repExact[i] as number) - (repUnits[i] as number);
      if (gap > shortfall) [shortfall, remainderRep] = [gap, i];
    }
  }

  const fractionalUnit = !Number.isInteger(unit);
  const carry = new Float64Array(periods);
  const row = new Float64Array(periods);
  const scaled = new Float64Array(periods);
  const out: number[][] = [];
  for (let i = 0; i < reps; i++) {
    const target = repUnits[i] as number;
    const rowExact = repExact[i] as number;
    for (let p = 0; p < periods; p++) {
      const x = exact[i * periods + p] as number;
      row[p] = x;
      scaled[p] = rowExact > 0 ? (x * target) / rowExact : x;
    }
    // roundToTotal returns a fresh array of unit counts: it becomes the output row once scaled by the unit.
    const cells = roundToTotal(scaled, target, carry);
    let best = 0;
    for (let p = 0; p < periods; p++) {
      carry[p] = (carry[p] as number) + (row[p] as number) - (cells[p] as number);
      // The row's exact shares, not the rescaled ones: a period where the rep has no capacity never gets the remainder.
      if ((row[p] as number) - (cells[p] as number) > (row[best] as number) - (cells[best] as number)) best = p;
    }
    for (let p = 0; p < periods; p++) {
      const value = (cells[p] as number) * unit;
      cells[p] = fractionalUnit ? clean(value) : value;
    }
    if (i === remainderRep) {
      cells[best] = Number(((cells[best] as number) + remainder).toFixed(decimals));
      carry[best] = (carry[best] as number) - remainder / unit;
    }
    out.push(cells);
  }
  return out;
}

function largest(values: readonly number[]): number {
  let most = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) most = Math.max(most, values[i] as number);
  return most;
}

/** Seasonal shares summing to 1: N equal periods, or the given weights normalised. */
function seasonalShares(seasonality: readonly number[] | number): number[] | ExcelError {
  if (typeof seasonality === "number") {
    if (!Number.isInteger(seasonality) || seasonality < 1) {
      return valueError(`seasonality must be a number of periods (a whole number, at least 1), got ${seasonality}`);
    }
    return new Array<number>(seasonality).fill(1 / seasonality);
  }
  let sum = 0;
  for (let p = 0; p < seasonality.length; p++) {
    const w = seasonality[p] as number;
    if (!(w >= 0)) return valueError(`seasonality period ${p + 1} must not be negative, got ${w}`);
    sum += w;
  }
  if (sum === 0) return valueError("seasonality must include at least one period weight above 0, got all 0");
  return seasonality.map((w) => w / sum);
}
