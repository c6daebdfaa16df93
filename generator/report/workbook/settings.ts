import { describeValue, isExcelError } from "../../../shared/excel/errors.js";
import { dateCellToSerial } from "../../../shared/excel/params.js";
import { type CellValue, cellToNumber, isBlank } from "../../../shared/excel/values.js";
import { cellAddress, type InputProblem, problem } from "../problems.js";
import { words } from "./messages.js";
import { type CellRegion, clipRow, type RawRow, type RowSink } from "./raw.js";
import { headerKey } from "./table.js";
import { DATE_ORDERS, type DateOrder } from "./text-dates.js";

/**
 * The Settings sheet (or table): two columns, a setting's name and its value, one setting per row.
 *
 *   Setting                   | Value
 *   Currency                  | EUR
 *   Locale                    | nl
 *   Fiscal year start         | 4            (a month: 1–12, an English month name, or a date)
 *   As of                     | 2026-11-15
 *   Sales and marketing spend | 180000       (spent in the fiscal year to the as-of date: for CAC)
 *   Action list length        | 5            (deals per action list: stalled, slipped, largest closing)
 *   Probability: Proposal     | 50%          (one row per deal stage: the weighted-forecast probability)
 *   Date order                | DMY          (how text dates such as 10/11/2016 are read: MDY, DMY or YMD)
 *
 * A first row naming the columns ("Setting", "Value") is optional. Names are matched like headers, with
 * aliases in the four report languages. Unknown names are warnings, bad values are problems at their cell.
 */
export interface Settings {
  readonly currency?: string;
  readonly locale?: string;
  /** Month the fiscal year starts in, 1 (January) to 12. */
  readonly fiscalYearStart?: number;
  /** 1900-system serial of the as-of date. */
  readonly asOf?: number;
  /** Sales and marketing spend over the fiscal year to the as-of date, in the report currency (for CAC). */
  readonly spend?: number;
  /** How numeric text dates (10/11/2016) are read; without it each column's own dates decide. */
  readonly dateOrder?: DateOrder;
  /** How many deals each action list in the report shows (stalled, slipped, largest closing), 1 to 50. */
  readonly actionListLength?: number;
  /** Win probability per deal stage name (as written in the Deals sheet), each in [0, 1]. */
  readonly stageProbabilities: Readonly<Record<string, number>>;
  /** The row each setting came from, for messages. */
  readonly rows: Readonly<Record<string, number>>;
}

type SettingKey = "currency" | "locale" | "fiscalYearStart" | "asOf" | "spend" | "dateOrder" | "actionListLength";

interface SettingSpec {
  readonly key: SettingKey;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly rule: string;
  readonly example: string;
  readonly parse: (value: CellValue) => string | number | undefined;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

export const SETTING_SPECS: readonly SettingSpec[] = [
  {
    key: "currency",
    name: "Currency",
    aliases: ["货币", "Valuta", "العملة"],
    rule: "must be a three-letter ISO 4217 code such as EUR",
    example: "EUR",
    parse: (v) => (typeof v === "string" && /^[A-Za-z]{3}$/.test(v.trim()) ? v.trim().toUpperCase() : undefined),
  },
  {
    key: "locale",
    name: "Locale",
    aliases: ["Language", "语言", "Taal", "اللغة"],
    rule: "must be a language tag such as en, zh, nl or ar",
    example: "nl",
    parse: (v) => {
      if (typeof v !== "string" || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v.trim())) return undefined;
      return Intl.getCanonicalLocales(v.trim())[0];
    },
  },
  {
    key: "fiscalYearStart",
    name: "Fiscal year start",
    aliases: ["Fiscal year", "财年开始", "Begin boekjaar", "بداية السنة المالية"],
    rule: "must be a month (1 to 12, a month name such as April, or a date)",
    example: "4",
    parse: (v) => {
      if (typeof v === "string" && MONTHS.includes(v.trim().toLowerCase()))
        return MONTHS.indexOf(v.trim().toLowerCase()) + 1;
      const n = cellToNumber(v, undefined);
      if (n !== undefined && Number.isInteger(n) && n >= 1 && n <= 12) return n;
      // A date cell is a serial number too; only serials from 1901 on are read as dates, so 13 is an error.
      const serial = typeof v === "number" && v < 367 ? undefined : dateCellToSerial(v);
      return serial === undefined ? undefined : new Date(Date.UTC(1899, 11, 30 + Math.floor(serial))).getUTCMonth() + 1;
    },
  },
  {
    key: "asOf",
    name: "As of",
    aliases: ["As-of date", "Report date", "截至", "截止日", "Peildatum", "حتى تاريخ"],
    rule: "must be a date (an Excel date or ISO text such as 2026-06-30)",
    example: "2026-06-30",
    parse: (v) => dateCellToSerial(v),
  },
  {
    key: "spend",
    name: "Sales and marketing spend",
    aliases: [
      "Marketing spend",
      "S&M spend",
      "Acquisition spend",
      "销售和营销支出",
      "营销支出",
      "Sales- en marketingkosten",
      "Marketingkosten",
      "الإنفاق على المبيعات والتسويق",
      "الإنفاق التسويقي",
    ],
    rule: "must be an amount of zero or more",
    example: "180000",
    parse: (v) => {
      const n = cellToNumber(v, undefined);
      return n !== undefined && Number.isFinite(n) && n >= 0 ? n : undefined;
    },
  },
  {
    key: "dateOrder",
    name: "Date order",
    aliases: ["Date format", "日期顺序", "日期格式", "Datumvolgorde", "Datumnotatie", "ترتيب التاريخ"],
    rule: "must be MDY, DMY or YMD (the order of month, day and year in dates such as 10/11/2016)",
    example: "DMY",
    parse: (v) => {
      if (typeof v !== "string") return undefined;
      // "MDY", "M/D/Y", "MM/DD/YYYY" and "dd-mm-yyyy" all name the order by the first letter of each part.
      const parts = v
        .trim()
        .toUpperCase()
        .split(/[^A-Z]+/)
        .filter(Boolean);
      const order = (parts.length === 3 ? parts.map((p) => p[0]).join("") : parts.join("")) as DateOrder;
      return DATE_ORDERS.includes(order) ? order : undefined;
    },
  },
  {
    key: "actionListLength",
    name: "Action list length",
    aliases: ["Action list size", "Actions shown", "行动清单条数", "Lengte actielijst", "طول قائمة الإجراءات"],
    rule: "must be a whole number from 1 to 50",
    example: "5",
    parse: (v) => {
      const n = cellToNumber(v, undefined);
      return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 50 ? n : undefined;
    },
  },
];

