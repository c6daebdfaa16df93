import { rampCapacity } from "../../../shared/quota/ramp.js";
import { barChart } from "../charts/bars.js";
import { REP_MONTH_KEYS, type RepMonthKey, type RepRecord } from "../workbook/contract.js";
import type { DealStats } from "./deal-stats.js";
import { monthIndexOfSerial, type Period, serialOfMonth } from "./period.js";
import type { QuotaRow, QuotaSection } from "./report-model.js";

/**
 * A rep's planned quota per fiscal month when the Reps row carries month columns (Jan … Dec, as the quota
 * planner writes them): the plan is already ramped and seasonal, so it is taken as it is, a blank month as 0.
 * Undefined when the row has no month column filled.
 */
export function plannedMonths(rep: RepRecord, period: Period): number[] | undefined {
  if (!REP_MONTH_KEYS.some((key) => rep[key] !== undefined)) return undefined;
  return Array.from({ length: 12 }, (_, m) => rep[REP_MONTH_KEYS[(period.firstMonth + m) % 12] as RepMonthKey] ?? 0);
}

const hasQuota = (rep: RepRecord) => rep.quota !== undefined || REP_MONTH_KEYS.some((key) => rep[key] !== undefined);

/**
 * Each rep's quota month by month through the fiscal year: the planned months when the row has them; else
 * annual quota / 12, times the rep's ramp capacity in that month (the quota core's schedule: 25/50/75% in the
 * first three months from the start date, then 100%; 0 before the start). A rep with no start date is fully
 * ramped.
 */
export function monthlyQuota(rep: RepRecord, period: Period): number[] {
  const planned = plannedMonths(rep, period);
  if (planned) return planned;
  const perMonth = (rep.quota ?? 0) / 12;
  const startMonth = rep.startDate === undefined ? undefined : monthIndexOfSerial(rep.startDate);
  return Array.from({ length: 12 }, (_, m) => {
    if (startMonth === undefined) return perMonth;
    const sinceStart = period.firstMonth + m - startMonth;
    return sinceStart < 0 ? 0 : perMonth * rampCapacity(1, sinceStart + 1);
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

/** The team's quota per fiscal month (sum of ramped rep quotas), or undefined when no rep has a quota. */
export function teamMonthlyQuota(reps: readonly RepRecord[] | undefined, period: Period): number[] | undefined {
  const withQuota = (reps ?? []).filter(hasQuota);
  if (withQuota.length === 0) return undefined;
  const total = new Array<number>(12).fill(0);
  for (const rep of withQuota) {
    const months = monthlyQuota(rep, period);
    for (let m = 0; m < 12; m++) total[m] = (total[m] as number) + (months[m] as number);
  }
  return total;
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

/** Whether a rep's start date puts any month of the fiscal year below full capacity. */
function rampingMonths(rep: RepRecord, period: Period): boolean {
  if (rep.startDate === undefined) return false;
  const sinceStart = period.firstMonth - monthIndexOfSerial(rep.startDate);
  return Array.from({ length: 12 }, (_, m) => sinceStart + m).some((k) => k >= 0 && rampCapacity(1, k + 1) < 1);
}

export function quotaSection(
  reps: readonly RepRecord[] | undefined,
  stats: DealStats | undefined,
  period: Period,
  rtl: boolean,
): QuotaSection | undefined {
  const withQuota = (reps ?? []).filter((r) => hasQuota(r) && r.rep !== undefined);
  if (withQuota.length === 0) return undefined;
  const shares = monthShares(period);
  const rows: QuotaRow[] = withQuota.map((rep) => {
    const months = monthlyQuota(rep, period);
    const quotaToDate = sum(months.map((q, m) => q * (shares[m] as number)));
    const bookings = stats?.bookedByRep.get(rep.rep as string) ?? 0;
    const planned = plannedMonths(rep, period) !== undefined;
    return {
      rep: rep.rep as string,
      region: rep.region ?? null,
      annualQuota: rep.quota ?? sum(months),
      rampedQuota: sum(months),
      quotaToDate,
      bookings,
      attainment: quotaToDate > 0 ? bookings / quotaToDate : null,
      // A plan carries its ramp inside its months: the rep is ramping when the start date falls in the ramp window.
      ramping: planned ? rampingMonths(rep, period) : months.some((q) => q < (rep.quota as number) / 12 - 1e-9),
    };
  });
  const teamToDate = sum(rows.map((r) => r.quotaToDate));
  const teamBookings = sum(rows.map((r) => r.bookings));
  const team: QuotaRow = {
    rep: "",
    region: null,
    annualQuota: sum(rows.map((r) => r.annualQuota)),
    rampedQuota: sum(rows.map((r) => r.rampedQuota)),
    quotaToDate: teamToDate,
    bookings: teamBookings,
    attainment: teamToDate > 0 ? teamBookings / teamToDate : null,
    ramping: rows.some((r) => r.ramping),
  };
  const chart = barChart(
    rows.map((r) => ({ label: r.rep, kind: "data" as const, value: r.attainment ?? 0 })),
    { titleKey: "quotaAttainment", format: "percent", rtl, max: Math.max(1, ...rows.map((r) => r.attainment ?? 0)) },
  );
  return { rows, team, chart };
}
