import type { InputProblem } from "../problems.js";
import {
  DEALS,
  type DealRecord,
  GOALS,
  type GoalRecord,
  REPS,
  type RepRecord,
  TRANSACTIONS,
  type TransactionRecord,
} from "./contract.js";
import type { RowSink, SheetLayout, TableRef } from "./raw.js";
import { SETTINGS_SHEET, type Settings, SettingsParser } from "./settings.js";
import {
  type Located,
  matchesSheet,
  matchesTable,
  type ParsedSheet,
  type SheetContract,
  SheetParser,
  type SheetSource,
} from "./table.js";

/**
 * The parsed workbook: what every report section is built from. Browser-safe (no node imports): the CLI
 * fills it from exceljs rows (read.ts), the add-in task pane from Office.js range values, both through
 * `WorkbookAssembler`. Dates are 1900-system serials whatever the workbook's date system was.
 */
export interface WorkbookData {
  readonly goals?: readonly Located<GoalRecord>[];
  readonly deals?: readonly Located<DealRecord>[];
  readonly reps?: readonly Located<RepRecord>[];
  readonly transactions?: readonly Located<TransactionRecord>[];
  readonly settings?: Settings;
  /** The workbook used the 1904 date system (its dates were converted). */
  readonly date1904: boolean;
  /** Where each section came from, so later checks can name `Sheet!Cell`. */
  readonly sources: Readonly<Partial<Record<SectionName | "settings", SheetSource>>>;
  /** Problems that do not stop a report: unknown sheets, unused columns, empty sheets. */
  readonly warnings: readonly string[];
}

export type SectionName = "goals" | "deals" | "reps" | "transactions";

export const SECTIONS: Readonly<Record<SectionName, SheetContract<unknown>>> = {
  goals: GOALS,
  deals: DEALS,
  reps: REPS,
  transactions: TRANSACTIONS,
};

export interface AssembledWorkbook {
  readonly data: WorkbookData;
  readonly problems: readonly InputProblem[];
}

type Target =
  | { kind: "section"; section: SectionName; parser: SheetParser<unknown> }
  | { kind: "settings"; parser: SettingsParser; sheet: string; table?: string };

/**
 * Decides, from the sheet names and table definitions alone, which sheet or table feeds which section, then
 * takes rows sheet by sheet. An Excel table whose name matches a section wins over a sheet of that name; the
 * first match wins over later ones, which are reported as warnings.
 */
export class WorkbookAssembler {
  private readonly targets = new Map<string, { table?: TableRef; target: Target }[]>();
  private readonly warnings: string[] = [];

  constructor(
    sheets: readonly SheetLayout[],
    private readonly date1904 = false,
  ) {
    const claimed = new Set<string>();
    const claim = (section: string, sheet: string, table: TableRef | undefined, target: Target) => {
      const place = table ? `${sheet} (table ${table.name})` : sheet;
      if (claimed.has(section)) {
        this.warnings.push(`${place}: a second ${section} ${table ? "table" : "sheet"} is not used`);
        return;
      }
      claimed.add(section);
      const list = this.targets.get(sheet) ?? [];
      list.push({ ...(table ? { table } : {}), target });
      this.targets.set(sheet, list);
    };
    const contracts = [...Object.entries(SECTIONS), ["settings", SETTINGS_SHEET] as const] as const;
    const make = (section: string, sheet: string, table?: TableRef): Target =>
      section === "settings"
        ? {
            kind: "settings",
            parser: new SettingsParser(sheet, table?.region),
            sheet,
            ...(table ? { table: table.name } : {}),
          }
        : {
            kind: "section",
            section: section as SectionName,
            parser: new SheetParser(sheet, SECTIONS[section as SectionName], table?.region, table?.name),
          };
    // Tables first: a named table is the most deliberate statement of where the data is.
    for (const sheet of sheets)
      for (const table of sheet.tables)
        for (const [section, contract] of contracts)
          if (matchesTable(table.name, contract)) claim(section, sheet.name, table, make(section, sheet.name, table));
    const unused: string[] = [];
    for (const sheet of sheets) {
      const match = contracts.find(([, contract]) => matchesSheet(sheet.name, contract));
      if (match && !this.targets.has(sheet.name)) claim(match[0], sheet.name, undefined, make(match[0], sheet.name));
      else if (!match && !this.targets.has(sheet.name)) unused.push(sheet.name);
    }
    // One line per unused sheet while there are few; a workbook of notes sheets gets one summary line.
    const reads = "(Goalsheet reads Goals, Deals, Reps, Transactions and Settings)";
    if (unused.length <= 5)
      for (const name of unused) this.warnings.push(`${name}: unknown sheet is not used ${reads}`);
    else
      this.warnings.push(`${unused.length} unknown sheets are not used: ${unused.slice(0, 3).join(", ")}, … ${reads}`);
  }

  /** Whether any section reads this sheet (so a reader can skip the others without holding their rows). */
  wants(sheet: string): boolean {
    return this.targets.has(sheet);
  }

  /** Where to push the rows of a sheet, or undefined when no section reads it. */
  sinkFor(sheet: string): RowSink | undefined {
    const targets = this.targets.get(sheet);
    if (!targets) return undefined;
    return {
      push: (row) => {
        for (const t of targets) t.target.parser.push(row);
      },
    };
  }

  finish(): AssembledWorkbook {
    const problems: InputProblem[] = [];
    const warnings = [...this.warnings];
    const sections: Partial<Record<SectionName, ParsedSheet<unknown>>> = {};
    const sources: Partial<Record<SectionName | "settings", SheetSource>> = {};
    let settings: Settings | undefined;
    for (const list of this.targets.values()) {
      for (const { target } of list) {
        if (target.kind === "settings") {
          settings = target.parser.finish();
          problems.push(...target.parser.problems);
          warnings.push(...target.parser.warnings);
          sources.settings = { sheet: target.sheet, ...(target.table ? { table: target.table } : {}), columns: {} };
          continue;
        }
        const parsed = target.parser.finish();
        sections[target.section] = parsed;
        sources[target.section] = parsed.source;
        problems.push(...parsed.problems);
        warnings.push(...parsed.warnings);
      }
    }
    if (!sections.goals && !sections.deals)
      problems.push({
        sheet: "workbook",
        message: "needs a Goals or a Deals sheet (or an Excel table of that name), got neither",
      });
    const data: WorkbookData = {
      ...(sections.goals ? { goals: sections.goals.records as Located<GoalRecord>[] } : {}),
      ...(sections.deals ? { deals: sections.deals.records as Located<DealRecord>[] } : {}),
      ...(sections.reps ? { reps: sections.reps.records as Located<RepRecord>[] } : {}),
      ...(sections.transactions ? { transactions: sections.transactions.records as Located<TransactionRecord>[] } : {}),
      ...(settings ? { settings } : {}),
      date1904: this.date1904,
      sources,
      warnings,
    };
    return { data, problems };
  }
}
