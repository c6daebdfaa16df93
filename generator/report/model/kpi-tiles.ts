import type { MetricId } from "../../../shared/kpi/metrics.js";
import type { ModelContext } from "./context.js";
import { metricById } from "./metrics.js";
import type { KpiTile, PipelineSection, QuotaSection } from "./report-model.js";
import { openAtScope, periodScope } from "./scope.js";

/** The registry metrics shown as key figures, in this order, when the data computes them. */
const TILE_METRICS: readonly MetricId[] = [
  "revenue",
  "win_rate",
  "deal_size",
  "cycle",
  "pipeline",
  "customers",
  "clv",
  "cac",
  "ltv_cac",
];

/**
 * Key figures for the fiscal year to date, computed by the metric registry (the same computation a goal bound
 * to the metric gets), then attainment and coverage from their sections. Each tile carries its scope (the
 * fiscal year to date; customer value to date; the pipeline open now) and the formula that checks it.
 */
export function kpiTiles(
  ctx: ModelContext,
  quota: QuotaSection | undefined,
  pipeline: PipelineSection | undefined,
): KpiTile[] {
  const tiles: KpiTile[] = [];
  const window = { from: ctx.period.start, to: ctx.period.asOf };
  for (const id of TILE_METRICS) {
    const metric = metricById(id);
    const figure = metric?.compute(ctx, window);
    if (metric && figure) {
      tiles.push({
        id,
        labelKey: metric.labelKey,
        value: figure.value,
        format: metric.unit,
        scope: figure.scope,
        formulas: { value: figure.formula },
      });
    }
  }
  const attainment = quota?.team.attainment;
  if (attainment != null && quota)
    tiles.push({
      id: "attainment",
      labelKey: "quotaAttainment",
      value: attainment,
      format: "percent",
      scope: periodScope(window),
      formulas: { value: quota.team.formulas.attainment as string },
    });
  if (pipeline?.coverage != null)
    tiles.push({
      id: "coverage",
      labelKey: "coverage",
      value: pipeline.coverage,
      format: "ratio",
      scope: openAtScope(ctx.period.asOf),
      formulas: { value: pipeline.formulas.coverage as string },
    });
  return tiles;
}
