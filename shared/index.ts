/**
 * The Goalsheet library: the pure core both faces use. `excel` holds every Excel function by its Excel name.
 * Nothing here touches Office, the file system or the DOM.
 */

export { type BgnbdParams, expectedPurchases, expectedPurchasesNew, probabilityAlive } from "./clv/bgnbd.js";
export { type ClvFit, fitClv, MIN_REPEAT_CUSTOMERS } from "./clv/fit.js";
export { CLV_TIMINGS, type ClvTiming, clv } from "./clv/formula.js";
export { expectedSpend, type GammaGammaParams, populationMeanSpend } from "./clv/gammagamma.js";
export { type ClvOverview, type ClvPrediction, clvOverview, type PredictOptions, predictClv } from "./clv/predict.js";
export { CLV_TIME_UNITS, type ClvTimeUnit, type ClvTransaction, type CustomerSummary } from "./clv/summary.js";
export { type DateSystem, dateToSerial, parseIsoDate, serialToDate, serialToIso } from "./excel/dates.js";
export type { ExcelFunction, FunctionInfo } from "./excel/define.js";
export { type ExcelError, type ExcelErrorCode, excelError, isExcelError } from "./excel/errors.js";
export type { CellValue, ExcelResult, Matrix } from "./excel/values.js";
export { type ExcelFunctionName, excel, FUNCTIONS } from "./functions.js";
export { cac, cacPayback, ltvToCac } from "./kpi/acquisition.js";
export { activityPlan, dealsForRevenue, RATE_ORDERS, type RateOrder } from "./kpi/activity.js";
export { AVERAGES, type Average, averageOf, DEAL_SETS, type DealSet, dealSize, salesCycle } from "./kpi/deals.js";
export { cagr, growth } from "./kpi/growth.js";
export { attainment, PACING_THRESHOLDS, type Pacing, type PacingStatus, pacing, todaySerial } from "./kpi/pacing.js";
export { type PipelineCoverage, pipelineCoverage, salesVelocity, weightedPipeline } from "./kpi/pipeline.js";
export { churnRate, grossRevenueRetention, netRevenueRetention } from "./kpi/retention.js";
export { roundToTotal } from "./quota/largest-remainder.js";
export { RAMP_SCHEDULE, type Ramp, rampCapacity } from "./quota/ramp.js";
export { type QuotaSplitOptions, quotaSplit } from "./quota/split.js";
export { smartCheck } from "./smart/engine.js";
export { METRIC_LEXICON, type MetricEntry } from "./smart/metric-lexicon.js";
export { formatSmart, SMART_OUTPUTS, type SmartOutput, summaryOf } from "./smart/smartcheck.js";
export type { CriterionResult, Language as SmartLanguage, SmartOptions, SmartResult, Verdict } from "./smart/types.js";
export { classifyOutcome, type Outcome } from "./winrate/outcomes.js";
export { WIN_RATE_BASES, type WinRateBasis, winRate, winRateByGroup } from "./winrate/winrate.js";
