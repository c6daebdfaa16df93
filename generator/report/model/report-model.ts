import type { ExcelError } from "../../../shared/excel/errors.js";
import type { Distribution } from "../../../shared/kpi/distribution.js";
import type { BarChart, BookingsChart, FunnelChart } from "../charts/types.js";
import type { Acquisition } from "./acquisition.js";
import type { ActionsSection } from "./actions.js";
import type { BurnUpSection } from "./burn-up.js";
import type { ComparisonSection } from "./comparison.js";
import type { PlanSection } from "./plan.js";
import type { RepsSection } from "./rep-view.js";
import type { FigureScope } from "./scope.js";
import type { Verdict } from "./verdict.js";

export type { FigureScope } from "./scope.js";

/**
 * The report model: everything a template sees. It is documented in docs/report-model.md and versioned by
 * `modelVersion`; templates written for one major version keep working until it changes. Numbers are raw
 * (fractions, amounts, day counts); templates format them with the locale-aware helpers, and `format` fields
 * say which helper a value needs, so no template has to know what a metric is. Words come from the labels:
 * the model holds label keys, never translated text, except data from the workbook (names, goal statements).
 */
export const REPORT_MODEL_VERSION = 1;

/**
 * The Excel formula that checks each figure of an object, by field name ("=GOALS.WINRATE(FILTER(…))"): what a
 * finance user types to get the same number from the same cells. test/report/agreement.test.ts evaluates them.
 */
export type Formulas<K extends string> = Readonly<Partial<Record<K, string>>>;

/**
 * A remark about a section's figures, as data: a label key (`note.<code>`) and the values its words take, so
 * the words are the report's language (templates/locales). `formula` counts what the note is about.
 */
export interface ReportNote {
  readonly code: string;
  readonly values?: Readonly<Record<string, string | number>>;
  readonly formula?: string;
}

/** How a value is shown: money in the report currency, a fraction as a percentage, a count, days, a multiple. */
export type ValueFormat = "money" | "percent" | "int" | "number" | "days" | "ratio";

export interface KpiTile {
  readonly id: string;
  readonly labelKey: string;
  readonly value: number;
  readonly format: ValueFormat;
  /** What the figure counts: the fiscal year to date, customer history to date, or the pipeline open now. */
  readonly scope: FigureScope;
  readonly formulas: Formulas<"value">;
}

/** A group label from the workbook, or a group the report made ("other" = the smaller groups together). */
export interface GroupLabel {
  readonly label: string;
  readonly kind: "data" | "blank" | "other";
}

export interface RateRow extends GroupLabel {
  /** A fraction in [0, 1], or null when nothing was decided. */
  readonly rate: number | null;
  readonly won: number;
  readonly lost: number;
  readonly open: number;
  readonly noDecision: number;
  readonly formulas: Formulas<"rate" | "won" | "lost" | "open" | "noDecision">;
}

export interface WinRateBreakdown {
  readonly dimension: "rep" | "region" | "competitor" | "segment";
  readonly rows: readonly RateRow[];
  readonly chart: BarChart;
}

export interface WinRateSection {
  readonly overall: RateRow;
  readonly breakdowns: readonly WinRateBreakdown[];
  readonly scope: FigureScope;
}

export type SmartVerdict = "pass" | "fail" | "unchecked";
export type PacingStatus = "onTrack" | "atRisk" | "behind" | "achieved" | "missed" | "unknown";

export interface GoalRow {
  /** The sheet row, so a reader can find the goal in the workbook. */
  readonly row: number;
  readonly text: string;
  readonly owner: string | null;
  /** Registry id of the bound metric, or null when the goal names none Goalsheet computes. */
  readonly metric: string | null;
  readonly metricLabelKey: string | null;
  readonly metricFrom: "sheet" | "inferred" | "none";
  readonly format: ValueFormat;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly current: number | null;
  readonly currentFrom: "sheet" | "computed" | "none";
  /** What a computed Current counts: the goal's dates (to the as-of date) and, when it names a rep, the owner. */
  readonly currentScope: FigureScope | null;
  /** (current − baseline) / (target − baseline): 1 = met; may fall outside [0, 1]. */
  readonly progress: number | null;
  /** Share of the goal's time elapsed at the as-of date, in [0, 1]. */
  readonly elapsed: number | null;
  readonly status: PacingStatus;
  readonly start: string | null;
  readonly deadline: string | null;
  readonly smart: { readonly score: number; readonly criteria: readonly SmartCriterion[] } | null;
  /** Progress bar geometry in a 0–100 wide viewBox (mirrored for RTL): the fill and the elapsed-time marker. */
  readonly bar: { readonly x: number; readonly width: number; readonly markerX: number | null };
  readonly formulas: Formulas<"baseline" | "target" | "current" | "progress" | "elapsed">;
}

