import { CLVFIT, CLVPREDICT } from "../shared/clv/clvfit.js";
import { CLV } from "../shared/clv/formula.js";
import { valueError } from "../shared/excel/errors.js";
import type { ExcelResult } from "../shared/excel/values.js";
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
import { onDemand } from "./on-demand.js";

// SMARTCHECK's rules and words come with its first call (on-demand.ts): most of what functions.js would weigh.
const smartcheckModule = onDemand<typeof import("./smartcheck-on-demand.js")>("functions-smartcheck.js");

/**
 * SMARTCHECK as the add-in calls it: the core's, once its module is loaded. A call made while it loads waits
 * for it; a module that does not load is a #VALUE! that says so (the next calculation tries again).
 */
async function SMARTCHECK(...args: unknown[]): Promise<ExcelResult> {
  const loaded = await smartcheckModule().catch((cause: Error) => cause);
  if (loaded instanceof Error) return valueError(`SMARTCHECK ${loaded.message}; recalculate to try again`);
  return loaded.SMARTCHECK(...args);
}

/**
 * The core functions as functions.js calls them: shared/functions.ts's `excel`, with SMARTCHECK loaded on its
 * first call. A list of its own because Rollup keeps every property of an object it bundles: through the
 * core's `excel`, SMARTCHECK's nine languages would be back in functions.js. `satisfies` keeps it complete and
 * every other function the core's own.
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
} satisfies Omit<typeof everyFunction, "SMARTCHECK"> & Record<keyof typeof everyFunction, unknown>;
