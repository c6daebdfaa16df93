/**
 * Which open deals need a manager's attention. Serial days throughout.
 *
 * - stalled: open longer than the typical won deal took to close (the median won cycle): a deal that has not
 *   closed by then is unlikely to be on the usual path. Age is whole days from Created to the as-of date.
 * - slipped: still open although its close date has passed. CRMs keep one close date per deal, the expected
 *   one while it is open, so an open deal's Closed date is its expected close date.
 */
export function dealAgeDays(created: number, asOf: number): number {
  return Math.floor(asOf) - Math.floor(created);
}

export function isStalled(created: number, asOf: number, typicalCycleDays: number): boolean {
  return dealAgeDays(created, asOf) > typicalCycleDays;
}

/** Days past the expected close date, or 0 when it has not passed (the as-of day itself is not late). */
export function daysLate(expectedClose: number, asOf: number): number {
  return Math.max(0, Math.floor(asOf) - Math.floor(expectedClose));
}

export function isSlipped(expectedClose: number, asOf: number): boolean {
  return daysLate(expectedClose, asOf) > 0;
}
