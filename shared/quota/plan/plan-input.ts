import type { CellValue } from "../../excel/values.js";
import { RAMP_SCHEDULE } from "../ramp.js";

/**
 * What the quota planner starts from: the workbook's reps (and deals, for last year's bookings) and the choices
 * the manager makes in the pane's form or `goalsheet init` makes for its starter workbook. Pure data: the pane
 * fills it from Office.js, the CLI from its sample rows.
 */

/** A table the plan reads: an Excel table, or a plain range under a header row. */
export interface SourceTable {
  readonly sheet: string;
  /** The Excel table's name; absent for a plain range (the plan then refers to fixed rows). */
  readonly table?: string;
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  /** 1-based sheet column of the first column. */
  readonly firstColumn: number;
  readonly headers: readonly string[];
  /** The data rows below the header, cells by column index (0 = first column). */
  readonly rows: readonly (readonly CellValue[])[];
}

/** Where the Reps table keeps each field, by 0-based column index; months by calendar month (0 = January). */
export interface RepsColumns {
  readonly rep: number;
  readonly region?: number;
  readonly startDate?: number;
  readonly weight?: number;
  readonly quota?: number;
  readonly months: readonly (number | undefined)[];
}

export interface RepsSource extends SourceTable {
  readonly columns: RepsColumns;
  /** A table the planner creates (the pane's "new Reps table", `goalsheet init`), not one the workbook has. */
  readonly create?: boolean;
}

/** The headers of a Reps table the planner creates, in the contract's words. */
export const NEW_REPS_HEADERS = ["Rep", "Region", "Start date", "Weight"] as const;

/** A new Reps table at Reps!A1 holding these rows (name, region, start date serial or null, weight). */
export function newRepsSource(
  rows: readonly (readonly [string, string | null, number | null, number | null])[],
): RepsSource {
  return {
    sheet: "Reps",
    table: "Reps",
    headerRow: 1,
    firstColumn: 1,
    headers: NEW_REPS_HEADERS,
    rows: rows.map((row) => [...row]),
    columns: { rep: 0, region: 1, startDate: 2, weight: 3, months: [] },
    create: true,
  };
}

export interface DealsSource extends SourceTable {
  readonly columns: {
    readonly rep: number;
    readonly amount: number;
    readonly closed: number;
    readonly outcome: number;
  };
}

/** How the target is shared between reps. "column" covers territory potential, capacity or any number column. */
export type WeightBasis =
  | { readonly basis: "equal" }
  | { readonly basis: "column"; readonly column: number }
  | { readonly basis: "bookings" };

/** How the year is shared between months: flat, last year's won bookings per month, or twelve typed weights. */
export type SeasonalityBasis =
  | { readonly basis: "flat" }
  | { readonly basis: "bookings" }
  | { readonly basis: "typed"; readonly weights: readonly number[] };

export interface PlanChoices {
  /** The team target for the year, before cushion. */
  readonly target: number;
  /** Any day of the plan's first month (1900-system serial); the plan covers that month and the next eleven. */
  readonly firstMonth: number;
  /** Rounding unit (1000 → quotas in whole thousands). */
  readonly unit: number;
  /** Over-assignment: 1.1 assigns 110% of the target to reps. */
  readonly cushion: number;
  readonly weights: WeightBasis;
  readonly seasonality: SeasonalityBasis;
  /** A new rep's capacity in their first, second, … month (0–1); 100% after the last. */
  readonly rampSchedule: readonly number[];
  /** Start dates per rep row (serial, or null for a rep who is fully ramped) when they differ from the table's. */
  readonly startDates?: readonly (number | null)[];
}

/** The usual B2B schedule (docs/domain.md: 25/50/75% over the first months, then 100%): QUOTASPLIT's own. */
export const DEFAULT_RAMP: readonly number[] = RAMP_SCHEDULE;

/** Bounds the form and the checks share. */
export const PLAN_LIMITS = {
  /** Cushion is over-assignment: below 100% would plan less than the target; above 200% is a typo (115 for 1.15). */
  cushionMin: 1,
  cushionMax: 2,
  /** A ramp longer than the plan year cannot be shown on the sheet. */
  rampMonths: 12,
  /** Rows of the plan formatted ahead of time, so reps added later show as the first ones do. */
  formattedReps: 200,
} as const;

/** One thing wrong with the plan, attached to the form field that can fix it. */
export interface PlanProblem {
  readonly field: PlanField;
  readonly message: string;
}

export type PlanField =
  | "target"
  | "firstMonth"
  | "unit"
  | "cushion"
  | "reps"
  | "weights"
  | "seasonality"
  | "ramp"
  | "startDates";
