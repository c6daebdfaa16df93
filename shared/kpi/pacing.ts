import { dateToSerial, serialToIso } from "../excel/dates.js";
import { defineFunction } from "../excel/define.js";
import { type ExcelError, isExcelError, valueError } from "../excel/errors.js";
import { dateParam, numberParam, optional } from "../excel/params.js";
import { firstFailure, nonZeroDivisor, notNegative, positive } from "./rules.js";

/**
 * Attainment = actual / target. Pacing compares it with the share of the period elapsed (docs/domain.md): a goal due at
 * `deadline` and started at `start` should, on a straight line, stand at target × elapsed share by `asOf`.
 *
 * Status thresholds, on pace = actual / expected by now:
 * - "on track": pace ≥ 100%, or the target is already reached, or nothing is expected yet (before the start);
 * - "at risk":  90% ≤ pace < 100% (one good week closes the gap);
 * - "behind":   pace < 90%.
 */
export const PACING_THRESHOLDS = { onTrack: 1, atRisk: 0.9 } as const;
export type PacingStatus = "on track" | "at risk" | "behind";

export interface Pacing {
  /** What a straight line from 0 at start to target at deadline reaches by asOf. */
  expected: number;
  /** Share of the period elapsed, 0–1. */
  elapsed: number;
  /** actual / expected; undefined before anything is expected. */
  pace: number | undefined;
  status: PacingStatus;
}

export function attainment(actual: number, target: number): number | ExcelError {
  const invalid = firstFailure(
    notNegative("target", target),
    nonZeroDivisor("target", target, "there is nothing to attain"),
  );
  return invalid ?? actual / target;
}

/** Dates are Excel serials (1900 system); use dateParam or isoToSerial for text. */
export function pacing(
  actual: number,
  target: number,
  start: number,
  deadline: number,
  asOf: number,
): Pacing | ExcelError {
  const invalid = firstFailure(
    positive("target", target),
    deadline > start
      ? undefined
      : valueError(`deadline must be after start (${serialToIso(start)}), got ${serialToIso(deadline)}`),
  );
  if (invalid) return invalid;
  const elapsed = Math.min(1, Math.max(0, (asOf - start) / (deadline - start)));
  const expected = target * elapsed;
  const pace = expected > 0 ? actual / expected : undefined;
  return { expected, elapsed, pace, status: paceStatus(actual, expected, target) };
}

/**
 * The status for a value against what was expected of it by now, with the thresholds above. Exported apart
 * from `pacing` because the expected value is not always a straight line: a ramped, seasonal quota due to date
 * is judged by the same rule (the report's verdict and per-rep view do).
 */
export function paceStatus(actual: number, expected: number, target: number): PacingStatus {
  const pace = expected > 0 ? actual / expected : undefined;
  if (pace === undefined || actual >= target || pace >= PACING_THRESHOLDS.onTrack) return "on track";
  return pace >= PACING_THRESHOLDS.atRisk ? "at risk" : "behind";
}

/** Today's date as a 1900-system serial, in the local calendar (what TODAY() gives in Excel). */
export function todaySerial(now: Date = new Date()): number {
  return dateToSerial(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

const actualParam = numberParam("actual", { description: "The value reached so far." });
const targetParam = numberParam("target", { description: "The goal's target value." });

export const ATTAINMENT = defineFunction({
  name: "ATTAINMENT",
  description: "Attainment: actual / target as a fraction (1 = 100%; above 1 when the target is beaten).",
  result: "value",
  params: [actualParam, targetParam],
  example: { formula: "=GOALS.ATTAINMENT(862500, 750000)", result: "1.15" },
  impl: (actual, target) => attainment(actual, target),
});

export const PACING = defineFunction({
  name: "PACING",
  description:
    'Pacing against a straight line from start to deadline: spills the value expected by now and a status, "on track" (at least 100% of expected), "at risk" (90–100%) or "behind" (below 90%).',
  result: "spill",
  // as_of defaults to today: like TODAY(), the cell must recalculate when the date changes.
  volatile: true,
  params: [
    actualParam,
    targetParam,
    dateParam("start", { description: "Start of the goal period (Excel date or ISO text)." }),
    dateParam("deadline", { description: "Deadline of the goal (Excel date or ISO text)." }),
    optional(
      dateParam("as_of", {
        description: "Date to measure at; default today (the cell recalculates as the date changes).",
      }),
      undefined,
    ),
  ],
  example: {
    formula: '=GOALS.PACING(400000, 1000000, "2026-01-01", "2026-12-31", "2026-07-02")',
    result: "500000 | behind",
  },
  impl: (actual, target, start, deadline, asOf) => {
    const result = pacing(actual, target, start, deadline, asOf ?? todaySerial());
    if (isExcelError(result)) return result;
    return [[result.expected, result.status]];
  },
});
