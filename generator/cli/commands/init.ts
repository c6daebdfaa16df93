import ExcelJS from "exceljs";
import { serialToDate } from "../../../shared/excel/dates.js";
import type { CellValue } from "../../../shared/excel/values.js";
import { excel } from "../../../shared/functions.js";
import { planQuota } from "../../../shared/quota/plan/plan.js";
import { newRepsSource } from "../../../shared/quota/plan/plan-input.js";
import { planWorkbook } from "../../../shared/quota/plan/plan-sheet.js";
import type { PlanWorkbookSpec } from "../../../shared/quota/plan/sheet-spec.js";
import { DEALS, GOALS } from "../../report/workbook/contract.js";
import type { Effects } from "../effects.js";
import { CliError } from "../errors.js";
import { fileFormula } from "../quota-sheet/file-formula.js";
import { finishPlanWorkbook } from "../quota-sheet/ooxml.js";
import { addQuotaSheet, addRepsTable } from "../quota-sheet/write-exceljs.js";
import { day, SAMPLE_DEALS, SAMPLE_PLAN, SAMPLE_REPS, TEAM_TARGET } from "./init-sample.js";

/**
 * `goalsheet init [file.xlsx]`: a starter quota workbook to fill in. Goals, Deals, Reps and Settings are Excel
 * tables (so formulas can say Deals[Outcome] and grow with the data), Outcome and Stage have drop-down lists,
 * and the Quota sheet is the quota planner's: the same description the task pane writes (shared/quota/plan),
 * live GOALS.QUOTASPLIT formulas with the values the core computes cached, so the file reads right (in Excel,
 * in viewers and in `goalsheet report`) before the add-in recalculates it. Deterministic: fixed dates throughout.
 */
export const OUTCOMES = ["Won", "Lost", "Open", "No decision"] as const;
export const STAGES = ["Qualification", "Discovery", "Proposal", "Negotiation", "Closed won", "Closed lost"] as const;
const STAGE_PROBABILITIES: Record<string, number> = {
  Qualification: 0.1,
  Discovery: 0.2,
  Proposal: 0.5,
  Negotiation: 0.75,
};

const date = (iso: string) => serialToDate(day(iso));
/** Rows the drop-down lists cover beyond the sample data, so new deals get them too. */
const VALIDATED_ROWS = 500;

/** The starter's quota plan: the sample reps in a new Reps table, planned with the sample choices. */
export function starterPlan(): PlanWorkbookSpec {
  const planned = planQuota(newRepsSource(SAMPLE_REPS), undefined, SAMPLE_PLAN);
  if ("problems" in planned) throw new Error(planned.problems.map((p) => p.message).join("; "));
  return planWorkbook(planned.plan);
}

export async function starterWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Goalsheet";
  wb.created = date("2026-01-01");
  wb.modified = date("2026-01-01");
  const plan = starterPlan();

  const deals = wb.addWorksheet(DEALS.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  deals.addTable({
    name: DEALS.sheet,
    ref: "A1",
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: DEALS.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: SAMPLE_DEALS.map((d) => d.map((v, i) => ((i === 6 || i === 7) && v ? date(v as string) : v))),
  });
  dateColumns(deals, [7, 8]);
  deals.getColumn(6).numFmt = "#,##0";
  for (let r = 2; r <= VALIDATED_ROWS; r++) {
    deals.getCell(r, 5).dataValidation = listValidation(STAGES, "Stage");
    deals.getCell(r, 9).dataValidation = listValidation(OUTCOMES, "Outcome");
  }

  const outcomes: CellValue[][] = SAMPLE_DEALS.map((d) => [d[8]]);
  const winRate = excel.WINRATE(outcomes);
  const goals = wb.addWorksheet(GOALS.sheet);
  goals.addTable({
    name: GOALS.sheet,
    ref: "A1",
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: GOALS.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: [
      [
        "Close $400,000 in new bookings by 31 December 2026",
        "revenue",
        "Team",
        0,
        TEAM_TARGET,
        date("2026-01-01"),
        date("2026-12-31"),
        null,
      ],
      [
        "Raise the closed win rate to 50% by the end of Q4 2026",
        "win_rate",
        "Team",
        0.4,
        0.5,
        date("2026-01-01"),
        date("2026-12-31"),
        {
          formula: fileFormula("=GOALS.WINRATE(Deals[Outcome])"),
          result: typeof winRate === "number" ? winRate : undefined,
        },
      ],
      [
        "Shorten the average sales cycle to 45 days by 30 September 2026",
        "cycle",
        "Team",
        60,
        45,
        date("2026-01-01"),
        date("2026-09-30"),
        null,
      ],
    ],
  });
  dateColumns(goals, [6, 7]);
  goals.getColumn(1).width = 60;

  addQuotaSheet(wb, plan);
  const reps = addRepsTable(wb, plan.reps);

  const settings = wb.addWorksheet("Settings");
  settings.addTable({
    name: "Settings",
    ref: "A1",
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: [{ name: "Setting" }, { name: "Value" }],
    rows: [
      ["Currency", "USD"],
      ["Locale", "en"],
      ["Fiscal year start", 1],
      ["As of", date("2026-06-30")],
      ...Object.entries(STAGE_PROBABILITIES).map(([stage, p]) => [`Probability: ${stage}`, p]),
    ],
  });
  settings.getCell("B5").numFmt = "yyyy-mm-dd";
  for (let r = 6; r <= 5 + Object.keys(STAGE_PROBABILITIES).length; r++) settings.getCell(r, 2).numFmt = "0%";
  settings.getColumn(1).width = 28;
  settings.getColumn(2).width = 14;

  for (const ws of [deals, goals, reps])
    ws.columns.forEach((column, i) => {
      if (i > 0 || ws !== goals) column.width = Math.max(column.width ?? 10, ws === reps && i > 4 ? 10 : 14);
    });
  return finishPlanWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), plan);
}

function dateColumns(ws: ExcelJS.Worksheet, columns: readonly number[]): void {
  for (const c of columns) ws.getColumn(c).numFmt = "yyyy-mm-dd";
}

function listValidation(values: readonly string[], name: string): ExcelJS.DataValidation {
  return {
    type: "list",
    allowBlank: true,
    formulae: [`"${values.join(",")}"`],
    showErrorMessage: true,
    errorTitle: name,
    error: `${name} must be one of: ${values.join(", ")}`,
  };
}

/** Write the starter workbook; never overwrites an existing file. Returns the path written. */
export async function initCommand(file: string | undefined, effects: Effects): Promise<string> {
  const path = file ?? "goals.xlsx";
  if (!path.toLowerCase().endsWith(".xlsx")) throw new CliError(`the workbook name must end in .xlsx, got "${path}"`);
  const exists = await effects.readFile(path).then(
    () => true,
    () => false,
  );
  if (exists) throw new CliError(`${path} already exists; choose another name or remove it first`);
  await effects.writeFile(path, await starterWorkbook());
  return path;
}
