import { defineFunction } from "../excel/define.js";
import { type ExcelError, isExcelError, valueError } from "../excel/errors.js";
import { numberParam, optional, rangeParam } from "../excel/params.js";
import { describeShape, type Matrix, numbersOf, shapeOf } from "../excel/values.js";
import { rampFromRange } from "./ramp.js";
import { quotaSplit } from "./split.js";

/** One weight per rep, from a single column (or a single row). */
function weightsFrom(range: Matrix): number[] | ExcelError {
  const { rows, cols } = shapeOf(range);
  if (rows > 1 && cols > 1) {
    return valueError(`weights must be one column with a weight per rep, got ${describeShape(range)}`);
  }
  // Empty cells are 0, as Excel desktop sends them; a rep with weight 0 gets a zero quota.
  return numbersOf("weights", range, { blank: 0, min: 0 });
}

/** A single cell is a number of equal periods; a row or column is the period weights. */
function seasonalityFrom(range: Matrix | undefined): number | number[] | ExcelError {
  if (range === undefined) return 1;
  const { rows, cols } = shapeOf(range);
  if (rows === 1 && cols === 1) {
    const n = numbersOf("seasonality", range);
    return isExcelError(n) ? n : (n[0] ?? 1);
  }
  if (rows > 1 && cols > 1) {
    return valueError(`seasonality must be one row (or column) of period weights, got ${describeShape(range)}`);
  }
  return numbersOf("seasonality", range, { blank: 0, min: 0 });
}

export const QUOTASPLIT = defineFunction({
  name: "QUOTASPLIT",
  description:
    "Splits a team target into rep × period quotas by weight, seasonality and ramp, rounded to a unit by largest remainder; rows and the grand total (total × cushion) are exact. Capacity a ramping rep lacks goes to the other reps of the same period, in proportion to weight × capacity.",
  result: "spill",
  params: [
    numberParam("total", { description: "The team target to split (e.g. the annual quota)." }),
    rangeParam("weights", {
      description: "One weight per rep (last year's sales, capacity, territory potential); not negative.",
      cells: "number",
    }),
    optional(
      rangeParam("seasonality", {
        description: "Period weights (a row of 12 months, 4 quarters…) or a number N of equal periods; default 1.",
        cells: "number",
      }),
      undefined,
      { means: "is no periods at all", default: "one period" },
    ),
    optional(
      rangeParam("ramp", {
        description:
          "Reps × periods capacities 0–1 (blank = 0: no quota that period), or a column with each rep's start period (25/50/75% then 100%; blank or 0 = fully ramped). In a one-period split a column holds capacities.",
        cells: "number",
        // Excel desktop sends an empty cell as 0, so a blank can only mean what 0 means in each form.
        blank:
          "In a capacity grid (and in a one-period split's column) a blank cell is 0: no quota that period. As a start period, blank or 0 means fully ramped.",
      }),
      undefined,
    ),
    optional(numberParam("unit", { description: "Rounding unit, e.g. 1000; default 1." }), 1, {
      means: "is no rounding unit",
      default: "1",
    }),
    optional(
      numberParam("cushion", { description: "Over-assignment factor: 1.15 assigns 115% of total; default 1." }),
      1,
      { means: "would assign nothing", default: "1 = 100% of total" },
    ),
  ],
  example: { formula: "=GOALS.QUOTASPLIT(1000000, {1;1;1})", result: "333334; 333333; 333333" },
  impl: (total, weightsRange, seasonalityRange, rampRange, unit, cushion) => {
    const weights = weightsFrom(weightsRange);
    if (isExcelError(weights)) return weights;
    const seasonality = seasonalityFrom(seasonalityRange);
    if (isExcelError(seasonality)) return seasonality;
    const periods = typeof seasonality === "number" ? seasonality : seasonality.length;
    // A bad number of periods is reported as such (by quotaSplit), not as a ramp of the wrong shape.
    const validPeriods = Number.isInteger(periods) && periods >= 1;
    const ramp =
      rampRange === undefined || !validPeriods ? undefined : rampFromRange(rampRange, weights.length, periods);
    if (isExcelError(ramp)) return ramp;
    return quotaSplit(total, weights, { seasonality, ramp, unit, cushion });
  },
});
