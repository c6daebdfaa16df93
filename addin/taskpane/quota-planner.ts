import { planQuota } from "../../shared/quota/plan/plan.js";
import type { RepsSource } from "../../shared/quota/plan/plan-input.js";
import { planWorkbook } from "../../shared/quota/plan/plan-sheet.js";
import type { PlanWorkbookSpec } from "../../shared/quota/plan/sheet-spec.js";
import { readChoices, showProblems } from "./quota-planner-choices.js";
import { el } from "./quota-planner-dom.js";
import { type PlannerFormParts, renderPlannerForm } from "./quota-planner-form.js";
import { type PlannerWorkbook, readPlannerWorkbook } from "./quota-planner-read.js";
import { replacements, writePlan } from "./quota-planner-write.js";
import "./quota-planner.css";

/**
 * Plan quotas: read the workbook's reps and deals, fill the form, check it (every problem under its field,
 * nothing written), ask before replacing anything, then write the Quota sheet and the Reps columns the report
 * reads back. The sheet is live formulas, so the planner is not needed again.
 */
type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const amount = (n: unknown) => (typeof n === "number" ? new Intl.NumberFormat("en-US").format(n) : String(n));

/** One line on what was written, from the values the sheet shows: the year's total against target × cushion. */
export function summary(spec: PlanWorkbookSpec): string {
  const value = (address: string) => spec.sheet.cells.find((c) => c.address === address)?.value;
  const year = value("T18");
  const assigned = value("B9");
  const exact = year === assigned ? "exactly" : `off by ${amount(Number(year) - Number(assigned))}`;
  return `Wrote the Quota sheet: ${spec.reps.rows} rep(s) × 12 months. The year adds up to ${amount(year)} = ${amount(value("B5"))} × ${Math.round(Number(value("B8")) * 100)}%, ${exact}.`;
}

/** The same reps in the same rows (the form's start dates are by row), read from the same place. */
function sameReps(a: RepsSource | undefined, b: RepsSource | undefined): boolean {
  if (!a || !b) return a === b;
  const names = (s: RepsSource) => s.rows.map((row) => String(row[s.columns.rep] ?? ""));
  return a.sheet === b.sheet && a.table === b.table && names(a).join("\n") === names(b).join("\n");
}

export function mountQuotaPlanner(doc: Document, section: HTMLElement, run: Run, now: () => Date): void {
  const open = el(doc, "button", { type: "button", id: "plan-open", textContent: "Plan quotas" });
  const body = el(doc, "div", { className: "plan-body" });
  const confirm = el(doc, "div", {
    className: "plan-confirm",
    hidden: true,
    role: "alertdialog",
    "aria-labelledby": "plan-confirm-title",
  });
  const status = el(doc, "p", { className: "plan-status", role: "status", "aria-live": "polite" });
  section.append(open, body, confirm, status);
  const say = (text: string, kind: "ok" | "error" | "busy" = "ok") => {
    status.textContent = text;
    status.dataset.kind = kind;
  };

  let book: PlannerWorkbook | undefined;
  let parts: PlannerFormParts | undefined;

  const ask = (lines: readonly string[]) =>
    new Promise<boolean>((resolve) => {
      const yes = el(doc, "button", { type: "button", className: "plan-replace", textContent: "Replace and write" });
      const no = el(doc, "button", { type: "button", className: "plan-cancel secondary", textContent: "Cancel" });
      confirm.replaceChildren(
        el(doc, "p", { id: "plan-confirm-title" }, "Writing this plan replaces:"),
        el(doc, "ul", {}, ...lines.map((line) => el(doc, "li", { textContent: line }))),
        el(doc, "div", { className: "buttons" }, yes, no),
      );
      confirm.hidden = false;
      const done = (answer: boolean) => {
        confirm.hidden = true;
        confirm.replaceChildren();
        resolve(answer);
      };
      yes.addEventListener("click", () => done(true));
      no.addEventListener("click", () => done(false));
      yes.focus();
    });

  const render = (fresh: PlannerWorkbook) => {
    book = fresh;
    parts = renderPlannerForm(doc, body, fresh, now());
    parts.form.addEventListener("submit", (event) => {
      event.preventDefault();
      void guard(submit)();
    });
  };

  const submit = async () => {
    if (!parts) return;
    // Read the workbook again: what a plan replaces, and the Reps columns it writes to, are as they are now.
    const fresh = await run(readPlannerWorkbook);
    if (!sameReps(fresh.reps, parts.reps)) {
      render(fresh);
      return say("The Reps table changed since the form was filled: check the form and write again.", "error");
    }
    book = fresh;
    const read = readChoices(parts, fresh.reps);
    showProblems(parts.form, read.problems);
    if (read.problems.length > 0 || !read.reps)
      return say(`Fix ${read.problems.length} problem(s) to write the plan.`, "error");
    const planned = planQuota(read.reps, book.deals, read.choices);
    if ("problems" in planned) {
      showProblems(parts.form, planned.problems);
      return say(`Fix ${planned.problems.length} problem(s) to write the plan.`, "error");
    }
    const spec = planWorkbook(planned.plan);
    const replaced = replacements(spec, book);
    if (replaced.length > 0 && !(await ask(replaced))) return say("Nothing was written.");
    say("Writing the Quota sheet…", "busy");
    await run((context) => writePlan(context, spec, fresh, replaced.length > 0));
    say(summary(spec));
  };

  const guard = (action: () => Promise<void>) => async () => {
    try {
      await action();
    } catch (cause) {
      say(cause instanceof Error ? cause.message : String(cause), "error");
    }
  };

  open.addEventListener(
    "click",
    guard(async () => {
      say("Reading the workbook…", "busy");
      render(await run(readPlannerWorkbook));
      say(book?.reps ? "" : "No Reps table in this workbook: type the reps to create one.");
    }),
  );
}
