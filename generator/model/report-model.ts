import type { ExcelError } from "../../shared/excel/errors.js";

/**
 * The report model: everything a template sees. It is documented in docs/report-model.md and versioned by
 * `modelVersion`; templates written for one major version keep working until it changes. Numbers are raw
 * (fractions, amounts); templates format them with the locale-aware helpers.
 */
export const REPORT_MODEL_VERSION = 1;

export interface RateRow {
  readonly label: string;
  /** A fraction in [0, 1], or null when nothing was decided. */
  readonly rate: number | null;
  readonly won: number;
  readonly lost: number;
  readonly open: number;
  readonly noDecision: number;
}

export interface WinRateSection {
  readonly overall: RateRow;
  readonly byRep: readonly RateRow[];
}

export interface ReportModel {
  readonly modelVersion: typeof REPORT_MODEL_VERSION;
  readonly title: string;
  readonly locale: string;
  readonly direction: "ltr" | "rtl";
  readonly currency: string;
  /** ISO timestamp of generation (fixed by --generated-at for byte-identical reports). */
  readonly generatedAt: string;
  /** ISO date the figures are as of. */
  readonly asOf: string;
  readonly source: { readonly name: string; readonly sha256: string };
  readonly winRate?: WinRateSection;
}

export const rateOrNull = (rate: number | ExcelError): number | null => (typeof rate === "number" ? rate : null);
