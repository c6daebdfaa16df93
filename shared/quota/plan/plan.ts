import { describeValue, isExcelError } from "../../excel/errors.js";
import { isBlank, type Matrix } from "../../excel/values.js";
import { QUOTASPLIT } from "../quotasplit.js";
import { capacityAt } from "../ramp.js";
import { lastYearBookings, type WonLabel, wonLabels } from "./bookings.js";
import { checkNames, checkScalars, checkStartDates, placeOf } from "./check.js";
import { firstDayOf, isoOf, monthLabel, monthOf } from "./months.js";
import type { DealsSource, PlanChoices, PlanProblem, RepsSource } from "./plan-input.js";

/** A plan that passed every check, with every number the sheet will show (what a file caches). */
export interface QuotaPlan {
  readonly choices: PlanChoices;
  readonly reps: RepsSource;
  readonly deals?: DealsSource;
  /** Serials of the first day of each of the 12 months. */
  readonly months: readonly number[];
  readonly names: readonly string[];
  readonly starts: readonly (number | null)[];
  readonly weights: readonly number[];
  /** The 12 seasonality weights as the sheet holds them (not normalised). */
  readonly seasonality: readonly number[];
  /** Each rep's capacity (0–1) in each month, from the start date and the ramp schedule. */
  readonly capacity: readonly (readonly number[])[];
  /** QUOTASPLIT's spill: reps × months. */
  readonly quotas: readonly (readonly number[])[];
  readonly wonLabels: readonly WonLabel[];
}

/**
 * Check the choices against the workbook's reps and deals and compute the plan: weights, seasonality and ramp
 * exactly as the sheet's formulas will, then the split by the same QUOTASPLIT a cell calls. Either every problem
 * found (nothing is written) or the plan.
 */
export function planQuota(
  reps: RepsSource,
  deals: DealsSource | undefined,
  choices: PlanChoices,
): { problems: PlanProblem[] } | { plan: QuotaPlan } {
  const bookingsUsed = choices.weights.basis === "bookings" || choices.seasonality.basis === "bookings";
  const problems = checkScalars(choices);
  const { names, problems: nameProblems } = checkNames(reps, choices.weights.basis === "bookings");
  for (const p of nameProblems) problems.push(p); // one per rep at worst: no spread into arguments
  if (problems.some((p) => p.field === "firstMonth" || p.field === "reps")) return { problems };
  const first = monthOf(choices.firstMonth);
  const { starts, problems: startProblems } = checkStartDates(reps, names, choices);
  for (const p of startProblems) problems.push(p); // one per rep at worst: no spread into arguments
  if (bookingsUsed && (!deals || wonLabels(deals).length === 0)) {
    const field = choices.weights.basis === "bookings" ? "weights" : "seasonality";
    problems.push({
      field,
      message: deals
        ? `Last year's bookings need won deals in ${deals.sheet}, got no Outcome that means won`
        : "Last year's bookings need a Deals table with Rep, Amount, Closed and Outcome columns, got none",
    });
    return { problems };
  }
  const booked = bookingsUsed && deals ? lastYearBookings(deals, first, names) : undefined;
  const lastYear = `${isoOf(firstDayOf(first - 12))} to ${isoOf(firstDayOf(first) - 1)}`;

  const weights = weightsOf(reps, choices, booked?.byRep, problems);
  if (weights && !weights.some((w) => w > 0)) {
    const why =
      choices.weights.basis === "bookings"
        ? `no won deals closed ${lastYear}`
        : choices.weights.basis === "column"
          ? `${reps.headers[choices.weights.column] ?? "weight"} column`
          : "no reps";
    problems.push({ field: "weights", message: `Weights must include at least one above 0, got all 0 (${why})` });
  }
  const seasonality = seasonalityOf(choices, booked?.byMonth, lastYear, problems);
  if (problems.length > 0 || !weights || !seasonality) return { problems };

  const capacity = starts.map((start) =>
    Array.from({ length: 12 }, (_, m) =>
      start === null ? 1 : capacityAt(first + m - monthOf(start), choices.rampSchedule),
    ),
  );
  for (let m = 0; m < 12; m++) {
    if ((seasonality[m] as number) > 0 && !weights.some((w, i) => w > 0 && (capacity[i]?.[m] as number) > 0))
      problems.push({
        field: "startDates",
        message: `${monthLabel(first + m)} has no rep to carry its quota: every rep with a weight above 0 starts later`,
      });
  }
  if (problems.length > 0) return { problems };

  const column = (values: readonly number[]): Matrix => values.map((v) => [v]);
  const result = QUOTASPLIT(choices.target, column(weights), [seasonality], capacity, choices.unit, choices.cushion);
  if (isExcelError(result) || !Array.isArray(result))
    return { problems: [{ field: "target", message: isExcelError(result) ? result.message : String(result) }] };
  const plan: QuotaPlan = {
    choices,
    reps,
    ...(deals ? { deals } : {}),
    months: Array.from({ length: 12 }, (_, m) => firstDayOf(first + m)),
    names,
    starts,
    weights,
    seasonality,
    capacity,
    quotas: result as number[][],
    wonLabels: deals && bookingsUsed ? wonLabels(deals) : [],
  };
  return { plan };
}

