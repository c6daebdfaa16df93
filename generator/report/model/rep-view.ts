import { isExcelError } from "../../../shared/excel/errors.js";
import { dealSize } from "../../../shared/kpi/deals.js";
import { runRateProjection } from "../../../shared/kpi/forecast.js";
import { paceStatus } from "../../../shared/kpi/pacing.js";
import { winRateOf } from "../../../shared/winrate/winrate.js";
import { repLookup } from "./closed-in.js";
import type { ModelContext } from "./context.js";
import type { ActionKind, ActionList, DealScan, OpenBook } from "./deal-scan.js";
import { all, defined, formula, runRateFormula, sumproduct } from "./formulas.js";
import { dealSizeCall, winRateCall } from "./metrics.js";
import { type PlanFigures, planFigures, type Rates } from "./plan.js";
import type { Formulas, GoalRow, GoalsSection, PacingStatus, QuotaSection, ValueFormat } from "./report-model.js";
import { MAX_GROUPS } from "./win-rate-section.js";

/**
 * A section per rep, worst first, readable without script (a <details> each): their standing against the
 * quota due so far, where their year is heading, their pipeline, what closing their gap takes, their goals and
 * their action lists. At most MAX_GROUPS reps are shown; `more` counts the rest.
 */
export type Standing = "onTrack" | "atRisk" | "behind" | "achieved" | "unknown";

export interface RepGoal {
  readonly row: number;
  readonly text: string;
  readonly metricLabelKey: string | null;
  readonly format: ValueFormat;
  readonly current: number | null;
  readonly target: number | null;
  readonly progress: number | null;
  readonly status: PacingStatus;
  readonly deadline: string | null;
  readonly formulas: Formulas<"current" | "target" | "progress">;
}

export interface RepView {
  readonly rep: string;
  /** The id of the rep's section, for links from the verdict. */
  readonly anchor: string;
  readonly region: string | null;
  readonly status: Standing;
  /** Won amount closed in the fiscal year to the as-of date (the quota table's bookings). */
  readonly booked: number;
  readonly quotaToDate: number | null;
  readonly rampedQuota: number | null;
  /** booked / quotaToDate: the quota table's attainment. */
  readonly pace: number | null;
  /** What is still due by now: quotaToDate − booked, at least 0. */
  readonly gapToDate: number | null;
  /** Run-rate from the later of the fiscal year's start and the rep's start date to the year's end. */
  readonly projection: number | null;
  readonly pipeline: OpenBook;
  readonly plan: PlanFigures | null;
  readonly goals: readonly RepGoal[];
  readonly actions: Readonly<Record<ActionKind, ActionList>>;
  readonly formulas: Formulas<"booked" | "quotaToDate" | "rampedQuota" | "pace" | "gapToDate" | "projection">;
}

export interface RepsSection {
  readonly reps: readonly RepView[];
  /** Reps not shown (beyond the first MAX_GROUPS, worst first). */
  readonly more: number;
}

