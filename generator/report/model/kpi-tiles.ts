import type { WorkbookData } from "../workbook/data.js";
import { METRICS } from "./metrics.js";
import type { Period } from "./period.js";
import type { KpiTile, PipelineSection, QuotaSection } from "./report-model.js";

/** The registry metrics shown as tiles, in this order, when the data computes them. */
const TILE_METRICS = [
  "revenue",
  "win_rate",
  "deal_size",
  "cycle",
  "pipeline",
  "customers",
  "clv",
  "cac",
  "ltv_cac",
] as const;

/**
 * KPI tiles for the fiscal year to date, computed by the metric registry (the same computation a goal bound to
 * the metric gets), then attainment and coverage from their sections.
 */
export function kpiTiles(
  data: WorkbookData,
  period: Period,
  quota: QuotaSection | undefined,
  pipeline: PipelineSection | undefined,
): KpiTile[] {
  const tiles: KpiTile[] = [];
  const scope = { from: period.start, to: period.asOf };
  for (const id of TILE_METRICS) {
    const metric = METRICS.find((m) => m.id === id);
    const value = metric?.compute(data, scope);
    if (metric && value !== undefined && Number.isFinite(value))
      tiles.push({ id, labelKey: metric.labelKey, value, format: metric.format });
  }
  if (quota?.team.attainment != null)
    tiles.push({ id: "attainment", labelKey: "quotaAttainment", value: quota.team.attainment, format: "percent" });
  if (pipeline?.coverage != null)
    tiles.push({ id: "coverage", labelKey: "coverage", value: pipeline.coverage, format: "ratio" });
  return tiles;
}
