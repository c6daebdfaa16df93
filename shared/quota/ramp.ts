import { type ExcelError, isExcelError, valueError } from "../excel/errors.js";
import { describeShape, type Matrix, numbersOf, shapeOf } from "../excel/values.js";

/**
 * New reps carry less quota while they ramp. Two ways to say so:
 * - a capacity grid (reps × periods) of fractions 0–1 of a full rep's quota in each period;
 * - one start period per rep (1 = the first period of the split), which applies the default schedule below.
 *   Blank or 0 means the rep is fully ramped for the whole split. (Excel desktop sends empty cells as 0.)
 */
export type Ramp = { readonly capacity: readonly (readonly number[])[] } | { readonly startPeriods: readonly number[] };

/** Capacity in a rep's first, second and third period; 100% from the fourth on (docs/domain.md: 25/50/75/100%). */
export const RAMP_SCHEDULE: readonly number[] = [0.25, 0.5, 0.75];

/**
 * Capacity `k` periods after the start period (0 = the start period itself): 0 before the start, the schedule's
 * k-th capacity, then 100% once the schedule is over. The one ramp rule: QUOTASPLIT's start periods, the quota
 * planner (with the manager's schedule) and the report's spread of an annual Quota all use it.
 */
export function capacityAt(k: number, schedule: readonly number[] = RAMP_SCHEDULE): number {
  if (k < 0) return 0;
  return schedule[k] ?? 1;
}

/** Capacity of a rep who starts in `start` (1-based; 0 = fully ramped) during `period` (1-based). */
export function rampCapacity(start: number, period: number): number {
  return start === 0 ? 1 : capacityAt(period - start);
}

/** The capacity of every rep in every period, validated, flat row-major (rep i, period p at i × periods + p). */
export function capacityGrid(ramp: Ramp, reps: number, periods: number): Float64Array | ExcelError {
  const grid = new Float64Array(reps * periods);
  if ("startPeriods" in ramp) {
    if (ramp.startPeriods.length !== reps) {
      return valueError(`ramp must have one start period per rep (${reps}), got ${ramp.startPeriods.length}`);
    }
    for (let i = 0; i < reps; i++) {
      const start = ramp.startPeriods[i] as number;
      if (!Number.isInteger(start) || start < 0) {
        return valueError(`ramp row ${i + 1} must be a start period (a whole number, 0 = fully ramped), got ${start}`);
      }
      for (let p = 0; p < periods; p++) grid[i * periods + p] = rampCapacity(start, p + 1);
    }
    return grid;
  }
  const { capacity } = ramp;
  if (capacity.length !== reps || capacity.some((row) => row.length !== periods)) {
    return valueError(`ramp capacity must be ${reps} reps × ${periods} periods`);
  }
  for (let i = 0; i < reps; i++) {
    const row = capacity[i] as readonly number[];
    for (let p = 0; p < periods; p++) {
      const c = row[p] as number;
      if (!(c >= 0 && c <= 1)) {
        const place = periods > 1 ? `ramp row ${i + 1}, column ${p + 1}` : `ramp row ${i + 1}`;
        return valueError(`${place} must be a capacity between 0 and 1, got ${c}`);
      }
      grid[i * periods + p] = c;
    }
  }
  return grid;
}

/**
 * Read the ramp argument. Its shape says which form it is: reps × periods is a capacity grid; a single column is
 * one start period per rep, except in a one-period split, where a single column is the capacity for that period.
 */
export function rampFromRange(range: Matrix, reps: number, periods: number): Ramp | ExcelError {
  const { rows, cols } = shapeOf(range);
  const values = numbersOf("ramp", range, { blank: 0 });
  if (isExcelError(values)) return values;
  if (rows === reps && cols === periods) {
    const capacity: number[][] = [];
    for (let i = 0; i < reps; i++) capacity.push(values.slice(i * periods, (i + 1) * periods));
    return { capacity };
  }
  if (rows === reps && cols === 1) return { startPeriods: values };
  return valueError(
    `ramp must be ${reps}×${periods} capacities or ${reps}×1 start periods (one row per rep), got ${describeShape(range)}`,
  );
}