/** Row names "Probability: <stage>" (the part before the colon, in any of these words). */
export const PROBABILITY_PREFIXES = ["Probability", "Stage probability", "概率", "Kans", "الاحتمال"] as const;
const HEADER_NAMES = ["Setting", "Settings", "Name", "Key", "设置", "Instelling", "الإعداد"];

export class SettingsParser implements RowSink {
  private readonly values: Record<string, string | number> = {};
  private readonly stageProbabilities: Record<string, number> = {};
  private readonly rows: Record<string, number> = {};
  readonly problems: InputProblem[] = [];
  readonly warnings: string[] = [];

  constructor(
    private readonly sheet: string,
    private readonly region?: CellRegion,
  ) {}

  push(input: RawRow): void {
    const raw = clipRow(input, this.region);
    if (!raw) return;
    const first = (this.region?.left ?? 1) - 1;
    const name = raw.cells[first];
    const value = raw.cells[first + 1] ?? null;
    if (isBlank(name) || typeof name !== "string") return;
    const key = headerKey(name);
    if (HEADER_NAMES.some((h) => headerKey(h) === key)) return;
    const where = cellAddress(raw.number, first + 2);
    const probability = /^(.+?)\s*[:：]\s*(.+)$/.exec(name.trim());
    if (probability && PROBABILITY_PREFIXES.some((p) => headerKey(p) === headerKey(probability[1]))) {
      const stage = (probability[2] as string).trim();
      const p = cellToNumber(value, undefined);
      if (isBlank(value) || isExcelError(value) || p === undefined || p < 0 || p > 1) {
        this.problem(where, `${name.trim()} must be a probability from 0% to 100%`, describeValue(value));
      } else {
        this.stageProbabilities[stage] = p;
        this.rows[`probability:${stage}`] = raw.number;
      }
      return;
    }
    const spec = SETTING_SPECS.find((s) => [s.name, ...s.aliases].some((n) => headerKey(n) === key));
    if (!spec) {
      this.warnings.push(words.unknownSetting(`${this.sheet}!${cellAddress(raw.number, first + 1)}`, name));
      return;
    }
    if (isBlank(value)) return;
    const parsed = isExcelError(value) ? undefined : spec.parse(value);
    if (parsed === undefined) {
      this.problem(where, `${spec.name} ${spec.rule}`, isExcelError(value) ? value.error : describeValue(value));
      return;
    }
    this.values[spec.key] = parsed;
    this.rows[spec.key] = raw.number;
  }

  finish(): Settings {
    return { ...(this.values as Partial<Settings>), stageProbabilities: this.stageProbabilities, rows: this.rows };
  }

  private problem(cell: string, rule: string, value: string): void {
    this.problems.push(problem({ code: "setting", sheet: this.sheet, cell, rule, value }));
  }
}

/** The Settings sheet's names, for sheet matching and the JSON Schema. */
export const SETTINGS_SHEET = {
  sheet: "Settings",
  sheetAliases: ["Setup", "Configuration", "设置", "Instellingen", "الإعدادات"],
} as const;