function weightsOf(
  reps: RepsSource,
  choices: PlanChoices,
  booked: readonly number[] | undefined,
  problems: PlanProblem[],
): number[] | undefined {
  const basis = choices.weights;
  if (basis.basis === "equal") return reps.rows.map(() => 1);
  if (basis.basis === "bookings") return [...(booked ?? [])];
  const header = reps.headers[basis.column];
  if (header === undefined || basis.column === reps.columns.rep) {
    problems.push({
      field: "weights",
      message: `Weights must come from a number column of ${reps.sheet}, got column ${basis.column + 1}`,
    });
    return undefined;
  }
  // The plan writes Quota and the month columns from the weights: weighting by them would be circular.
  if (basis.column === reps.columns.quota || reps.columns.months.includes(basis.column)) {
    problems.push({
      field: "weights",
      message: `Weights cannot come from the ${header} column, which the plan writes`,
    });
    return undefined;
  }
  let ok = true;
  const weights = reps.rows.map((row, i) => {
    const value = row[basis.column] ?? null;
    // A blank cell reaches QUOTASPLIT as 0 (Excel desktop) or null (web); both mean no share.
    if (isBlank(value)) return 0;
    if (typeof value === "number" && value >= 0 && Number.isFinite(value)) return value;
    ok = false;
    problems.push({
      field: "weights",
      message: `${placeOf(reps, i, basis.column)}: ${header} must be a number of at least 0, got ${describeValue(value)}`,
    });
    return 0;
  });
  return ok ? weights : undefined;
}

function seasonalityOf(
  choices: PlanChoices,
  booked: readonly number[] | undefined,
  lastYear: string,
  problems: PlanProblem[],
): number[] | undefined {
  const basis = choices.seasonality;
  if (basis.basis === "flat") return new Array<number>(12).fill(1);
  if (basis.basis === "bookings") {
    if ((booked ?? []).some((b) => b > 0)) return [...(booked ?? [])];
    problems.push({
      field: "seasonality",
      message: `Seasonality must include at least one month above 0, got all 0 (no won deals closed ${lastYear}): choose flat or typed`,
    });
    return undefined;
  }
  if (basis.weights.length !== 12) {
    problems.push({ field: "seasonality", message: `Seasonality needs 12 month weights, got ${basis.weights.length}` });
    return undefined;
  }
  let ok = true;
  basis.weights.forEach((w, m) => {
    if (!(w >= 0 && Number.isFinite(w))) {
      ok = false;
      problems.push({
        field: "seasonality",
        message: `Seasonality month ${m + 1} must be a number of at least 0, got ${w}`,
      });
    }
  });
  if (ok && !basis.weights.some((w) => w > 0)) {
    problems.push({ field: "seasonality", message: "Seasonality must include at least one month above 0, got all 0" });
    ok = false;
  }
  return ok ? [...basis.weights] : undefined;
}
