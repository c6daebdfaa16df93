import { isoToSerial } from "../../shared/excel/dates.js";
import { describeValue } from "../../shared/excel/errors.js";
import type { PlanField, PlanProblem } from "../../shared/quota/plan/plan-input.js";

/**
 * Turning what was typed into the planner's form into numbers, or a problem in the project's message pattern
 * (the rule, then what was typed). Amounts may carry thousands separators and spaces ("400,000", "400 000");
 * percentages may carry a % sign.
 */
export class FormReader {
  readonly problems: PlanProblem[] = [];

  private refuse(field: PlanField, label: string, rule: string, text: string): number {
    this.problems.push({
      field,
      message: `${label} must be ${rule}, got ${describeValue(text.trim() === "" ? null : text)}`,
    });
    return Number.NaN;
  }

  number(field: PlanField, label: string, text: string): number {
    const cleaned = text.replace(/[\s\u00a0\u202f,]/g, "");
    const n = cleaned === "" ? Number.NaN : Number(cleaned);
    return Number.isFinite(n) ? n : this.refuse(field, label, "a number", text);
  }

  /** "110" or "110%" → 1.1. */
  percent(field: PlanField, label: string, text: string): number {
    const n = this.number(field, label, text.replace(/%\s*$/, ""));
    return Number.isNaN(n) ? n : Number((n / 100).toPrecision(15));
  }

  /** "25, 50, 75" → [0.25, 0.5, 0.75]; blank → none. */
  percents(field: PlanField, label: string, text: string): number[] {
    if (text.trim() === "") return [];
    return text.split(/[,;]/).map((part, i) => this.percent(field, `${label} month ${i + 1}`, part.trim()));
  }

  /** An <input type="month"> value ("2026-01") → the serial of its first day. */
  month(field: PlanField, label: string, text: string): number {
    const serial = /^\d{4}-\d{2}$/.test(text.trim()) ? isoToSerial(`${text.trim()}-01`) : undefined;
    return serial ?? this.refuse(field, label, "a month (YYYY-MM)", text);
  }

  /** An <input type="date"> value → a serial, or null when blank. */
  date(field: PlanField, label: string, text: string): number | null {
    if (text.trim() === "") return null;
    return isoToSerial(text.trim()) ?? this.refuse(field, label, "a date (YYYY-MM-DD)", text);
  }
}

/** One new rep per line: "name, region, start date, weight"; region, date and weight may be left out. */
export function parseNewReps(
  reader: FormReader,
  text: string,
): [string, string | null, number | null, number | null][] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line, i) => {
      const [name = "", region = "", start = "", weight = ""] = line.split(",").map((p) => p.trim());
      const where = `New rep ${i + 1}`;
      // The names are written as cell values, and Excel reads a value that starts with = + - @ as a formula.
      if (/^[=+\-@]/.test(name))
        reader.problems.push({
          field: "reps",
          message: `${where}: name must not start with = + - or @, got "${name}"`,
        });
      return [
        name,
        region === "" ? null : region,
        reader.date("startDates", `${where}: start date`, start),
        weight === "" ? null : reader.number("weights", `${where}: weight`, weight),
      ];
    });
}