interface Inputs {
  readonly quota: QuotaSection | undefined;
  readonly goals: GoalsSection | undefined;
  readonly scan: DealScan | undefined;
  readonly teamRates: Rates;
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
const EMPTY_LIST: ActionList = { deals: [], count: 0, amount: 0, formulas: { count: "=0", amount: "=0" } };
const EMPTY_BOOK: OpenBook = {
  openDeals: 0,
  openAmount: 0,
  weightedDue: 0,
  formulas: { openDeals: "=0", openAmount: "=0", weightedDue: "=0" },
};
const bare = (f: string | undefined, value: number): string => (f ? f.replace(/^=/, "") : String(value));
const key = (name: string) => name.trim().toLowerCase();

export function repsSection(ctx: ModelContext, input: Inputs): RepsSection | undefined {
  const { data, period, book: sheet } = ctx;
  const { quota, goals, scan } = input;
  const starts = new Map((data.reps ?? []).map((r) => [key(r.rep ?? ""), r.startDate]));
  const names: string[] = quota ? quota.rows.map((r) => r.rep) : [];
  const known = new Set(names.map(key));
  for (const rep of ctx.deals ? repLookup(ctx.deals).names : []) {
    if (rep === "" || known.has(key(rep))) continue;
    known.add(key(rep));
    names.push(rep);
  }
  if (names.length === 0) return undefined;
  const standings = names.map((rep) => {
    const row = quota?.rows.find((r) => r.rep === rep);
    const booked = row?.bookings ?? sum(scan?.byRep.get(rep)?.wonAmounts ?? []);
    const pace = row?.attainment ?? null;
    return { rep, row, booked, pace };
  });
  // Worst first: reps with a quota by attainment to date, then the others by bookings, largest first.
  standings.sort((a, b) => {
    if ((a.pace === null) !== (b.pace === null)) return a.pace === null ? 1 : -1;
    if (a.pace !== null && b.pace !== null && a.pace !== b.pace) return a.pace - b.pace;
    return a.pace === null && a.booked !== b.booked ? b.booked - a.booked : a.rep < b.rep ? -1 : 1;
  });
  const shown = standings.slice(0, MAX_GROUPS);
  const reps = shown.map(({ rep, row, booked, pace }, i): RepView => {
    const repStart = starts.get(key(rep));
    const from = Math.max(period.start, repStart === undefined ? period.start : Math.floor(repStart));
    const projected = from <= period.asOf ? runRateProjection(booked, from, period.end, period.asOf) : 0;
    const book = scan?.byRep.get(rep);
    // The rep's deals closed in the key figures' window, as the scan groups them (the rep's name as written).
    const closedHere = ctx.deals
      ? all(sheet.within("deals", "closed", ctx.deals.scope.window), sheet.groupIs("deals", "rep", rep))
      : "0";
    const bookedF = row?.formulas.bookings
      ? bare(row.formulas.bookings, booked)
      : sumproduct(sheet.col("deals", "amount"), sheet.outcomeIs("won"), closedHere);
    // The rep's own win rate and deal size over the key figures' window, through the same cores (WINRATE, DEALSIZE).
    const rate = book ? winRateOf(book.closedThisYear, "closed") : undefined;
    const size = book ? dealSize(book.wonAmounts) : undefined;
    const own: Rates = {
      winRate: typeof rate === "number" ? { value: rate, formula: formula(winRateCall(ctx, closedHere)) } : undefined,
      dealSize: typeof size === "number" ? { value: size, formula: formula(dealSizeCall(ctx, closedHere)) } : undefined,
    };
    const gap = row ? Math.max(0, row.rampedQuota - booked) : null;
    const rampedF = row ? bare(row.formulas.rampedQuota, row.rampedQuota) : undefined;
    const dueF = row ? bare(row.formulas.quotaToDate, row.quotaToDate) : undefined;
    const projection = isExcelError(projected) ? null : projected;
    return {
      rep,
      anchor: `rep-${i + 1}`,
      region: row?.region ?? (data.reps ?? []).find((r) => key(r.rep ?? "") === key(rep))?.region ?? null,
      status: standing(booked, row?.quotaToDate, row?.rampedQuota),
      booked,
      quotaToDate: row?.quotaToDate ?? null,
      rampedQuota: row?.rampedQuota ?? null,
      pace,
      gapToDate: row ? Math.max(0, row.quotaToDate - booked) : null,
      projection,
      pipeline: book
        ? {
            openDeals: book.openDeals,
            openAmount: book.openAmount,
            weightedDue: book.weightedDue,
            formulas: book.formulas,
          }
        : EMPTY_BOOK,
      plan:
        row && gap !== null
          ? planFigures({ value: gap, formula: formula(`MAX(0,(${rampedF})-(${bookedF}))`) }, own, input.teamRates)
          : null,
      goals: (goals?.rows ?? []).filter((g) => g.owner !== null && key(g.owner) === key(rep)).map(repGoal),
      actions: book?.lists ?? { stalled: EMPTY_LIST, slipped: EMPTY_LIST, closing: EMPTY_LIST },
      formulas: {
        booked: formula(bookedF),
        ...(row
          ? {
              quotaToDate: formula(dueF as string),
              rampedQuota: formula(rampedF as string),
              gapToDate: formula(`MAX(0,(${dueF})-(${bookedF}))`),
              ...(row.formulas.attainment && pace !== null ? { pace: row.formulas.attainment } : {}),
            }
          : {}),
        ...(projection !== null
          ? { projection: from <= period.asOf ? formula(runRateFormula(bookedF, from, period.end, period.asOf)) : "=0" }
          : {}),
      },
    };
  });
  return { reps, more: standings.length - shown.length };
}

/** Achieved once the year's quota is booked; else the pacing rule against the quota due so far. */
export function standing(booked: number, due: number | undefined, target: number | undefined): Standing {
  if (due === undefined || target === undefined || target <= 0) return "unknown";
  if (booked >= target) return "achieved";
  return STATUS[paceStatus(booked, due, target)];
}

const STATUS = { "on track": "onTrack", "at risk": "atRisk", behind: "behind" } as const;

function repGoal(g: GoalRow): RepGoal {
  return {
    row: g.row,
    text: g.text,
    metricLabelKey: g.metricLabelKey,
    format: g.format,
    current: g.current,
    target: g.target,
    progress: g.progress,
    status: g.status,
    deadline: g.deadline,
    // The goal row's own formulas (those it has: a figure the data cannot give has none).
    formulas: defined({ current: g.formulas.current, target: g.formulas.target, progress: g.formulas.progress }),
  };
}
