import type { TimeMatch } from "./time.js";
import type { Verdict } from "./types.js";

/**
 * T: a deadline, a period or a cadence (docs/domain.md, SMART): dates, quarters, months, "within six months",
 * "by year-end", "this fiscal year", year over year (同比), "monthly"/"per week"/每月/شهريًا. A bare length
 * ("30 days") counts too, except when it is the measure of a duration metric ("a sales cycle of 30 days").
 */
export function judgeTimeBound(frames: readonly TimeMatch[]): { verdict: Verdict; frame?: TimeMatch } {
  const first = frames[0];
  return first === undefined ? { verdict: "fail" } : { verdict: "pass", frame: first };
}
