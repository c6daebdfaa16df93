/**
 * The one mean, median and quantile of the project: =GOALS.SALESCYCLE and =GOALS.DEALSIZE average with them,
 * and the report's distributions (mean, quartiles) are built from them, so a median in a cell and in the report
 * cannot differ. Quantiles interpolate between order statistics as Excel's PERCENTILE.INC and QUARTILE.INC do
 * (docs/domain.md, "Averages"), so a finance user can check any of them with =PERCENTILE.INC.
 */

/** Sum / count; NaN for no values (callers decide what an empty list means). */
export function mean(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i] as number;
  return total / values.length;
}

/** PERCENTILE.INC(values, q) of values already sorted ascending; NaN for none. */
export function quantileOfSorted(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] as number;
  return a + ((sorted[high] as number) - a) * (position - low);
}

/** Ascending copy as a typed array: numeric order (a plain array's sort() compares text), no spread. */
export const sortedCopy = (values: ArrayLike<number>): Float64Array => Float64Array.from(values).sort();

/** MEDIAN(values): the middle value, or the mean of the middle two. */
export const median = (values: ArrayLike<number>): number => quantileOfSorted(sortedCopy(values), 0.5);

/** What the report shows of a list of values (days of a sales cycle, deal amounts). */
export interface Distribution {
  readonly count: number;
  readonly mean: number;
  readonly median: number;
  readonly p25: number;
  readonly p75: number;
}

export function distributionOf(values: ArrayLike<number>): Distribution | undefined {
  if (values.length === 0) return undefined;
  const sorted = sortedCopy(values);
  return {
    count: sorted.length,
    // Summed in the given order, as the cell's mean is, so both agree to the last bit.
    mean: mean(values),
    median: quantileOfSorted(sorted, 0.5),
    p25: quantileOfSorted(sorted, 0.25),
    p75: quantileOfSorted(sorted, 0.75),
  };
}
