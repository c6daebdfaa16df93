import {
  newRepsSource,
  type PlanChoices,
  type PlanProblem,
  type RepsSource,
  type SeasonalityBasis,
  type WeightBasis,
} from "../../shared/quota/plan/plan-input.js";
import type { PlannerFormParts } from "./quota-planner-form.js";
import { FormReader, parseNewReps } from "./quota-planner-parse.js";

/** What the form says, as plan choices and the reps to plan, with the problems found reading what was typed. */
export function readChoices(
  parts: PlannerFormParts,
  /** The Reps table as read again just now (the same reps as the form's); its columns may have grown since. */
  current: RepsSource | undefined = parts.reps,
): { choices: PlanChoices; reps: RepsSource | undefined; problems: PlanProblem[] } {
  const { form } = parts;
  const reps = current;
  // The form offered the Weight column by position in the table it read; the same header in the table now.
  const potential = parts.potential === undefined ? undefined : reps?.columns.weight;
  const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? "";
  const checked = (group: string) =>
    (form.querySelector(`input[name="${group}"]:checked`) as HTMLInputElement | null)?.value ?? "";
  const r = new FormReader();
  let source = reps;
  if (!source) {
    const typed = parseNewReps(r, value("newReps"));
    if (typed.length > 0) source = newRepsSource(typed);
    else r.problems.push({ field: "reps", message: "Reps must list at least one rep, got none" });
  }
  const basis = checked("weights");
  const weights: WeightBasis =
    basis === "bookings"
      ? { basis: "bookings" }
      : basis === "potential" && potential !== undefined
        ? { basis: "column", column: potential }
        : basis === "column"
          ? { basis: "column", column: Number(value("weightColumn")) }
          : !reps && source
            ? { basis: "column", column: 3 } // a new table's Weight column (blank = 0)
            : { basis: "equal" };
  const season = checked("seasonality");
  const seasonality: SeasonalityBasis =
    season === "typed"
      ? {
          basis: "typed",
          weights: parts.seasonInputs.map((box, m) =>
            r.number("seasonality", `Seasonality ${parts.seasonLabel(m)}`, box.value),
          ),
        }
      : season === "bookings"
        ? { basis: "bookings" }
        : { basis: "flat" };
  const name = (i: number) => String(reps?.rows[i]?.[reps.columns.rep] ?? i + 1);
  const choices: PlanChoices = {
    target: r.number("target", "Team target", value("target")),
    firstMonth: r.month("firstMonth", "First month", value("firstMonth")),
    unit: r.number("unit", "Rounding unit", value("unit")),
    cushion: r.percent("cushion", "Cushion", value("cushion")),
    weights,
    seasonality,
    rampSchedule: r.percents("ramp", "Ramp schedule", value("ramp")),
    ...(reps
      ? { startDates: parts.starts.map((box, i) => r.date("startDates", `Start date of ${name(i)}`, box.value)) }
      : {}),
  };
  return { choices, reps: source, problems: r.problems };
}

/** Each problem under its field (and the field marked invalid); the first invalid control gets the focus. */
export function showProblems(form: HTMLFormElement, problems: readonly PlanProblem[]): void {
  for (const slot of Array.from(form.querySelectorAll<HTMLElement>(".field"))) {
    const mine = problems.filter((p) => p.field === slot.dataset.field);
    const box = slot.querySelector<HTMLElement>(".problem");
    if (box) {
      box.hidden = mine.length === 0;
      box.textContent = mine.map((p) => p.message).join("\n");
    }
    for (const control of Array.from(slot.querySelectorAll("input, select, textarea")))
      control.toggleAttribute("aria-invalid", mine.length > 0);
    slot.classList.toggle("invalid", mine.length > 0);
  }
  form.querySelector<HTMLElement>(".field.invalid input, .field.invalid select, .field.invalid textarea")?.focus();
}
