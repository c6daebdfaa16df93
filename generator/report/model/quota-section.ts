import { isExcelError } from "../../../shared/excel/errors.js";
import { attainment } from "../../../shared/kpi/pacing.js";
import { rampCapacity } from "../../../shared/quota/ramp.js";
import { barChart } from "../charts/bars.js";
import { REP_MONTH_KEYS, type RepMonthKey, type RepRecord } from "../workbook/contract.js";
import type { Located } from "../workbook/table.js";
import type { ModelContext } from "./context.js";
import type { DealStats } from "./deal-stats.js";
import { arrayConstant, type Figure, formula, num, sumproduct } from "./formulas.js";
import { monthIndexOfSerial, type Period, serialOfMonth } from "./period.js";
import type { QuotaRow, QuotaSection } from "./report-model.js";

/**
 * Each rep's ramp capacity month by month through the fiscal year: the quota core's schedule (25/50/75% in
 * the first three months from the start date, then 100%; 0 before the start). A rep with no start date is
 * fully ramped. A month's quota is the annual quota / 12 times its capacity.
 */
export function monthlyCapacity(rep: RepRecord, period: Period): number[] {
  const startMonth = rep.startDate === undefined ? undefined : monthIndexOfSerial(rep.startDate);
  return Array.from({ length: 12 }, (_, m) => {
    if (startMonth === undefined) return 1;
    const sinceStart = period.firstMonth + m - startMonth;
    return sinceStart < 0 ? 0 : rampCapacity(1, sinceStart + 1);
  });
}

/** The share of each fiscal month that has passed at the as-of date (1, …, 1, part of the current month, 0, …). */
export function monthShares(period: Period): number[] {
  return Array.from({ length: 12 }, (_, m) => {
    const first = serialOfMonth(period.firstMonth + m);
    const next = serialOfMonth(period.firstMonth + m + 1);
    if (period.asOf >= next - 1) return 1;
    if (period.asOf < first) return 0;
    return (period.asOf - first + 1) / (next - first);
  });
}

/**
 * A rep's planned quota per fiscal month when the Reps row carries month columns (Jan … Dec, as the quota
 * planner writes them): the plan is already ramped and seasonal, so it is taken as it is, a blank month as 0.
 * Undefined when the row has no month column filled.
 */
export function plannedMonths(rep: RepRecord, period: Period): number[] | undefined {
  if (!REP_MONTH_KEYS.some((key) => rep[key] !== undefined)) return undefined;
  return Array.from({ length: 12 }, (_, m) => rep[monthKey(period, m)] ?? 0);
}

const monthKey = (period: Period, m: number) => REP_MONTH_KEYS[(period.firstMonth + m) % 12] as RepMonthKey;

const hasQuota = (rep: RepRecord) => rep.quota !== undefined || REP_MONTH_KEYS.some((key) => rep[key] !== undefined);

/** Each rep's quota month by month: the planned months when the row has them, else annual / 12 × capacity. */
export function monthlyQuota(rep: RepRecord, period: Period): number[] {
  const planned = plannedMonths(rep, period);
  if (planned) return planned;
  const perMonth = (rep.quota ?? 0) / 12;
  return monthlyCapacity(rep, period).map((c) => perMonth * c);
}

const withQuota = (reps: readonly Located<RepRecord>[] | undefined) =>
  (reps ?? []).filter((r) => hasQuota(r) && r.rep !== undefined);

/**
 * A rep's quota weighted month by month (Σ weight × month quota) as a formula: the planned month cells when
 * the row has them, else the Quota cell / 12 times the ramp-weighted months.
 */
