import { area, cell, sheetPrefix } from "./a1.js";
import { FORMAT, STYLE } from "./formats.js";
import {
  at,
  COL,
  capacityCol,
  MONTHS_AREA,
  monthCol,
  quarterCol,
  ROW,
  SEASONALITY_AREA,
  SHEET_NAME,
} from "./layout.js";
import type { QuotaPlan } from "./plan.js";
import { PLAN_LIMITS } from "./plan-input.js";
import type { NameSpec, RangeFormat } from "./sheet-spec.js";

/** The Quota sheet's names, number formats, styles and column widths. */
const Q = sheetPrefix(SHEET_NAME);

/** The names a manager sees in Name Manager and changes in the sheet; formulas use them instead of addresses. */
export function names(plan: QuotaPlan): NameSpec[] {
  const rampEnd = COL.input + Math.max(1, plan.choices.rampSchedule.length) - 1;
  const ramp = (row: number) => `=${Q}${area(row, COL.input, row, rampEnd, true)}`;
  return [
    {
      name: "Quota_Target",
      refersTo: `=${Q}${at(ROW.target, COL.input)}`,
      comment: "Team target for the year, before cushion",
    },
    {
      name: "Quota_FirstMonth",
      refersTo: `=${Q}${at(ROW.firstMonth, COL.input)}`,
      comment: "First month of the plan year",
    },
    { name: "Quota_Unit", refersTo: `=${Q}${at(ROW.unit, COL.input)}`, comment: "Quotas are rounded to this unit" },
    {
      name: "Quota_Cushion",
      refersTo: `=${Q}${at(ROW.cushion, COL.input)}`,
      comment: "Over-assignment: 110% assigns 10% more than the target",
    },
    {
      name: "Quota_Assigned",
      refersTo: `=${Q}${at(ROW.assigned, COL.input)}`,
      comment: "Target × cushion: what the reps' quotas add up to",
    },
    { name: "Quota_RampMonths", refersTo: ramp(ROW.rampMonths), comment: "Months since a rep's start" },
    {
      name: "Quota_RampSchedule",
      refersTo: ramp(ROW.rampCapacity),
      comment: "A new rep's capacity in those months; 100% after",
    },
    {
      name: "Quota_Seasonality",
      refersTo: `=${Q}${SEASONALITY_AREA}`,
      comment: "Month weights; the year is shared in proportion",
    },
    { name: "Quota_Months", refersTo: `=${Q}${MONTHS_AREA}`, comment: "The plan's twelve months" },
    {
      name: "Quota_Plan",
      refersTo: `=${Q}${at(ROW.reps, COL.month)}#`,
      comment: "Reps × months quotas (QUOTASPLIT's spill)",
    },
    { name: "Quota_RepTotals", refersTo: `=${Q}${at(ROW.reps, COL.year)}#`, comment: "Each rep's quota for the year" },
  ];
}

export function formats(plan: QuotaPlan, rampMonths: number): RangeFormat[] {
  const last = ROW.reps + Math.max(plan.quotas.length, PLAN_LIMITS.formattedReps) - 1;
  const row = (r: number, left: number, right: number) => area(r, left, r, right);
  const months = (r: number) => row(r, COL.month, monthCol(11));
  return [
    { range: cell(ROW.title, COL.label), style: STYLE.title },
    { range: cell(ROW.note, COL.label), style: STYLE.note },
    { range: cell(ROW.inputs, COL.label), style: STYLE.section },
    { range: area(ROW.target, COL.input, ROW.cushion, COL.input), style: STYLE.input },
    { range: cell(ROW.target, COL.input), numberFormat: FORMAT.money },
    { range: cell(ROW.firstMonth, COL.input), numberFormat: FORMAT.month },
    { range: cell(ROW.unit, COL.input), numberFormat: FORMAT.money },
    { range: cell(ROW.cushion, COL.input), numberFormat: FORMAT.percent },
    { range: cell(ROW.assigned, COL.input), numberFormat: FORMAT.money },
    { range: cell(ROW.check, COL.input), numberFormat: FORMAT.check, style: STYLE.note },
    { range: row(ROW.rampMonths, COL.input, COL.input + rampMonths - 1), numberFormat: FORMAT.rampMonth },
    {
      range: row(ROW.rampCapacity, COL.input, COL.input + rampMonths - 1),
      numberFormat: FORMAT.percent,
      style: STYLE.input,
    },
    {
      range: months(ROW.seasonality),
      numberFormat: plan.choices.seasonality.basis === "bookings" ? FORMAT.money : FORMAT.weight,
      ...(plan.choices.seasonality.basis === "typed" ? { style: STYLE.input } : {}),
    },
    { range: months(ROW.share), numberFormat: FORMAT.share },
    { range: cell(ROW.capacityTitle, COL.capacity), style: STYLE.section },
    { range: row(ROW.header, COL.label, COL.year), style: STYLE.header },
    { range: row(ROW.header, COL.capacity, capacityCol(11)), style: STYLE.header, numberFormat: FORMAT.month },
    { range: months(ROW.header), numberFormat: FORMAT.month },
    { range: row(ROW.team, COL.label, COL.year), style: STYLE.team, numberFormat: FORMAT.money },
    {
      range: cell(ROW.team, COL.weight),
      numberFormat: plan.choices.weights.basis === "bookings" ? FORMAT.money : FORMAT.weight,
    },
    {
      range: area(ROW.reps, COL.weight, last, COL.weight),
      numberFormat: plan.choices.weights.basis === "bookings" ? FORMAT.money : FORMAT.weight,
    },
    { range: area(ROW.reps, COL.start, last, COL.start), numberFormat: FORMAT.date },
    { range: area(ROW.reps, COL.month, last, COL.year), numberFormat: FORMAT.money },
    { range: area(ROW.reps, COL.capacity, last, capacityCol(11)), numberFormat: FORMAT.percent },
  ];
}

export function widths(): { column: number; width: number }[] {
  const out: { column: number; width: number }[] = [
    { column: COL.label, width: 34 },
    { column: COL.weight, width: 12 },
    { column: COL.start, width: 12 },
  ];
  for (let m = 0; m < 12; m++) out.push({ column: monthCol(m), width: 11 });
  for (let q = 0; q < 4; q++) out.push({ column: quarterCol(q), width: 11 });
  out.push({ column: COL.year, width: 12 }, { column: COL.year + 1, width: 3 });
  // Not 9: exceljs takes a width of 9 for its default and drops the column from the file.
  for (let m = 0; m < 12; m++) out.push({ column: capacityCol(m), width: 10 });
  return out;
}
