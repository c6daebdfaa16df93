import { isExcelError } from "../../../shared/excel/errors.js";
import { pacing } from "../../../shared/kpi/pacing.js";
import type { PacingStatus } from "./report-model.js";

const STATUS = { "on track": "onTrack", "at risk": "atRisk", behind: "behind" } as const;

/**
 * A goal's pacing status, from the KPI core's pacing (=GOALS.PACING: progress against the straight line from
 * start to deadline; at risk from 90% of the expected progress). Progress is measured from the baseline, so
 * the core sees progress against a target of 1. Once the target is reached the goal is achieved; once the
 * deadline has passed without it, missed. No progress, or dates the core rejects, give "unknown".
 */
export function pacingStatus(
  progress: number | null,
  start: number,
  deadline: number,
  asOf: number,
): { status: PacingStatus; elapsed: number | null } {
  const paced = pacing(progress ?? 0, 1, start, deadline, asOf);
  const elapsed = isExcelError(paced) ? null : paced.elapsed;
  if (progress === null || isExcelError(paced)) return { status: "unknown", elapsed };
  if (progress >= 1) return { status: "achieved", elapsed };
  if (asOf >= deadline) return { status: "missed", elapsed };
  return { status: STATUS[paced.status], elapsed };
}