function repQuotaFormula(ctx: ModelContext, rep: Located<RepRecord>, weights: readonly number[]): string {
  const planned = plannedMonths(rep, ctx.period);
  if (planned) {
    const terms: string[] = [];
    weights.forEach((w, m) => {
      if (w === 0) return;
      const cell = ctx.book.cell("reps", monthKey(ctx.period, m), rep.row) ?? num(planned[m] as number);
      terms.push(w === 1 ? cell : `${cell}*${num(w)}`);
    });
    return terms.join("+") || "0";
  }
  const quotaCell = ctx.book.cell("reps", "quota", rep.row) ?? num(rep.quota as number);
  const caps = monthlyCapacity(rep, ctx.period);
  return `${quotaCell}/12*(${weightsSum(caps.map((c, m) => c * (weights[m] as number)))})`;
}

/** The team's weighted quota as a formula: one SUMPRODUCT over the Quota column, or each rep's sum with a plan. */
function teamQuotaFormula(ctx: ModelContext, reps: readonly Located<RepRecord>[], weights: readonly number[]) {
  if (!reps.some((r) => plannedMonths(r, ctx.period))) {
    const capacityWeighted = (rep: RepRecord) =>
      sum(monthlyCapacity(rep, ctx.period).map((c, m) => c * (weights[m] as number)));
    const expression = teamFormula(ctx, reps, capacityWeighted);
    if (expression) return expression;
  }
  return reps.map((r) => `(${repQuotaFormula(ctx, r, weights)})`).join("+") || "0";
}

const ONES: readonly number[] = new Array(12).fill(1);
const onlyMonth = (m: number) => Array.from({ length: 12 }, (_, k) => (k === m ? 1 : 0));

/**
 * The team's quota as a formula: the Reps sheet's Quota column / 12 times one weight per sheet row (each
 * rep's capacity, summed over the months counted), so a reader sees the quota cells and the ramp that
 * weighs them.
 */
function teamFormula(ctx: ModelContext, reps: readonly Located<RepRecord>[], weight: (rep: RepRecord) => number) {
  const quota = ctx.book.range("reps", "quota");
  if (!quota || reps.length === 0) return undefined;
  let top = Number.POSITIVE_INFINITY;
  let bottom = 0;
  for (const r of ctx.data.reps ?? []) {
    if (r.row < top) top = r.row;
    if (r.row > bottom) bottom = r.row;
  }
  const byRow = new Map((ctx.data.reps ?? []).map((r) => [r.row, r]));
  const weights: number[][] = [];
  for (let row = top; row <= bottom; row++) {
    const rep = byRow.get(row);
    weights.push([rep && rep.quota !== undefined ? weight(rep) : 0]);
  }
  return `SUMPRODUCT(${quota},${arrayConstant(weights)})/12`;
}

