import { SHEET_NAME as QUOTA_SHEET } from "../../../shared/quota/plan/layout.js";
import { columnLetters, type InputProblem, problem } from "../problems.js";
import {
  DEALS,
  type DealRecord,
  GOALS,
  type GoalRecord,
  REP_MONTH_KEYS,
  REPS,
  type RepRecord,
  TRANSACTIONS,
  type TransactionRecord,
} from "./contract.js";
import { DEAL_RULES } from "./deals.js";
import { sectionOfHeader } from "./detect.js";
import { GOAL_RULES } from "./goals.js";
import { words } from "./messages.js";
import type { RowSink, SheetLayout, TableRef } from "./raw.js";
import type { RecordList } from "./record-table.js";
import { REP_RULES, repsMatchedOnlyByCase } from "./reps.js";
import { SETTINGS_SHEET, type Settings, SettingsParser } from "./settings.js";
import {
  type Located,
  matchesSheet,
  matchesTable,
  type ParsedSheet,
  type SheetContract,
  SheetParser,
  type SheetRules,
  type SheetSource,
} from "./table.js";
import { TRANSACTION_RULES } from "./transactions.js";

/**
 * The parsed workbook: what every report section is built from. Browser-safe (no node imports): the CLI
 * fills it from .xlsx rows or CSV files, the add-in task pane from Office.js range values, all through
 * `WorkbookAssembler`. Dates are 1900-system serials whatever the workbook's date system was.
 */
export interface WorkbookData {
  readonly goals?: readonly Located<GoalRecord>[];
  /** Read through RecordList: a workbook's deals come as a RecordTable (stored by column), tests give arrays. */
  readonly deals?: RecordList<Located<DealRecord>>;
  readonly reps?: readonly Located<RepRecord>[];
  readonly transactions?: readonly Located<TransactionRecord>[];
  readonly settings?: Settings;
  /** The workbook used the 1904 date system (its dates were converted). */
  readonly date1904: boolean;
  /** Where each section came from, so later checks can name `Sheet!Cell`. */
  readonly sources: Readonly<Partial<Record<SectionName | "settings", SheetSource>>>;
  /** Problems that do not stop a report: unknown sheets, unused columns, empty sheets, rows left out. */
  readonly warnings: readonly string[];
  /** What the import did that changes nothing the user wrote (Outcome taken from Stage, Amount = Qty × Price). */
  readonly notes?: readonly string[];
}

/** The deals as the report reads them (a RecordTable from a workbook, an array in tests). */
export type DealRows = RecordList<Located<DealRecord>>;

export type SectionName = "goals" | "deals" | "reps" | "transactions";

export const SECTIONS: Readonly<Record<SectionName, SheetContract<unknown>>> = {
  goals: GOALS,
  deals: DEALS,
  reps: REPS,
  transactions: TRANSACTIONS,
};

const RULES: Readonly<Partial<Record<SectionName, SheetRules<never>>>> = {
  goals: GOAL_RULES as SheetRules<never>,
  deals: DEAL_RULES as SheetRules<never>,
  transactions: TRANSACTION_RULES as SheetRules<never>,
  reps: REP_RULES as SheetRules<never>,
};

