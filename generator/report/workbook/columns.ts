import { cellAddress, columnLetters, type InputProblem, problem } from "../problems.js";
import type { AmountText } from "./amounts.js";
import { words } from "./messages.js";
import { type DateOrder, type NumericDate, numericSerial } from "./text-dates.js";

/**
 * What a column's cells say about the column as a whole, gathered while rows stream by and decided when the
 * sheet ends: the order of its text dates (10/11/2016 needs a column to say which number is the month), its
 * decimal separator ("1.200" needs a column that also shows 950,00 or 12.50), its currency (one per column,
 * never a silent sum of two), and whether its probabilities are fractions or percentages.
 *
 * A value that cannot be decided alone is a `Deferred` cell: its record holds undefined until `resolve`
 * writes the value in (or reports the problem at the cell).
 */
export class Deferred {
  constructor(
    readonly kind: "date" | "number" | "probability",
    readonly text: string,
    readonly date?: NumericDate,
    readonly amount?: AmountText,
    readonly number?: number,
  ) {}
}

interface Pending {
  /** The record's index among the sheet's records (a table's row is reached by index, never held). */
  readonly index: number;
  readonly row: number;
  readonly deferred: Deferred;
}

/** The decisions a column's values need from outside the column (the Settings sheet). */
export interface ColumnContext {
  readonly dateOrder?: DateOrder;
}

export interface ColumnOutcome {
  readonly problems: InputProblem[];
  /** The ISO codes every currency marker of the column may mean (undefined: no marker was written). */
  readonly currencies?: readonly string[];
}

export class ColumnNotes {
  private readonly pending: Pending[] = [];
  /** Where a first number above 12 stood in the first or second place of a numeric date. */
  private dayFirst?: { row: number; text: string };
  private monthFirst?: { row: number; text: string };
  private decimal: Partial<Record<"." | ",", { row: number; text: string }>> = {};
  private readonly markers = new Map<string, { codes: readonly string[]; row: number }>();
  private percentScale?: { row: number; text: string };
  /** The row being read (set by the parser before each check). */
  row = 0;

  constructor(
    readonly sheet: string,
    /** 0-based column index. */
    readonly col: number,
    /** The contract's name for the column ("Closed"), for messages. */
    readonly label: string,
  ) {}

  /** A numeric date seen; returns the Deferred its record holds until the column's order is known. */
  date(text: string, date: NumericDate): Deferred {
    const [a, b] = date.parts;
    if (a > 12 && !this.dayFirst) this.dayFirst = { row: this.row, text };
    if (b > 12 && !this.monthFirst) this.monthFirst = { row: this.row, text };
    return new Deferred("date", text, date);
  }

  amount(text: string, amount: AmountText): Deferred | number {
    if (amount.marker !== undefined && amount.currency && !this.markers.has(amount.marker))
      this.markers.set(amount.marker, { codes: amount.currency, row: this.row });
    if (amount.decimal && !this.decimal[amount.decimal]) this.decimal[amount.decimal] = { row: this.row, text };
    return amount.ambiguous ? new Deferred("number", text, undefined, amount) : amount.value;
  }

  /** A currency written in a column of its own (Salesforce's "Opportunity Currency", HubSpot's "Currency"). */
  currencyCode(code: string): void {
    if (!this.markers.has(code)) this.markers.set(code, { codes: [code], row: this.row });
  }

  /** A bare probability number: a fraction, unless the column turns out to hold percentages (0–100). */
  probability(text: string, n: number): Deferred {
    if (n > 1 && !this.percentScale) this.percentScale = { row: this.row, text };
    return new Deferred("probability", text, undefined, undefined, n);
  }