/** The team's quota per fiscal month (sum of ramped or planned rep quotas) and for the year; undefined without quotas. */
export function teamMonthlyQuota(ctx: ModelContext): { months: Figure[]; year: Figure } | undefined {
  const reps = withQuota(ctx.data.reps);
  if (reps.length === 0) return undefined;
  const quotas = reps.map((r) => monthlyQuota(r, ctx.period));
  const months = Array.from({ length: 12 }, (_, m) => {
    let value = 0;
    for (const q of quotas) value += q[m] as number;
    return { value, formula: formula(teamQuotaFormula(ctx, reps, onlyMonth(m))) };
  });
  let year = 0;
  for (const m of months) year += m.value;
  return { months, year: { value: year, formula: formula(teamQuotaFormula(ctx, reps, ONES)) } };
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
const weightsSum = (weights: readonly number[]) =>
  weights
    .filter((w) => w !== 0)
    .map(num)
    .join("+") || "0";

/** Whether a rep's start date puts any month of the fiscal year below full capacity. */
function rampingMonths(rep: RepRecord, period: Period): boolean {
  if (rep.startDate === undefined) return false;
  const sinceStart = period.firstMonth - monthIndexOfSerial(rep.startDate);
  return Array.from({ length: 12 }, (_, m) => sinceStart + m).some((k) => k >= 0 && rampCapacity(1, k + 1) < 1);
}

export function quotaSection(ctx: ModelContext, stats: DealStats | undefined): QuotaSection | undefined {
  const reps = withQuota(ctx.data.reps);
  if (reps.length === 0) return undefined;
  const { book, period } = ctx;
  const shares = monthShares(period);
  const window = { from: period.start, to: period.asOf };
  const bookingsOf = (repCondition: string) =>
    sumproduct(
      book.col("deals", "amount"),
      book.outcomeIs("won"),
      book.within("deals", "closed", window),
      repCondition,
    );
  const anyPlanned = reps.some((r) => plannedMonths(r, period));
  const annualFormula = (rep: Located<RepRecord>) =>
    rep.quota !== undefined ? (book.cell("reps", "quota", rep.row) ?? num(rep.quota)) : repQuotaFormula(ctx, rep, ONES);
  const rows: QuotaRow[] = reps.map((rep) => {
    const months = monthlyQuota(rep, period);
    const planned = plannedMonths(rep, period) !== undefined;
    const quotaToDate = sum(months.map((q, m) => q * (shares[m] as number)));
    const bookings = stats?.bookedByRep.get(rep.rep as string) ?? 0;
    const rate = attainment(bookings, quotaToDate);
    const bookingsFormula = bookingsOf(book.groupIs("deals", "rep", rep.rep as string));
    const toDateFormula = repQuotaFormula(ctx, rep, shares);
    return {
      rep: rep.rep as string,
      region: rep.region ?? null,
      annualQuota: rep.quota ?? sum(months),
      rampedQuota: sum(months),
      quotaToDate,
      bookings,
      attainment: isExcelError(rate) ? null : rate,
      // A plan carries its ramp inside its months: the rep is ramping when the start date falls in the ramp window.
      ramping: planned ? rampingMonths(rep, period) : monthlyCapacity(rep, period).some((c) => c < 1),
      formulas: {
        annualQuota: formula(annualFormula(rep)),
        rampedQuota: formula(repQuotaFormula(ctx, rep, ONES)),
        quotaToDate: formula(toDateFormula),
        bookings: formula(bookingsFormula),
        ...(isExcelError(rate) ? {} : { attainment: formula(`GOALS.ATTAINMENT(${bookingsFormula},${toDateFormula})`) }),
      },
    };
  });
  const teamToDate = sum(rows.map((r) => r.quotaToDate));
  const teamBookings = sum(rows.map((r) => r.bookings));
  const teamRate = attainment(teamBookings, teamToDate);
  const teamBookingsFormula = bookingsOf(
    `(${reps.map((r) => book.groupIs("deals", "rep", r.rep as string)).join("+")})`,
  );
  const teamToDateFormula = teamQuotaFormula(ctx, reps, shares);
  const teamAnnual = anyPlanned
    ? reps.map((r) => `(${annualFormula(r)})`).join("+")
    : (teamFormula(ctx, reps, () => 12) ?? num(0));
  const team: QuotaRow = {
    rep: "",
    region: null,
    annualQuota: sum(rows.map((r) => r.annualQuota)),
    rampedQuota: sum(rows.map((r) => r.rampedQuota)),
    quotaToDate: teamToDate,
    bookings: teamBookings,
    attainment: isExcelError(teamRate) ? null : teamRate,
    ramping: rows.some((r) => r.ramping),
    formulas: {
      annualQuota: formula(teamAnnual),
      rampedQuota: formula(teamQuotaFormula(ctx, reps, ONES)),
      quotaToDate: formula(teamToDateFormula),
      bookings: formula(teamBookingsFormula),
      ...(isExcelError(teamRate)
        ? {}
        : { attainment: formula(`GOALS.ATTAINMENT(${teamBookingsFormula},${teamToDateFormula})`) }),
    },
  };
  let max = 1;
  for (const r of rows) if ((r.attainment ?? 0) > max) max = r.attainment ?? 0;
  const chart = barChart(
    rows.map((r) => ({ label: r.rep, kind: "data" as const, value: r.attainment ?? 0 })),
    { titleKey: "quotaAttainment", format: "percent", rtl: ctx.rtl, max },
  );
  return { rows, team, chart };
}
