import ExcelJS from "exceljs";
import type { CellValue } from "../../../shared/excel/values.js";
import { excel } from "../../../shared/functions.js";
import { DEALS, GOALS, REPS } from "../../report/workbook/contract.js";
import type { Effects } from "../effects.js";
import { CliError } from "../errors.js";

/**
 * `goalsheet init [file.xlsx]`: a starter quota workbook to fill in. Goals, Deals, Reps and Settings are Excel
 * tables (so formulas can say Deals[Outcome] and grow with the data), Outcome and Stage have drop-down lists,
 * and the win-rate goal's Current is a GOALS formula whose cached value the core computes here, so the file
 * shows the right number even before the add-in recalculates it. Deterministic: fixed dates throughout.
 */
export const OUTCOMES = ["Won", "Lost", "Open", "No decision"] as const;
export const STAGES = ["Qualification", "Discovery", "Proposal", "Negotiation", "Closed won", "Closed lost"] as const;
const STAGE_PROBABILITIES: Record<string, number> = {
  Qualification: 0.1,
  Discovery: 0.2,
  Proposal: 0.5,
  Negotiation: 0.75,
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** Rows the drop-down lists cover beyond the sample data, so new deals get them too. */
const VALIDATED_ROWS = 500;

const SAMPLE_DEALS: readonly (readonly [
  string,
  string,
  string,
  string,
  string,
  number,
  string,
  string | null,
  string,
  string,
])[] = [
  ["D-001", "Ana Lima", "EMEA", "Enterprise", "Closed won", 48_000, "2026-01-12", "2026-03-02", "Won", "Globex"],
  ["D-002", "Ana Lima", "EMEA", "Mid-market", "Closed lost", 21_000, "2026-01-20", "2026-02-27", "Lost", "Acme CRM"],
  ["D-003", "Chen Wei", "APAC", "SMB", "Closed won", 7_500, "2026-02-03", "2026-03-10", "Won", "None"],
  ["D-004", "Chen Wei", "APAC", "Enterprise", "Proposal", 65_000, "2026-03-15", null, "Open", "Initech"],
  [
    "D-005",
    "Dana Whitfield",
    "North America",
    "Mid-market",
    "Closed won",
    26_000,
    "2026-02-10",
    "2026-04-21",
    "Won",
    "Acme CRM",
  ],
  [
    "D-006",
    "Dana Whitfield",
    "North America",
    "SMB",
    "Closed lost",
    6_200,
    "2026-03-01",
    "2026-03-30",
    "Lost",
    "Globex",
  ],
  ["D-007", "Omar Haddad", "MEA", "Enterprise", "Negotiation", 54_000, "2026-04-02", null, "Open", "None"],
  [
    "D-008",
    "Omar Haddad",
    "MEA",
    "Mid-market",
    "Closed lost",
    18_500,
    "2026-02-18",
    "2026-05-05",
    "No decision",
    "Initech",
  ],
];

export async function starterWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Goalsheet";
  wb.created = day("2026-01-01");
  wb.modified = day("2026-01-01");

  const deals = wb.addWorksheet(DEALS.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  deals.addTable({
    name: DEALS.sheet,
    ref: "A1",
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: DEALS.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: SAMPLE_DEALS.map((d) => d.map((v, i) => ((i === 6 || i === 7) && v ? day(v as string) : v))),
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
        400_000,
        day("2026-01-01"),
        day("2026-12-31"),
        null,
      ],
      [
        "Raise the closed win rate to 50% by the end of Q4 2026",
        "win_rate",
        "Team",
        0.4,
        0.5,
        day("2026-01-01"),
        day("2026-12-31"),
        { formula: "GOALS.WINRATE(Deals[Outcome])", result: typeof winRate === "number" ? winRate : undefined },
      ],
      [
        "Shorten the average sales cycle to 45 days by 30 September 2026",
        "cycle",
        "Team",
        60,
        45,
        day("2026-01-01"),
        day("2026-09-30"),
        null,
      ],
    ],
  });
  dateColumns(goals, [6, 7]);
  goals.getColumn(1).width = 60;

  const reps = wb.addWorksheet(REPS.sheet);
  reps.addTable({
    name: REPS.sheet,
    ref: "A1",
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: REPS.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: [
      ["Ana Lima", "EMEA", day("2023-04-01"), 1, 120_000],
      ["Chen Wei", "APAC", day("2024-09-01"), 1, 100_000],
      ["Dana Whitfield", "North America", day("2022-01-10"), 1.2, 130_000],
      ["Omar Haddad", "MEA", day("2026-03-01"), 0.8, 80_000],
    ],
  });
  dateColumns(reps, [3]);

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
      ["As of", day("2026-06-30")],
      ...Object.entries(STAGE_PROBABILITIES).map(([stage, p]) => [`Probability: ${stage}`, p]),
    ],
  });
  settings.getCell("B5").numFmt = "yyyy-mm-dd";
  for (let r = 6; r <= 5 + Object.keys(STAGE_PROBABILITIES).length; r++) settings.getCell(r, 2).numFmt = "0%";
  settings.getColumn(1).width = 28;
  settings.getColumn(2).width = 14;

  for (const ws of [deals, goals, reps])
    ws.columns.forEach((column, i) => {
      if (i > 0 || ws !== goals) column.width = Math.max(column.width ?? 10, 14);
    });
  return new Uint8Array(await wb.xlsx.writeBuffer());
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
