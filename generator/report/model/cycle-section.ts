import { BLANK_GROUP, type DealStats } from "./deal-stats.js";
import type { CycleSection, Distribution } from "./report-model.js";
import { MAX_GROUPS } from "./win-rate-section.js";

/** Quantile with linear interpolation between order statistics (Excel's PERCENTILE.INC). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (position - low);
}

export function distribution(values: readonly number[]): Distribution | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  let total = 0;
  for (const v of sorted) total += v;
  return {
    count: sorted.length,
    mean: total / sorted.length,
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
  };
}

/** Sales cycle (days from Created to Closed) and deal size of won deals, with the mean size per segment. */
export function cycleSection(stats: DealStats | undefined): CycleSection | undefined {
  if (!stats || stats.wonAmounts.length + stats.cycleDays.length === 0) return undefined;
  const bySegment = [...stats.sizeBySegment]
    .filter(([name]) => name !== BLANK_GROUP || stats.sizeBySegment.size > 1)
    .sort((a, b) => b[1].deals - a[1].deals || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_GROUPS)
    .map(([name, s]) => ({
      label: name === BLANK_GROUP ? "" : name,
      kind: name === BLANK_GROUP ? ("blank" as const) : ("data" as const),
      deals: s.deals,
      meanSize: s.total / s.deals,
    }));
  return { cycleDays: distribution(stats.cycleDays), dealSize: distribution(stats.wonAmounts), bySegment };
}
