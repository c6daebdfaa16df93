import { bookingsChart } from "../charts/bookings.js";
import type { DealStats } from "./deal-stats.js";
import { isoOfSerial, monthIndexOfSerial, monthKey, type Period, serialOfMonth } from "./period.js";
import type { BookingsMonth, BookingsSection } from "./report-model.js";

/**
 * Bookings (won amount by close month) through the fiscal year against the team's monthly quota. Months after
 * the as-of date have a quota but no bookings yet. Shown when anything was booked or a quota exists.
 */
export function bookingsSection(
  stats: DealStats | undefined,
  monthlyQuota: readonly number[] | undefined,
  period: Period,
  rtl: boolean,
): BookingsSection | undefined {
  if (!stats || (stats.bookedInPeriod === 0 && monthlyQuota === undefined)) return undefined;
  const asOfMonth = monthIndexOfSerial(period.asOf);
  const months: BookingsMonth[] = Array.from({ length: 12 }, (_, m) => {
    const index = period.firstMonth + m;
    return {
      month: monthKey(index),
      date: isoOfSerial(serialOfMonth(index)),
      bookings: index <= asOfMonth ? (stats.bookedByMonth.get(index) ?? 0) : null,
      quota: monthlyQuota ? (monthlyQuota[m] as number) : null,
    };
  });
  return {
    months,
    total: stats.bookedInPeriod,
    quotaTotal: monthlyQuota ? monthlyQuota.reduce((s, q) => s + q, 0) : null,
    chart: bookingsChart(months, rtl),
  };
}