export interface SmartCriterion {
  readonly letter: "S" | "M" | "A" | "R" | "T";
  readonly verdict: SmartVerdict;
  readonly reason: string;
}

export interface GoalsSection {
  readonly rows: readonly GoalRow[];
  readonly counts: Readonly<Record<PacingStatus, number>>;
}

export interface QuotaRow {
  readonly rep: string;
  readonly region: string | null;
  readonly annualQuota: number;
  /** The year's quota after ramp (a new rep carries 0/25/50/75% in the first months). */
  readonly rampedQuota: number;
  /** Ramped quota of the months up to the as-of date (the current month pro rata). */
  readonly quotaToDate: number;
  readonly bookings: number;
  /** bookings / quotaToDate, or null when nothing was due yet. */
  readonly attainment: number | null;
  readonly ramping: boolean;
  readonly formulas: Formulas<"annualQuota" | "rampedQuota" | "quotaToDate" | "bookings" | "attainment">;
}

export interface QuotaSection {
  readonly rows: readonly QuotaRow[];
  readonly team: QuotaRow;
  readonly chart: BarChart;
}

export interface FunnelStage {
  readonly stage: string;
  /** Deals that reached this stage (are at it or later, or won). */
  readonly reached: number;
  /** reached(next) / reached(this), or null for the last row. */
  readonly conversion: number | null;
  readonly open: number;
  readonly openAmount: number;
  readonly formulas: Formulas<"reached" | "conversion" | "open" | "openAmount">;
}

export interface FunnelSection {
  readonly stages: readonly FunnelStage[];
  readonly won: number;
  /** Lost and no-decision deals the scope counts. */
  readonly lost: number;
  /** Of those, the deals whose exit stage the data does not give (then no conversion is shown). */
  readonly exitUnknown: number;
  readonly chart: FunnelChart;
  readonly scope: FigureScope;
  readonly formulas: Formulas<"won" | "lost" | "exitUnknown">;
  readonly notes?: readonly ReportNote[];
}

export interface PipelineSection {
  readonly openDeals: number;
  readonly openAmount: number;
  readonly weightedForecast: number;
  /**
   * Where the weights came from: each deal's own Probability column (the rest by stage), the Settings
   * sheet's stage probabilities, or the closed win rate for every stage.
   */
  readonly probabilitiesFrom: "deals" | "settings" | "winRate";
  readonly target: number | null;
  readonly targetFrom: "quota" | "goal" | null;
  readonly bookedToDate: number;
  readonly remaining: number | null;
  /** openAmount / remaining. */
  readonly coverage: number | null;
  /** 1 / win rate: the coverage needed to expect to close the gap. */
  readonly neededCoverage: number | null;
  /** weightedForecast / remaining. */
  readonly expectedShareOfRemaining: number | null;
  readonly byStage: readonly {
    readonly stage: string;
    readonly amount: number;
    readonly probability: number;
    readonly formulas: Formulas<"amount" | "probability">;
  }[];
  readonly scope: FigureScope;
  readonly formulas: Formulas<
    | "openDeals"
    | "openAmount"
    | "weightedForecast"
    | "target"
    | "bookedToDate"
    | "remaining"
    | "coverage"
    | "neededCoverage"
    | "expectedShareOfRemaining"
  >;
}

export interface BookingsMonth {
  /** "2026-03". */
  readonly month: string;
  /** The first day of the month, ISO, for the date helper. */
  readonly date: string;
  readonly bookings: number | null;
  readonly quota: number | null;
  readonly formulas: Formulas<"bookings" | "quota">;
}

