import type { PacingStatus } from "./report-model.js";

/** Progress at or above this share of the expected progress is "at risk" rather than "behind". */
export const AT_RISK_FROM = 0.8;

/**
 * Pacing (DOMAIN.md: attainment compared with the share of the period elapsed). On track when progress keeps
 * up with elapsed time, at risk within 80% of it, behind below; once the deadline has passed the goal is
 * achieved or missed. Kept here, thin, until the KPI core's pacing lands in shared/kpi.
 */
export function pacingStatus(progress: number | null, elapsed: number, deadlinePassed: boolean): PacingStatus {
  if (progress === null) return "unknown";
  if (progress >= 1) return "achieved";
  if (deadlinePassed) return "missed";
  if (elapsed <= 0) return "onTrack";
  const pace = progress / elapsed;
  return pace >= 1 ? "onTrack" : pace >= AT_RISK_FROM ? "atRisk" : "behind";
}
