import { isoToSerial } from "../../shared/excel/dates.js";
import type { CellValue } from "../../shared/excel/values.js";
import type { DealsSource, PlanChoices, RepsSource } from "../../shared/quota/plan/plan-input.js";

export const d = (iso: string): number => isoToSerial(iso) as number;

/** A Reps table (Rep, Region, Start date, Weight) on the Reps sheet, header in row 1. */
export function repsTable(rows: CellValue[][], extra: Partial<RepsSource> = {}): RepsSource {
  return {
    sheet: "Reps",
    table: "Reps",
    headerRow: 1,
    firstColumn: 1,
    headers: ["Rep", "Region", "Start date", "Weight"],
    rows,
    columns: { rep: 0, region: 1, startDate: 2, weight: 3, months: [] },
    ...extra,
  };
}

/** A Deals table (Rep, Amount, Closed, Outcome). */
export function dealsTable(rows: CellValue[][]): DealsSource {
  return {
    sheet: "Deals",
    table: "Deals",
    headerRow: 1,
    firstColumn: 1,
    headers: ["Rep", "Amount", "Closed", "Outcome"],
    rows,
    columns: { rep: 0, amount: 1, closed: 2, outcome: 3 },
  };
}

export const choices = (overrides: Partial<PlanChoices> = {}): PlanChoices => ({
  target: 120_000,
  firstMonth: d("2026-01-01"),
  unit: 1000,
  cushion: 1,
  weights: { basis: "equal" },
  seasonality: { basis: "flat" },
  rampSchedule: [0.25, 0.5, 0.75],
  ...overrides,
});

export const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
