import { CLVFIT, CLVPREDICT } from "../shared/clv/clvfit.js";
import { CLV } from "../shared/clv/formula.js";
import type { excel as everyFunction } from "../shared/functions.js";
import { CAC, CACPAYBACK, LTVCAC } from "../shared/kpi/acquisition.js";
import { ACTIVITYPLAN } from "../shared/kpi/activity.js";
import { DEALSIZE, SALESCYCLE } from "../shared/kpi/deals.js";
import { CAGR, GROWTH } from "../shared/kpi/growth.js";
import { ATTAINMENT, PACING } from "../shared/kpi/pacing.js";
import { PIPECOVERAGE, VELOCITY, WEIGHTEDPIPELINE } from "../shared/kpi/pipeline.js";
import { CHURNRATE, GRR, NRR } from "../shared/kpi/retention.js";
import { QUOTASPLIT } from "../shared/quota/quotasplit.js";
import { OUTCOME } from "../shared/winrate/outcomes.js";
import { WINRATE, WINRATEBY } from "../shared/winrate/winrate.js";

/**
 * The functions functions.js computes in place: shared/functions.ts's `excel` without SMARTCHECK, which comes on
 * its first call (on-demand.ts). A list of its own because Rollup keeps every property of an object it bundles:
 * through `excel`, SMARTCHECK's nine languages would be back in functions.js. `satisfies` keeps it complete.
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
} satisfies Omit<typeof everyFunction, "SMARTCHECK">;
