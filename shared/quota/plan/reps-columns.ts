import { FORMAT } from "./formats.js";
import { MONTH_HEADERS, monthOf } from "./months.js";
import type { QuotaPlan } from "./plan.js";
import type { RepsSource } from "./plan-input.js";
import { columnRef, headerRef } from "./refs.js";
import type { RepsColumnSpec, RepsSpec, Scalar } from "./sheet-spec.js";

/**
 * The columns the plan writes into the Reps table, so the report reads the plan back through the workbook
 * contract: Quota (each rep's year) and one column per calendar month (Jan … Dec), each an INDEX into the
 * Quota sheet's spill. The month columns follow the calendar, not the plan, so they stay right when a manager
 * moves Quota_FirstMonth. A Start date column is added when the table has none or the form changed a date.
 */
interface Placed {
  readonly index: number;
  readonly header: string;
  readonly existing: boolean;
}

/** Where Start date, Quota and the months go: their existing columns, else appended at the right in this order. */
export function repsLayout(reps: RepsSource): { start: Placed; quota: Placed; months: Placed[]; source: RepsSource } {
  const headers = [...reps.headers];
  const place = (index: number | undefined, header: string): Placed => {
    if (index !== undefined) return { index, header: reps.headers[index] ?? header, existing: true };
    headers.push(header);
    return { index: headers.length - 1, header, existing: false };
  };
  const start = place(reps.columns.startDate, "Start date");
  const quota = place(reps.columns.quota, "Quota");
  const months = MONTH_HEADERS.map((header, c) => place(reps.columns.months[c], header));
  return { start, quota, months, source: { ...reps, headers } };
}

/** The start-date column as the plan's formulas refer to it (it may be one the plan adds). */
export function startRef(plan: QuotaPlan): string {
  const layout = repsLayout(plan.reps);
  return columnRef(layout.source, layout.start.index);
}

export function repsSpec(plan: QuotaPlan, years: readonly number[]): RepsSpec {
  const { reps, quotas } = plan;
  const layout = repsLayout(reps);
  const row = `ROW()-ROW(${headerRef(reps)})`;
  const first = monthOf(plan.choices.firstMonth) % 12;
  const column = (placed: Placed, spec: Omit<RepsColumnSpec, "header" | "column" | "existing">): RepsColumnSpec => ({
    header: placed.header,
    column: reps.firstColumn + placed.index,
    existing: placed.existing,
    ...spec,
  });
  const columns: RepsColumnSpec[] = [];
  const tableStarts = reps.rows.map((r) =>
    reps.columns.startDate === undefined ? null : (r[reps.columns.startDate] ?? null),
  );
  const startsChanged = plan.starts.some(
    (s, i) => (s ?? null) !== (typeof tableStarts[i] === "number" ? tableStarts[i] : null),
  );
  if (!layout.start.existing || startsChanged)
    columns.push(column(layout.start, { values: plan.starts.map((s): Scalar => s), numberFormat: FORMAT.date }));
  columns.push(
    column(layout.quota, {
      formula: `=INDEX(Quota_RepTotals,${row})`,
      values: years,
      numberFormat: FORMAT.money,
    }),
  );
  layout.months.forEach((placed, c) => {
    columns.push(
      column(placed, {
        formula: `=INDEX(Quota_Plan,${row},MOD(${c + 1}-MONTH(Quota_FirstMonth),12)+1)`,
        values: quotas.map((q) => q[(c - first + 12) % 12] as number),
        numberFormat: FORMAT.money,
      }),
    );
  });
  return {
    ...(reps.create
      ? {
          create: {
            headers: reps.headers,
            rows: reps.rows.map((r) => r.map((v): Scalar => (typeof v === "object" && v !== null ? null : v))),
            numberFormats: reps.headers.map((_, i) => (i === reps.columns.startDate ? FORMAT.date : null)),
          },
        }
      : {}),
    sheet: reps.sheet,
    ...(reps.table ? { table: reps.table } : {}),
    headerRow: reps.headerRow,
    rows: reps.rows.length,
    columns,
  };
}
