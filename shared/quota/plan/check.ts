import { MAX_SERIAL_1900 } from "../../excel/dates.js";
import { describeValue } from "../../excel/errors.js";
import { type CellValue, isBlank } from "../../excel/values.js";
import { cell, sheetPrefix } from "./a1.js";
import { isoOf, lastDayOf, monthOf } from "./months.js";
import { PLAN_LIMITS, type PlanChoices, type PlanProblem, type RepsSource, type SourceTable } from "./plan-input.js";

/**
 * The rules a plan must pass before anything is written. Each problem names the form field that fixes it and
 * follows the project's message pattern: the place when there is one, the rule, then the value received.
 */

const percent = (x: number) => `${Number((x * 100).toFixed(2))}%`;

/** `Reps!C4`: where a data cell of a source table sits on its sheet. */
export function placeOf(source: SourceTable, row: number, column: number): string {
  return `${sheetPrefix(source.sheet)}${cell(source.headerRow + 1 + row, source.firstColumn + column)}`;
}

export function checkScalars(choices: PlanChoices): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const { target, unit, cushion, firstMonth, rampSchedule } = choices;
  if (!(Number.isFinite(target) && target > 0))
    problems.push({ field: "target", message: `Team target must be more than 0, got ${target}` });
  if (!(Number.isFinite(unit) && unit > 0))
    problems.push({ field: "unit", message: `Rounding unit must be more than 0, got ${unit}` });
  if (!(cushion >= PLAN_LIMITS.cushionMin && cushion <= PLAN_LIMITS.cushionMax))
    problems.push({
      field: "cushion",
      message: `Cushion must be between ${percent(PLAN_LIMITS.cushionMin)} and ${percent(PLAN_LIMITS.cushionMax)}, got ${percent(cushion)}`,
    });
  // Serials before 1900-03-01 carry Excel's phantom leap day; no plan starts there.
  if (!(Number.isFinite(firstMonth) && firstMonth >= 61 && firstMonth <= MAX_SERIAL_1900 - 366))
    problems.push({ field: "firstMonth", message: `First month must be a date from 1900-03-01 on, got ${firstMonth}` });
  if (rampSchedule.length > PLAN_LIMITS.rampMonths)
    problems.push({
      field: "ramp",
      message: `Ramp schedule must have at most ${PLAN_LIMITS.rampMonths} months, got ${rampSchedule.length}`,
    });
  rampSchedule.forEach((c, i) => {
    if (!(c >= 0 && c <= 1))
      problems.push({
        field: "ramp",
        message: `Ramp schedule month ${i + 1} must be between 0% and 100%, got ${Number.isFinite(c) ? percent(c) : c}`,
      });
  });
  return problems;
}

/** Rep names: at least one, none blank, none repeated (the report and SUMIFS match reps by name). */
export function checkNames(reps: RepsSource, bookings: boolean): { names: string[]; problems: PlanProblem[] } {
  const problems: PlanProblem[] = [];
  if (reps.rows.length === 0)
    return { names: [], problems: [{ field: "reps", message: "Reps must list at least one rep, got none" }] };
  const first = new Map<string, number>();
  const names = reps.rows.map((row, i) => {
    const value = row[reps.columns.rep] ?? null;
    const place = placeOf(reps, i, reps.columns.rep);
    if (isBlank(value) || typeof value === "object") {
      problems.push({ field: "reps", message: `${place}: Rep must be a name, got ${describeValue(value)}` });
      return "";
    }
    const name = String(value).trim();
    const earlier = first.get(name.toLowerCase());
    if (earlier !== undefined)
      problems.push({
        field: "reps",
        message: `${place}: Rep names must be unique, got "${name}" again (first at ${placeOf(reps, earlier, reps.columns.rep)})`,
      });
    else first.set(name.toLowerCase(), i);
    // SUMIFS reads * ? ~ as wildcards and a leading = < > as a comparison: such a name would count other reps' deals.
    if (bookings && /[*?~]|^[=<>]/.test(name))
      problems.push({
        field: "weights",
        message: `${place}: Rep must not contain * ? ~ or start with = < > when weights come from bookings, got "${name}"`,
      });
    return name;
  });
  return { names, problems };
}

/** Start dates: blank (fully ramped) or a date no later than the plan's last day. */
export function checkStartDates(
  reps: RepsSource,
  names: readonly string[],
  choices: PlanChoices,
): { starts: (number | null)[]; problems: PlanProblem[] } {
  const problems: PlanProblem[] = [];
  const lastDay = lastDayOf(monthOf(choices.firstMonth) + 11);
  const starts = reps.rows.map((row, i): number | null => {
    const fromForm = choices.startDates?.[i];
    const column = reps.columns.startDate;
    const value: CellValue = fromForm !== undefined ? fromForm : column === undefined ? null : (row[column] ?? null);
    if (isBlank(value)) return null;
    const where = fromForm === undefined && column !== undefined ? `${placeOf(reps, i, column)}: ` : "";
    if (typeof value !== "number" || !(value >= 1 && value <= MAX_SERIAL_1900)) {
      problems.push({ field: "startDates", message: `${where}Start date must be a date, got ${describeValue(value)}` });
      return null;
    }
    if (value > lastDay)
      problems.push({
        field: "startDates",
        message: `${where}Start date must be on or before the plan's last day (${isoOf(lastDay)}), got ${isoOf(value)} for ${names[i] || `row ${i + 1}`}`,
      });
    return value;
  });
  return { starts, problems };
}