  defer(index: number, row: number, deferred: Deferred): void {
    this.pending.push({ index, row, deferred });
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  /**
   * Decide the column's conventions and write every deferred value into its record (`recordAt` gives the
   * record at an index, before any reordering). The pending values are dropped once written.
   */
  resolve(key: string, context: ColumnContext, recordAt: (index: number) => Record<string, unknown>): ColumnOutcome {
    try {
      return this.settle(key, context, recordAt);
    } finally {
      this.pending.length = 0;
    }
  }

  private settle(
    key: string,
    context: ColumnContext,
    recordAt: (index: number) => Record<string, unknown>,
  ): ColumnOutcome {
    const problems: InputProblem[] = [];
    const letters = columnLetters(this.col + 1);
    const at = (row: number) => cellAddress(row, this.col + 1);
    const currencies = this.currencies(problems, letters, at);
    const dates = this.pending.filter((p) => p.deferred.kind === "date");
    let order = context.dateOrder;
    if (dates.length > 0 && order === undefined) {
      if (this.dayFirst && this.monthFirst) {
        problems.push(
          problem({
            code: "dateOrder",
            sheet: this.sheet,
            column: letters,
            rule: words.mixedDateOrders(
              this.label,
              `"${this.dayFirst.text}" (${at(this.dayFirst.row)})`,
              `"${this.monthFirst.text}" (${at(this.monthFirst.row)})`,
            ),
            hint: words.setDateOrder(),
          }),
        );
        return { problems, ...(currencies ? { currencies } : {}) };
      }
      order = this.dayFirst ? "DMY" : this.monthFirst ? "MDY" : undefined;
      if (order === undefined) {
        const first = dates[0] as Pending;
        problems.push(
          problem({
            code: "dateOrder",
            sheet: this.sheet,
            column: letters,
            rule: words.ambiguousDates(this.label, `"${first.deferred.text}" (${at(first.row)})`),
            hint: words.setDateOrder(),
          }),
        );
        return { problems, ...(currencies ? { currencies } : {}) };
      }
    }
    const decimal = this.decimalSeparator(problems, letters, at);
    const percent = this.percentScale !== undefined;
    for (const { index, row, deferred } of this.pending) {
      const record = recordAt(index);
      if (deferred.kind === "date") {
        const serial = numericSerial(deferred.date as NumericDate, order as DateOrder);
        if (serial === undefined) {
          // When Settings chose the order, say which order the value would be a date in.
          const fits = context.dateOrder
            ? (["MDY", "DMY", "YMD"] as const).find((o) => numericSerial(deferred.date as NumericDate, o) !== undefined)
            : undefined;
          problems.push(
            problem({
              code: "invalid",
              sheet: this.sheet,
              cell: at(row),
              rule: words.notADateInOrder(this.label, order as DateOrder, context.dateOrder !== undefined),
              value: JSON.stringify(deferred.text),
              ...(fits ? { hint: words.otherOrder(fits) } : {}),
            }),
          );
        } else record[key] = serial;
      } else if (deferred.kind === "number") {
        if (decimal === undefined) continue;
        const ambiguous = (deferred.amount as AmountText).ambiguous;
        if (ambiguous) record[key] = ambiguous.separator === decimal ? ambiguous.asDecimal : ambiguous.asThousands;
      } else {
        const n = deferred.number as number;
        if (percent && n > 100) {
          problems.push(
            problem({
              code: "invalid",
              sheet: this.sheet,
              cell: at(row),
              rule: words.probabilityRule(this.label),
              value: deferred.text,
            }),
          );
        } else record[key] = percent ? n / 100 : n;
      }
    }
    return { problems, ...(currencies ? { currencies } : {}) };
  }

  /** The decimal separator of the column's ambiguous numbers, or undefined (with a problem) when unknown. */
  private decimalSeparator(
    problems: InputProblem[],
    letters: string,
    at: (row: number) => string,
  ): "." | "," | undefined {
    const numbers = this.pending.filter((p) => p.deferred.kind === "number");
    if (numbers.length === 0) return ".";
    const point = this.decimal["."];
    const comma = this.decimal[","];
    if (point && comma) {
      problems.push(
        problem({
          code: "numberStyle",
          sheet: this.sheet,
          column: letters,
          rule: words.mixedNumberStyles(
            this.label,
            `"${point.text}" (${at(point.row)})`,
            `"${comma.text}" (${at(comma.row)})`,
          ),
        }),
      );
      return undefined;
    }
    if (comma) return ",";
    if (point) return ".";
    // No value shows its decimal separator: "1,200" is read the way exports write numbers (1200); a lone
    // "1.200" could be 1.2 or 1200 and nothing in the column tells which.
    const dotted = numbers.find((p) => (p.deferred.amount as AmountText).ambiguous?.separator === ".");
    if (!dotted) return ".";
    problems.push(
      problem({
        code: "numberStyle",
        sheet: this.sheet,
        column: letters,
        rule: words.ambiguousNumbers(this.label, `"${dotted.deferred.text}" (${at(dotted.row)})`),
        hint: words.writeNumbersPlainly(),
      }),
    );
    return undefined;
  }

  /** One currency per column: the codes every marker may mean, or a problem when no code fits them all. */
  private currencies(
    problems: InputProblem[],
    letters: string,
    at: (row: number) => string,
  ): readonly string[] | undefined {
    if (this.markers.size === 0) return undefined;
    let common: readonly string[] | undefined;
    for (const { codes } of this.markers.values()) common = common ? common.filter((c) => codes.includes(c)) : codes;
    if (common && common.length > 0) return common;
    const seen = [...this.markers].slice(0, 4).map(([marker, { row }]) => `"${marker}" (${at(row)})`);
    problems.push(
      problem({
        code: "currency",
        sheet: this.sheet,
        column: letters,
        rule: words.mixedCurrencies(this.label, seen),
        hint: words.oneCurrency(),
      }),
    );
    return [];
  }
}
