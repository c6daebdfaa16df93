import { CLVFIT, CLVPREDICT } from "./clv/clvfit.js";
import { CLV } from "./clv/formula.js";
import type { ExcelFunction } from "./excel/define.js";
import { CAC, CACPAYBACK, LTVCAC } from "./kpi/acquisition.js";
import { ACTIVITYPLAN } from "./kpi/activity.js";
import { DEALSIZE, SALESCYCLE } from "./kpi/deals.js";
import { CAGR, GROWTH } from "./kpi/growth.js";
import { ATTAINMENT, PACING } from "./kpi/pacing.js";
import { PIPECOVERAGE, VELOCITY, WEIGHTEDPIPELINE } from "./kpi/pipeline.js";
import { CHURNRATE, GRR, NRR } from "./kpi/retention.js";
import { QUOTASPLIT } from "./quota/quotasplit.js";
import { SMARTCHECK } from "./smart/smartcheck.js";
import { OUTCOME } from "./winrate/outcomes.js";
import { WINRATE, WINRATEBY } from "./winrate/winrate.js";

/**
 * Every Excel function by its Excel name: `excel.WINRATE(...)` in Node is exactly what `=GOALS.WINRATE(...)`
 * computes in a cell (same arguments, same results, errors as `{ error, message }` values).
 * Add a function here and a one-line JSDoc wrapper in addin/functions.ts; a test checks the two agree.
 */
export const excel = {
  WINRATE,
  WINRATEBY,
  OUTCOME,
  CLVFIT,
  CLVPREDICT,
  CLV,
  QUOTASPLIT,
  GROWTH,
  CAGR,
  CHURNRATE,
  NRR,
  GRR,
  CAC,
  LTVCAC,
  CACPAYBACK,
  SALESCYCLE,
  DEALSIZE,
  WEIGHTEDPIPELINE,
  PIPECOVERAGE,
  VELOCITY,
  ACTIVITYPLAN,
  ATTAINMENT,
  PACING,
  SMARTCHECK,
} satisfies Record<string, ExcelFunction>;

export type ExcelFunctionName = keyof typeof excel;

export const FUNCTIONS: readonly ExcelFunction[] = Object.values(excel);