export interface BookingsSection {
  readonly months: readonly BookingsMonth[];
  readonly total: number;
  readonly quotaTotal: number | null;
  readonly chart: BookingsChart;
  readonly formulas: Formulas<"total" | "quotaTotal">;
}

export interface DistributionFigures extends Distribution {
  readonly formulas: Formulas<"count" | "mean" | "median" | "p25" | "p75">;
}

export interface CycleSection {
  /** Days from Created to Closed of won deals. */
  readonly cycleDays: DistributionFigures | null;
  /** Amount of won deals. */
  readonly dealSize: DistributionFigures | null;
  readonly bySegment: readonly (GroupLabel & {
    readonly deals: number;
    readonly meanSize: number;
    readonly formulas: Formulas<"deals" | "meanSize">;
  })[];
  readonly scope: FigureScope;
  readonly notes?: readonly ReportNote[];
}

export interface ClvSection {
  readonly customers: number;
  readonly transactions: number;
  readonly revenue: number;
  readonly averageOrderValue: number;
  /** Orders per customer per year over the observed span. */
  readonly ordersPerCustomerYear: number | null;
  readonly revenuePerCustomer: number;
  readonly predictive: PredictiveClv | null;
  /** Why the predictive models are not shown (not enough repeat customers, no convergence). */
  /** Why predicted value is not shown (words per locale: `note.<code>`), or null. */
  readonly predictiveNote: ReportNote | null;
  /** CAC and LTV:CAC for the fiscal year to date; present only when Settings gives the spend. */
  readonly acquisition?: Acquisition;
  /** All purchases up to the as-of date. */
  readonly scope: FigureScope;
  readonly formulas: Formulas<
    "customers" | "transactions" | "revenue" | "averageOrderValue" | "ordersPerCustomerYear" | "revenuePerCustomer"
  >;
}

export interface PredictiveClv {
  readonly horizonWeeks: number;
  readonly params: {
    readonly r: number;
    readonly alpha: number;
    readonly a: number;
    readonly b: number;
    readonly formulas: Formulas<"r" | "alpha" | "a" | "b">;
  };
  readonly expectedValueTotal: number;
  readonly expectedPurchasesTotal: number;
  readonly topCustomers: readonly {
    readonly customer: string;
    readonly expectedPurchases: number;
    readonly pAlive: number;
    readonly expectedValue: number;
    readonly formulas: Formulas<"expectedPurchases" | "pAlive" | "expectedValue">;
  }[];
  /** Customers per P(alive) band (0–10%, …, 90–100%). */
  readonly pAliveBands: readonly {
    readonly from: number;
    readonly to: number;
    readonly customers: number;
    readonly formulas: Formulas<"customers">;
  }[];
  readonly chart: BarChart;
  readonly formulas: Formulas<"expectedValueTotal" | "expectedPurchasesTotal">;
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
  /** The fiscal year containing the as-of date, ISO dates inclusive. */
  readonly period: { readonly start: string; readonly end: string };
  readonly source: { readonly name: string; readonly sha256: string };
  readonly kpis: readonly KpiTile[];
  /**
   * What the import noticed and did, as the command line printed it (rows left out, Outcome taken from Stage,
   * a rep named otherwise than in Deals), in English; absent when there is nothing to say.
   */
  readonly readNotes?: readonly string[];
  /** The story at the top: standing, projections, who and what is behind (verdict.ts). */
  readonly verdict?: Verdict;
  readonly burnUp?: BurnUpSection;
  readonly plan?: PlanSection;
  readonly actions?: ActionsSection;
  readonly comparison?: ComparisonSection;
  readonly reps?: RepsSection;
  readonly goals?: GoalsSection;
  readonly quota?: QuotaSection;
  readonly winRate?: WinRateSection;
  readonly funnel?: FunnelSection;
  readonly pipeline?: PipelineSection;
  readonly bookings?: BookingsSection;
  readonly cycle?: CycleSection;
  readonly clv?: ClvSection;
}

export const rateOrNull = (rate: number | ExcelError): number | null => (typeof rate === "number" ? rate : null);
