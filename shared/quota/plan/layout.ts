import { area, cell } from "./a1.js";

/**
 * Where everything sits on the Quota sheet. Fixed parts (inputs, ramp schedule, seasonality, headers, team
 * totals, chart) are above or beside the plan; the spilled rows come last, so adding reps only grows the plan
 * downwards into empty cells.
 */
export const SHEET_NAME = "Quota";

export const ROW = {
  title: 1,
  note: 2,
  inputs: 4,
  target: 5,
  firstMonth: 6,
  unit: 7,
  cushion: 8,
  assigned: 9,
  check: 10,
  rampMonths: 12,
  rampCapacity: 13,
  seasonality: 14,
  share: 15,
  capacityTitle: 16,
  header: 17,
  team: 18,
  /** First rep row: every spill is anchored here. */
  reps: 19,
} as const;

export const COL = {
  label: 1,
  input: 2,
  weight: 2,
  start: 3,
  /** First of the 12 month columns (D … O). */
  month: 4,
  /** First of the 4 quarter columns (P … S). */
  quarter: 16,
  year: 20,
  /** First of the 12 capacity columns (V … AG). */
  capacity: 22,
} as const;

export const monthCol = (m: number) => COL.month + m;
export const quarterCol = (q: number) => COL.quarter + q;
export const capacityCol = (m: number) => COL.capacity + m;

/** Absolute address of a cell of the Quota sheet ("$B$5"). */
export const at = (row: number, column: number) => cell(row, column, true);

/** The 12 month header cells ($D$17:$O$17). */
export const MONTHS_AREA = area(ROW.header, COL.month, ROW.header, monthCol(11), true);
export const SEASONALITY_AREA = area(ROW.seasonality, COL.month, ROW.seasonality, monthCol(11), true);

/** The chart sits right of the inputs, above the ramp schedule. */
export const CHART_AT = { from: { row: ROW.title, column: COL.month }, to: { row: ROW.check + 1, column: COL.year } };
