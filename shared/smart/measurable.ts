import type { Quantity, Verdict } from "./types.js";

/**
 * M: a quantity for the target or the change: a number, a percentage, an amount, a range or a factor word
 * (docs/domain.md, SMART). Numbers of dates and durations never reach this rule: findQuantities skips them.
 */
export function judgeMeasurable(quantities: readonly Quantity[]): { verdict: Verdict; quantity?: Quantity } {
  const first = quantities[0];
  return first === undefined ? { verdict: "fail" } : { verdict: "pass", quantity: first };
}