/** The fields whose columns carry money, and so a currency: every one must be in the report's one currency. */
const MONEY_FIELDS: Readonly<Partial<Record<SectionName, readonly string[]>>> = {
  deals: ["amount", "unitPrice", "currency"],
  reps: ["quota", ...REP_MONTH_KEYS],
  transactions: ["amount", "unitPrice", "currency"],
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
 * first match wins over later ones, which are reported as warnings. Settings are read before the sections
 * are finished, whatever the order of the sheets, since a section's text dates may need its Date order.
 */
export class WorkbookAssembler {
  private readonly targets = new Map<string, { table?: TableRef; target: Target }[]>();
  private readonly warnings: string[] = [];
  private readonly claimed = new Set<string>();
  /**
   * Sheets read by their header, when no sheet or table is named after a section: a CRM export pasted into a
   * new workbook (pandas' "Sheet1") is still found. Each is held until its first row says what it is.
   */
  private readonly candidates = new Set<string>();
  private readonly unused: string[] = [];

  constructor(
    sheets: readonly SheetLayout[],
    private readonly date1904 = false,
  ) {
    const claim = this.claim.bind(this);
    const make = this.make.bind(this);
    const contracts = [...Object.entries(SECTIONS), ["settings", SETTINGS_SHEET] as const] as const;
    // Tables first: a named table is the most deliberate statement of where the data is.
    for (const sheet of sheets)
      for (const table of sheet.tables)
        for (const [section, contract] of contracts)
          if (matchesTable(table.name, contract)) claim(section, sheet.name, table, make(section, sheet.name, table));
    for (const sheet of sheets)
      if (sheet.section && !this.targets.has(sheet.name))
        claim(sheet.section, sheet.name, undefined, make(sheet.section, sheet.name));
    for (const sheet of sheets) {
      if (sheet.section) continue;
      const match = contracts.find(([, contract]) => matchesSheet(sheet.name, contract));
      if (match && !this.targets.has(sheet.name)) claim(match[0], sheet.name, undefined, make(match[0], sheet.name));
      // The quota planner's sheet reaches the report through the Reps columns it writes: not worth a warning.
      else if (!match && !this.targets.has(sheet.name) && sheet.name !== QUOTA_SHEET) this.unused.push(sheet.name);
    }
    if (!["goals", "deals", "transactions"].some((s) => this.claimed.has(s)))
      for (const name of this.unused.splice(0)) this.candidates.add(name);
  }

  private claim(section: string, sheet: string, table: TableRef | undefined, target: Target): void {
    const place = table ? `${sheet} (table ${table.name})` : sheet;
    if (this.claimed.has(section)) {
      this.warnings.push(words.secondSection(place, section, table ? "table" : "sheet"));
      return;
    }
    this.claimed.add(section);
    const list = this.targets.get(sheet) ?? [];
    list.push({ ...(table ? { table } : {}), target });
    this.targets.set(sheet, list);
  }

  private make(section: string, sheet: string, table?: TableRef): Target {
    return section === "settings"
      ? {
          kind: "settings",
          parser: new SettingsParser(sheet, table?.region),
          sheet,
          ...(table ? { table: table.name } : {}),
        }
      : {
          kind: "section",
          section: section as SectionName,
          parser: new SheetParser(
            sheet,
            SECTIONS[section as SectionName],
            table?.region,
            table?.name,
            RULES[section as SectionName] as SheetRules<unknown> | undefined,
          ),
        };
  }

  /** Whether any section reads this sheet (so a reader can skip the others without holding their rows). */
  wants(sheet: string): boolean {
    return this.targets.has(sheet) || this.candidates.has(sheet);
  }

  /** Where to push the rows of a sheet, or undefined when no section reads it. */
  sinkFor(sheet: string): RowSink | undefined {
    if (this.candidates.has(sheet) && !this.targets.has(sheet)) return this.detecting(sheet);
    const targets = this.targets.get(sheet);
    if (!targets) return undefined;
    return {
      push: (row) => {
        for (const t of targets) t.target.parser.push(row);
      },
    };
  }

  /** A sink that reads a sheet's first row, claims the section its header names, then feeds that section. */
  private detecting(sheet: string): RowSink {
    let sink: RowSink | undefined;
    let decided = false;
    return {
      push: (row) => {
        if (!decided) {
          if (!row.cells.some((c) => c !== null && c !== "")) return;
          decided = true;
          const section = sectionOfHeader(row.cells);
          if (section && !this.claimed.has(section)) {
            this.claim(section, sheet, undefined, this.make(section, sheet));
            this.candidates.delete(sheet);
            sink = this.sinkFor(sheet);
          }
        }
        sink?.push(row);
      },
    };
  }

  // Problems can be one per cell (a million bad dates): appended in loops, never spread into push's arguments.
  finish(): AssembledWorkbook {
    const problems: InputProblem[] = [];
    const unused = [...this.unused, ...this.candidates];
    // One line per unused sheet while there are few; a workbook of notes sheets gets one summary line.
    const warnings =
      unused.length <= 5 ? unused.map((name) => words.unknownSheet(name)) : [words.unknownSheets(unused)];
    for (const item of this.warnings) warnings.push(item);
    const notes: string[] = [];
    const sections: Partial<Record<SectionName, ParsedSheet<unknown>>> = {};
    const sources: Partial<Record<SectionName | "settings", SheetSource>> = {};
    let settings: Settings | undefined;
    const targets = [...this.targets.values()].flat().map((t) => t.target);
    for (const target of targets) {
      if (target.kind !== "settings") continue;
      settings = target.parser.finish();
      for (const item of target.parser.problems) problems.push(item);
      for (const item of target.parser.warnings) warnings.push(item);
      sources.settings = { sheet: target.sheet, ...(target.table ? { table: target.table } : {}), columns: {} };
    }
    const context = settings?.dateOrder ? { dateOrder: settings.dateOrder } : {};
    for (const target of targets) {
      if (target.kind !== "section") continue;
      const parsed = target.parser.finish(context);
      sections[target.section] = parsed;
      sources[target.section] = parsed.source;
      for (const item of parsed.problems) problems.push(item);
      for (const item of parsed.warnings) warnings.push(item);
      for (const item of parsed.notes) notes.push(item);
    }
    const read = (["goals", "deals", "transactions"] as const).filter((s) => sections[s]);
    if (read.length === 0) problems.push(problem({ code: "noSections", sheet: "workbook", rule: words.noSections() }));
    else if (problems.length === 0 && read.every((s) => (sections[s] as ParsedSheet<unknown>).records.length === 0))
      // A report of $0 from a sheet the reader could not see into is the worst answer: refuse it.
      problems.push(
        problem({
          code: "noSections",
          sheet: "workbook",
          rule: words.noRows(read.map((s) => (sections[s] as ParsedSheet<unknown>).source.sheet)),
        }),
      );
    // Month columns (Jan … Dec) carry no year: they are read as the fiscal year's months. A plan made for a
    // year starting in another month would land on the wrong months without a word, so say how they are read.
    const reps = sections.reps as ParsedSheet<RepRecord> | undefined;
    const fiscalStart = settings?.fiscalYearStart ?? 1;
    if (fiscalStart !== 1 && reps && REP_MONTH_KEYS.some((key) => reps.source.columns[key] !== undefined))
      warnings.push(words.planMonthsInFiscalYear(reps.source.sheet, fiscalStart));
    if (reps)
      for (const w of repsMatchedOnlyByCase(reps, sections.deals?.records as DealRows | undefined)) warnings.push(w);
    const currency = reportCurrency(sections, settings, problems);
    if (currency.note) notes.push(currency.note);
    if (currency.code && settings?.currency === undefined)
      settings = { ...(settings ?? { stageProbabilities: {}, rows: {} }), currency: currency.code };
    const data: WorkbookData = {
      ...(sections.goals ? { goals: sections.goals.records as Located<GoalRecord>[] } : {}),
      ...(sections.deals ? { deals: sections.deals.records as RecordList<Located<DealRecord>> } : {}),
      ...(sections.reps ? { reps: sections.reps.records as Located<RepRecord>[] } : {}),
      ...(sections.transactions ? { transactions: sections.transactions.records as Located<TransactionRecord>[] } : {}),
      ...(settings ? { settings } : {}),
      date1904: this.date1904,
      sources,
      warnings,
      notes,
    };
    return { data, problems };
  }
}

/**
 * The report's one currency: every amount column's written currency (a marker such as "€" or "USD 1,200", or
 * a Currency column) must agree with the others and with Settings. A disagreement is a problem, never a sum
 * of two currencies; a currency the data agrees on is used when Settings names none.
 */
function reportCurrency(
  sections: Partial<Record<SectionName, ParsedSheet<unknown>>>,
  settings: Settings | undefined,
  problems: InputProblem[],
): { code?: string; note?: string } {
  let common: readonly string[] | undefined;
  let first: { where: string; codes: readonly string[] } | undefined;
  for (const [section, fields] of Object.entries(MONEY_FIELDS) as [SectionName, readonly string[]][]) {
    const parsed = sections[section];
    if (!parsed) continue;
    for (const field of fields) {
      const codes = parsed.currencies[field];
      if (codes === undefined || codes.length === 0) continue;
      const col = parsed.source.columns[field];
      const where = `${parsed.source.sheet}!${col === undefined ? field : columnLetters(col)}`;
      const next = common ? common.filter((c) => codes.includes(c)) : codes;
      if (next.length === 0 && first) {
        problems.push(
          problem({
            code: "currency",
            sheet: parsed.source.sheet,
            ...(col === undefined ? {} : { column: columnLetters(col) }),
            rule: words.mixedCurrencies("The workbook's amounts", [
              `${first.codes.join("/")} (${first.where})`,
              `${codes.join("/")} (${where})`,
            ]),
            hint: words.oneCurrency(),
          }),
        );
        return {};
      }
      common = next;
      first ??= { where, codes };
    }
  }
  if (!common || !first) return {};
  if (settings?.currency !== undefined) {
    if (!common.includes(settings.currency))
      problems.push(
        problem({
          code: "currency",
          sheet: "Settings",
          ...(settings.rows.currency ? { cell: `B${settings.rows.currency}` } : {}),
          rule: words.currencyConflict(settings.currency, `${first.where} holds ${first.codes.join("/")} amounts`),
          hint: words.oneCurrency(),
        }),
      );
    return {};
  }
  const code = common.includes("USD") ? "USD" : (common[0] as string);
  return { code, note: words.currencyFromData(code, first.where) };
}
