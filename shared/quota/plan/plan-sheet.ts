import { area, cell, columnLetters, sheetPrefix } from "./a1.js";
import { FORMAT } from "./formats.js";
import { CHART_AT, COL, capacityCol, MONTHS_AREA, monthCol, quarterCol, ROW, SHEET_NAME } from "./layout.js";
import { monthOf } from "./months.js";
import type { QuotaPlan } from "./plan.js";
import { columnRef } from "./refs.js";
import { repsSpec } from "./reps-columns.js";
import { capacityFormula, seasonalityCell, startFormula, weightsFormula } from "./sheet-formulas.js";
import { formats, names, widths } from "./sheet-parts.js";
import type { CellSpec, PlanWorkbookSpec, Scalar } from "./sheet-spec.js";

const Q = sheetPrefix(SHEET_NAME);
const spillOf = (row: number, column: number) => `${cell(row, column)}#`;
const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

/**
 * The Quota sheet and the Reps columns for a checked plan: every formula with the value it computes today.
 * Pure: the same description for the pane (Office.js) and `goalsheet init` (exceljs).
 */
export function planWorkbook(plan: QuotaPlan): PlanWorkbookSpec {
  const { choices, quotas } = plan;
  const cells: CellSpec[] = [];
  const put = (row: number, column: number, value: Scalar, formula?: string, spill?: Scalar[][]) =>
    cells.push({ address: cell(row, column), value, ...(formula ? { formula } : {}), ...(spill ? { spill } : {}) });

  const first = monthOf(choices.firstMonth);
  const schedule = choices.rampSchedule.length > 0 ? choices.rampSchedule : [1];
  const quarters = quotas.map((row) => [0, 1, 2, 3].map((q) => sum(row.slice(3 * q, 3 * q + 3))));
  const years = quarters.map(sum);
  const teamMonths = Array.from({ length: 12 }, (_, m) => sum(quotas.map((row) => row[m] as number)));
  const teamYear = sum(years);
  const assigned = Number((choices.target * choices.cushion).toPrecision(15));

  put(ROW.title, COL.label, `Quota plan ${Math.floor(first / 12)}`);
  put(ROW.note, COL.label, "Blue cells are inputs: change them and the plan recalculates.");
  put(ROW.inputs, COL.label, "Inputs");
  put(ROW.target, COL.label, "Team target");
  put(ROW.target, COL.input, choices.target);
  put(ROW.firstMonth, COL.label, "First month");
  put(ROW.firstMonth, COL.input, plan.months[0] as number);
  put(ROW.unit, COL.label, "Rounding unit");
  put(ROW.unit, COL.input, choices.unit);
  put(ROW.cushion, COL.label, "Cushion (over-assignment)");
  put(ROW.cushion, COL.input, choices.cushion);
  put(ROW.assigned, COL.label, "Assigned to reps (target × cushion)");
  put(ROW.assigned, COL.input, assigned, "=Quota_Target*Quota_Cushion");
  put(ROW.check, COL.label, "Year total − assigned");
  // Rounded to millionths: target × cushion carries float noise (400,000 × 1.1 = 440,000.00000000006) that the
  // split's exact total would otherwise show as "-0" instead of "exact"; a real gap is at least a cent.
  put(
    ROW.check,
    COL.input,
    Number((teamYear - choices.target * choices.cushion).toFixed(6)) + 0,
    `=ROUND(${cell(ROW.team, COL.year)}-Quota_Assigned,6)`,
  );

  put(ROW.rampMonths, COL.label, "Ramp: months since start");
  put(ROW.rampCapacity, COL.label, "Capacity (100% after)");
  schedule.forEach((c, k) => {
    put(ROW.rampMonths, COL.input + k, k + 1);
    put(ROW.rampCapacity, COL.input + k, c);
  });

  put(ROW.seasonality, COL.label, "Seasonality (weight)");
  put(ROW.share, COL.label, "Share of the year");
  const seasonTotal = sum(plan.seasonality);
  for (let m = 0; m < 12; m++) {
    const weight = plan.seasonality[m] as number;
    put(ROW.seasonality, monthCol(m), weight, seasonalityCell(plan, m));
    put(ROW.share, monthCol(m), weight / seasonTotal, `=${cell(ROW.seasonality, monthCol(m))}/SUM(Quota_Seasonality)`);
  }

  // Headers: the months are formulas, so changing Quota_FirstMonth relabels the whole plan.
  put(ROW.header, COL.label, "Rep");
  put(ROW.header, COL.weight, "Weight");
  put(ROW.header, COL.start, "Start date");
  put(ROW.capacityTitle, capacityCol(0), "Ramp capacity (share of a full rep's quota)");
  for (let m = 0; m < 12; m++) {
    const formula =
      m === 0
        ? "=DATE(YEAR(Quota_FirstMonth),MONTH(Quota_FirstMonth),1)"
        : `=EDATE(${cell(ROW.header, monthCol(m - 1))},1)`;
    put(ROW.header, monthCol(m), plan.months[m] as number, formula);
    put(ROW.header, capacityCol(m), plan.months[m] as number, `=${cell(ROW.header, monthCol(m))}`);
  }
  for (let q = 0; q < 4; q++) put(ROW.header, quarterCol(q), `Q${q + 1}`);
  put(ROW.header, COL.year, "Year");

  const plain = (values: readonly Scalar[]) => values.map((v) => [v]);
  put(ROW.team, COL.label, "Team");
  put(ROW.team, COL.weight, sum(plan.weights), `=SUM(${spillOf(ROW.reps, COL.weight)})`);
  const planSpill = `$${columnLetters(COL.month)}$${ROW.reps}#`;
  for (let m = 0; m < 12; m++)
    put(ROW.team, monthCol(m), teamMonths[m] as number, `=SUM(INDEX(${planSpill},0,${m + 1}))`);
  for (let q = 0; q < 4; q++)
    put(ROW.team, quarterCol(q), sum(quarters.map((r) => r[q] as number)), `=SUM(${spillOf(ROW.reps, quarterCol(q))})`);
  put(ROW.team, COL.year, teamYear, `=SUM(${spillOf(ROW.reps, COL.year)})`);

  put(ROW.reps, COL.label, plan.names[0] ?? "", `=${columnRef(plan.reps, plan.reps.columns.rep)}`, plain(plan.names));
  put(ROW.reps, COL.weight, plan.weights[0] ?? 0, weightsFormula(plan), plain(plan.weights));
  put(ROW.reps, COL.start, plan.starts[0] ?? "", startFormula(plan), plain(plan.starts.map((s) => s ?? "")));
  put(
    ROW.reps,
    COL.month,
    quotas[0]?.[0] ?? 0,
    `=GOALS.QUOTASPLIT(Quota_Target,${spillOf(ROW.reps, COL.weight)},Quota_Seasonality,${spillOf(ROW.reps, COL.capacity)},Quota_Unit,Quota_Cushion)`,
    quotas.map((row) => [...row]),
  );
  for (let q = 0; q < 4; q++) {
    const parts = [1, 2, 3].map((k) => `INDEX(${spillOf(ROW.reps, COL.month)},0,${3 * q + k})`).join("+");
    put(ROW.reps, quarterCol(q), quarters[0]?.[q] ?? 0, `=${parts}`, plain(quarters.map((r) => r[q] as number)));
  }
  const yearFormula = `=${[0, 1, 2, 3].map((q) => spillOf(ROW.reps, quarterCol(q))).join("+")}`;
  put(ROW.reps, COL.year, years[0] ?? 0, yearFormula, plain(years));
  put(
    ROW.reps,
    COL.capacity,
    plan.capacity[0]?.[0] ?? 1,
    capacityFormula(plan),
    plan.capacity.map((r) => [...r]),
  );

  return {
    sheet: {
      name: SHEET_NAME,
      cells,
      formats: formats(plan, schedule.length),
      columnWidths: widths(),
      chart: {
        title: "Team quota by month",
        seriesName: "Team quota",
        categories: `${Q}${MONTHS_AREA}`,
        values: `${Q}${area(ROW.team, COL.month, ROW.team, monthCol(11), true)}`,
        categoryCache: plan.months,
        categoryFormat: FORMAT.month,
        valueCache: teamMonths,
        valueFormat: FORMAT.money,
        ...CHART_AT,
      },
    },
    names: names(plan),
    reps: repsSpec(plan, years),
  };
}
