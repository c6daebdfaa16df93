import { serialToIso } from "../../shared/excel/dates.js";
import { MONTH_HEADERS } from "../../shared/quota/plan/months.js";
import { DEFAULT_RAMP, type RepsSource } from "../../shared/quota/plan/plan-input.js";
import { el, formHelpers } from "./quota-planner-dom.js";
import type { PlannerWorkbook } from "./quota-planner-read.js";

/**
 * The planner's short form: target, first month, reps (the workbook's Reps table, or a new one typed here),
 * weight basis, seasonality, start dates and ramp schedule, rounding unit and cushion. Each field has a slot for
 * the problems the checks attach to it (data-field = the problem's field). Reading it is quota-planner-choices.ts.
 */
export interface PlannerFormParts {
  readonly form: HTMLFormElement;
  readonly reps: RepsSource | undefined;
  /** The Reps column offered as territory potential (the contract's Weight, Capacity or Potential). */
  readonly potential: number | undefined;
  readonly seasonInputs: readonly HTMLInputElement[];
  /** The month each seasonality box stands for ("Jan" …), following the first month. */
  seasonLabel(m: number): string;
  readonly starts: readonly HTMLInputElement[];
}

export function renderPlannerForm(
  doc: Document,
  container: HTMLElement,
  book: PlannerWorkbook,
  today: Date,
): PlannerFormParts {
  const reps = book.reps;
  const { field, input, radio } = formHelpers(doc);

  const repsField = reps
    ? field(
        "reps",
        el(
          doc,
          "p",
          { className: "source" },
          `Reps: ${reps.table ? `table ${reps.table}` : `sheet ${reps.sheet}`}, ${reps.rows.length} rep(s)`,
        ),
      )
    : field(
        "reps",
        el(
          doc,
          "label",
          {},
          "New Reps table, one rep per line: name, region, start date (YYYY-MM-DD), weight ",
          el(doc, "textarea", {
            name: "newReps",
            rows: 4,
            placeholder: "Ana Lima, EMEA, , 1\nOmar Haddad, MEA, 2026-03-01, 0.8",
          }),
        ),
      );

  const written = new Set([
    reps?.columns.rep,
    reps?.columns.region,
    reps?.columns.startDate,
    reps?.columns.quota,
    ...(reps?.columns.months ?? []),
  ]);
  const potential = reps?.columns.weight;
  const others = (reps?.headers ?? []).flatMap((h, i) =>
    h !== "" && !written.has(i) && i !== potential ? [[h, i] as const] : [],
  );
  const noDeals = book.deals ? "" : "Needs a Deals table with Rep, Amount, Closed and Outcome columns";
  const weights = field(
    "weights",
    el(
      doc,
      "fieldset",
      {},
      el(doc, "legend", {}, "Weights: how the target is shared between reps"),
      radio("weights", "equal", "Equal", potential === undefined),
      radio("weights", "bookings", "Last year's bookings", false, !book.deals, noDeals),
      radio(
        "weights",
        "potential",
        `Territory potential (${potential === undefined ? "no Weight column" : reps?.headers[potential]})`,
        potential !== undefined,
        potential === undefined,
      ),
      radio("weights", "column", "Another column:", false, others.length === 0),
      el(
        doc,
        "select",
        {
          name: "weightColumn",
          disabled: others.length === 0,
          hidden: others.length === 0,
          "aria-label": "Weight column",
        },
        ...others.map(([h, i]) => el(doc, "option", { value: String(i), textContent: h })),
      ),
    ),
  );

  const seasonInputs = Array.from({ length: 12 }, (_, m) =>
    input(`season-${m}`, "1", { inputMode: "decimal", size: 3 }),
  );
  const seasonNames = seasonInputs.map(() => el(doc, "span", {}));
  const seasonality = field(
    "seasonality",
    el(
      doc,
      "fieldset",
      {},
      el(doc, "legend", {}, "Seasonality: how the year is shared between months"),
      radio("seasonality", "flat", "Flat", true),
      radio("seasonality", "bookings", "Last year's monthly bookings", false, !book.deals, noDeals),
      radio("seasonality", "typed", "Typed weights:", false),
      el(
        doc,
        "div",
        { className: "months" },
        ...seasonInputs.map((box, m) => el(doc, "label", { className: "month" }, seasonNames[m] as HTMLElement, box)),
      ),
    ),
  );

  const firstMonth = input("firstMonth", `${today.getUTCFullYear()}-01`, { type: "month" });
  const seasonLabel = (m: number) => {
    const start = Number(/^\d{4}-(\d{2})$/.exec(firstMonth.value)?.[1] ?? "1") - 1;
    return MONTH_HEADERS[(start + m) % 12] ?? "";
  };
  const relabel = () =>
    seasonNames.forEach((span, m) => {
      span.textContent = seasonLabel(m);
    });
  firstMonth.addEventListener("change", relabel);
  relabel();

  const starts = (reps?.rows ?? []).map((row, i) => {
    const value = reps?.columns.startDate === undefined ? null : row[reps.columns.startDate];
    const name = String(row[reps?.columns.rep ?? 0] ?? "");
    return input(`start-${i}`, typeof value === "number" ? serialToIso(value) : "", {
      type: "date",
      "aria-label": `Start date of ${name}`,
    });
  });
  const names = (reps?.rows ?? []).map((row) => String(row[reps?.columns.rep ?? 0] ?? ""));
  const startDates = field(
    "startDates",
    el(
      doc,
      "details",
      { open: starts.some((s) => s.value !== "") },
      el(
        doc,
        "summary",
        {},
        `Start dates for ramping reps (${starts.filter((s) => s.value !== "").length} set; blank = fully ramped)`,
      ),
      el(
        doc,
        "table",
        { className: "starts" },
        ...starts.map((box, i) =>
          el(doc, "tr", {}, el(doc, "th", { scope: "row", textContent: names[i] ?? "" }), el(doc, "td", {}, box)),
        ),
      ),
    ),
  );

  const form = el(
    doc,
    "form",
    { className: "plan-form", noValidate: true },
    field(
      "target",
      el(
        doc,
        "label",
        {},
        "Team target ",
        input("target", book.teamTarget === undefined ? "" : String(book.teamTarget), { inputMode: "decimal" }),
      ),
    ),
    field("firstMonth", el(doc, "label", {}, "First month ", firstMonth)),
    repsField,
    weights,
    seasonality,
    startDates,
    field(
      "ramp",
      el(
        doc,
        "label",
        {},
        "Ramp: % of full quota in a new rep's first months ",
        input("ramp", DEFAULT_RAMP.map((c) => c * 100).join(", ")),
      ),
    ),
    field("unit", el(doc, "label", {}, "Rounding unit ", input("unit", "1000", { inputMode: "decimal" }))),
    field(
      "cushion",
      el(
        doc,
        "label",
        {},
        "Cushion, % of the target assigned to reps ",
        input("cushion", "110", { inputMode: "decimal" }),
      ),
    ),
    el(doc, "button", { type: "submit", className: "plan-submit", textContent: "Write the Quota sheet" }),
  );
  container.replaceChildren(form);
  return { form, reps, potential, seasonInputs, seasonLabel, starts };
}
