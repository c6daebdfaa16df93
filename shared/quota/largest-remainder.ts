/**
 * Largest-remainder (Hamilton) rounding: split `units` whole units among cells whose exact shares are `exact`
 * (in units, summing to `units` or a little more when a sub-unit remainder is kept aside). Each cell gets the floor
 * of its share; the units left over go one each to the cells with the largest fractional parts, so every cell ends
 * within one unit of its exact share and the parts add up to `units` exactly (docs/domain.md: 1,000,000 in three → 333,334
 * / 333,333 / 333,333; 50/30/20 of 7 → 4/2/1). Nothing is "dumped" on one cell.
 *
 * `bias` (optional, same length) is added to the fractional parts when ranking, so a caller rounding row by row can
 * favour the columns that earlier rows rounded down (error diffusion). Only cells with a positive fractional part
 * can receive a unit, so a cell whose exact share is whole (a rep with no capacity: 0) is never rounded up.
 * Ties go to the earlier cell, so results are deterministic.
 */
/** Reused between calls (QUOTASPLIT makes one per rep); the function is synchronous, so sharing is safe. */
let scratch = new Float64Array(64);

export function roundToTotal(exact: ArrayLike<number>, units: number, bias?: ArrayLike<number>): number[] {
  const n = exact.length;
  const parts = new Array<number>(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    // Shares are computed in floating point; a share within 1e-9 of a whole number is that whole number.
    const share = exact[i] as number;
    const nearest = Math.round(share);
    const floor = Math.abs(share - nearest) < 1e-9 ? nearest : Math.floor(share);
    parts[i] = floor;
    given += floor;
  }
  let left = units - given;
  if (left === 0) return parts;

  if (scratch.length < n) scratch = new Float64Array(Math.max(n, 2 * scratch.length));
  const ranks = scratch;
  for (let i = 0; i < n; i++) {
    const fractional = (exact[i] as number) - (parts[i] as number);
    ranks[i] = fractional > 1e-9 ? fractional + (bias ? (bias[i] as number) : 0) : Number.NEGATIVE_INFINITY;
  }
  // QUOTASPLIT calls this once per rep over ~12 periods: picking the best cell `left` times by a scan is cheaper
  // there than sorting. Large inputs (the rep totals) sort once instead.
  if (left > 0 && left * n <= 4096) {
    // Same order as the sort below (rank, then index), cycling if floating-point noise leaves more units than cells.
    // A taken cell's rank becomes NaN, which no comparison prefers; all taken → restore and go round again.
    for (let picked = 0; left > 0; left--, picked++) {
      if (picked === n) {
        for (let i = 0; i < n; i++) ranks[i] = Number.NEGATIVE_INFINITY;
        picked = 0;
      }
      let best = -1;
      for (let i = 0; i < n; i++) {
        const rank = ranks[i] as number;
        if (!Number.isNaN(rank) && (best < 0 || rank > (ranks[best] as number))) best = i;
      }
      ranks[best] = Number.NaN;
      parts[best] = (parts[best] as number) + 1;
    }
    return parts;
  }
  if (left > 0 && left <= n) {
    // Top `left` cells by rank, ties to the earlier cell, without a comparator sort: find the rank of the
    // left-th best with a native numeric sort, give a unit to every cell above it, then to cells at it in order.
    const threshold = ranks.slice(0, n).sort()[n - left] as number;
    for (let i = 0; i < n && left > 0; i++) {
      if ((ranks[i] as number) > threshold) {
        parts[i] = (parts[i] as number) + 1;
        left--;
      }
    }
    for (let i = 0; i < n && left > 0; i++) {
      if (ranks[i] === threshold) {
        parts[i] = (parts[i] as number) + 1;
        left--;
      }
    }
    return parts;
  }
  const order: number[] = [];
  for (let i = 0; i < n; i++) order.push(i);
  order.sort((a, b) => (ranks[b] as number) - (ranks[a] as number) || a - b);
  // Floating-point noise can leave more units than cells with a fractional part (or fewer): cycle the ranking
  // in the first case and take back from the lowest-ranked non-zero cells in the second, keeping the sum exact.
  for (let k = 0; left > 0; k = (k + 1) % n, left--) {
    const i = order[k] as number;
    parts[i] = (parts[i] as number) + 1;
  }
  for (let k = n - 1; left < 0; k = (k - 1 + n) % n) {
    const i = order[k] as number;
    if ((parts[i] as number) > 0) {
      parts[i] = (parts[i] as number) - 1;
      left++;
    }
  }
  return parts;
}
