import { bookingsChart } from "../charts/bookings.js";
import type { ModelContext } from "./context.js";
import type { DealStats } from "./deal-stats.js";
import { type Figure, formula, sumproduct } from "./formulas.js";
import { isoOfSerial, monthIndexOfSerial, monthKey, serialOfMonth } from "./period.js";
import type { BookingsMonth, BookingsSection } from "./report-model.js";
import type { Window } from "./scope.js";

/**
 * Bookings (won amount by close month) through the fiscal year against the team's monthly quota. Months after
 * the as-of date have a quota but no bookings yet. Shown when anything was booked or a quota exists.
 */
export function bookingsSection(
  ctx: ModelContext,
  stats: DealStats | undefined,
  teamQuota: { readonly months: readonly Figure[]; readonly year: Figure } | undefined,
): BookingsSection | undefined {
  if (!stats || (stats.bookedInPeriod === 0 && teamQuota === undefined)) return undefined;
  const { book, period } = ctx;
  const asOfMonth = monthIndexOfSerial(period.asOf);
  const booked = (w: Window) =>
    formula(sumproduct(book.col("deals", "amount"), book.outcomeIs("won"), book.within("deals", "closed", w)));
  const months: BookingsMonth[] = Array.from({ length: 12 }, (_, m) => {
    const index = period.firstMonth + m;
    const quota = teamQuota?.months[m];
    const window = { from: serialOfMonth(index), to: Math.min(serialOfMonth(index + 1) - 1, period.asOf) };
    return {
      month: monthKey(index),
      date: isoOfSerial(serialOfMonth(index)),
      bookings: index <= asOfMonth ? (stats.bookedByMonth.get(index) ?? 0) : null,
      quota: quota ? quota.value : null,
      formulas: {
        ...(index <= asOfMonth ? { bookings: booked(window) } : {}),
        ...(quota ? { quota: quota.formula } : {}),
      },
    };
  });
  return {
    months,
    total: stats.bookedInPeriod,
    quotaTotal: teamQuota?.year.value ?? null,
    chart: bookingsChart(months, ctx.rtl),
    formulas: {
      total: booked({ from: period.start, to: period.asOf }),
      ...(teamQuota ? { quotaTotal: teamQuota.year.formula } : {}),
    },
  };
}
