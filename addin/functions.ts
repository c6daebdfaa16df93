/* eslint-disable */
// biome-ignore-all lint/suspicious/noExplicitAny: Excel passes ranges and returns values of any type.
// The JSDoc below is the registration: custom-functions-metadata turns it into functions.json at build time,
// and Excel shows it as help. Keep each wrapper one line: the logic lives in shared/. The CLV fits run on a
// worker (off-thread/), so they are async and cancelable; their results are the core's, unchanged. SMARTCHECK is
// async too: its rules load on its first call (core-functions.ts).
import { excel } from "./core-functions.js";
import { toExcel, toExcelRange } from "./excel-results.js";
import { runOffThread } from "./off-thread/clv.js";

/**
 * Win rate of deals as a fraction: won / (won + lost) by default, optionally weighted by amount.
 * @customfunction WINRATE
 * @param outcomes Deal results: Won, Lost, No decision (English, Chinese, Dutch or Arabic); other text is an open deal.
 * @param [amounts] Deal amounts, same size as outcomes, for a value-weighted rate.
 * @param [basis] "closed" won/(won+lost) (default), "broad" adds no decision, "created" divides by all deals.
 * @returns The win rate as a fraction (0.4 = 40%).
 */
export function winrate(outcomes: any[][], amounts?: any[][], basis?: string): any {
  return toExcel(excel.WINRATE(outcomes, amounts, basis));
}

/**
 * Win rate per group (rep, region, competitor, segment): spills group, win rate, won, lost, open, no decision.
 * @customfunction WINRATEBY
 * @param outcomes Deal results: Won, Lost, No decision; other text is an open deal.
 * @param groups The group of each deal (rep, region, segment…), same size as outcomes.
 * @param [amounts] Deal amounts, same size as outcomes, for value-weighted rates.
 * @param [basis] "closed" (default), "broad" or "created".
 * @returns One row per group in order of first appearance.
 */
export function winrateby(outcomes: any[][], groups: any[][], amounts?: any[][], basis?: string): any[][] {
  return toExcel(excel.WINRATEBY(outcomes, groups, amounts, basis));
}

/**
 * How each deal ended, as Goalsheet counts it: spills "won", "lost", "no decision" or "open" beside each outcome ("" for a blank), in any language Goalsheet knows.
 * @customfunction OUTCOME
 * @param outcomes Deal results: Won, Lost, No decision (Closed Won, 赢单, Gewonnen…); other text is an open deal.
 * @returns One word per outcome cell, in the same shape.
 */
export function outcome(outcomes: any[][]): any[][] {
  return toExcel(excel.OUTCOME(outcomes));
}

/**
 * Fits BG/NBD (purchases, P(alive)) and Gamma-Gamma (spend) to transactions; spills labelled parameters, log-likelihoods, customer counts and whether it converged.
 * @customfunction CLVFIT
 * @param customers The customer of each transaction (an id or name).
 * @param dates The date of each transaction (Excel dates or ISO text), same size as customers.
 * @param amounts The amount of each transaction (0 or more), same size as customers.
 * @param [time_unit] "days", "weeks" (default) or "months": the unit of recency, age and alpha.
 * @param [as_of] End of the history (calibration end); later dates are an error. Default: the latest date.
 * @param invocation Lets Excel cancel a fit whose inputs changed.
 * @returns 15 rows of label and value: r, alpha, a, b, p, q, gamma, log-likelihoods, counts, converged, message.
 */
export async function clvfit(
  customers: any[][],
  dates: any[][],
  amounts: any[][],
  time_unit?: string,
  as_of?: any,
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<any[][]> {
  return toExcel(await runOffThread("CLVFIT", [customers, dates, amounts, time_unit, as_of], invocation));
}

/**
 * Predictive CLV per customer (BG/NBD + Gamma-Gamma): a header, then customer, P(alive), expected purchases, expected spend per purchase, CLV.
 * @customfunction CLVPREDICT
 * @param customers The customer of each transaction (an id or name).
 * @param dates The date of each transaction (Excel dates or ISO text), same size as customers.
 * @param amounts The amount of each transaction (0 or more), same size as customers.
 * @param [horizon] How far ahead, in time units. Default: one year.
 * @param [discount_rate] Annual discount rate, applied month by month (default 0.1 = 10% a year).
 * @param [time_unit] "days", "weeks" (default) or "months".
 * @param [as_of] End of the history; later dates are an error. Default: the latest date.
 * @param invocation Lets Excel cancel a prediction whose inputs changed.
 * @returns A header row, then one row per customer in order of first purchase.
 */
export async function clvpredict(
  customers: any[][],
  dates: any[][],
  amounts: any[][],
  horizon?: number,
  discount_rate?: number,
  time_unit?: string,
  as_of?: any,
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<any[][]> {
  const args = [customers, dates, amounts, horizon, discount_rate, time_unit, as_of];
  return toExcel(await runOffThread("CLVPREDICT", args, invocation));
}

/**
 * Customer lifetime value from retention: margin per period kept while the customer stays, discounted.
 * @customfunction CLV
 * @param value_per_period Revenue per customer per period (ARPA), e.g. monthly.
 * @param churn_rate Share of customers lost per period (0.02 = 2%); retention is 1 − churn.
 * @param [gross_margin] Gross margin as a fraction (0.8 = 80%); default 1.
 * @param [discount_rate] Discount rate per period (0.01 = 1%); default 0.
 * @param [periods] Horizon in whole periods; omitted = unlimited.
 * @param [timing] "end" m/(1+d−r) (default; = value × margin / churn without discount), "start" m(1+d)/(1+d−r), "gupta lehmann" m·r/(1+d−r).
 * @returns The lifetime value per customer.
 */
export function clv(
  value_per_period: number,
  churn_rate: number,
  gross_margin?: number,
  discount_rate?: number,
  periods?: number,
  timing?: string,
): any {
  return toExcel(excel.CLV(value_per_period, churn_rate, gross_margin, discount_rate, periods, timing));
}

/**
 * Splits a team target into rep × period quotas by weight, seasonality and ramp, rounded by largest remainder; rows and the grand total are exact.
 * @customfunction QUOTASPLIT
 * @param total The team target to split (e.g. the annual quota).
 * @param weights One weight per rep (last year's sales, capacity, territory potential); not negative.
 * @param [seasonality] Period weights (a row of 12 months, 4 quarters…) or a number N of equal periods; default one period.
 * @param [ramp] Reps × periods capacities 0–1 (blank = 0: none that period), or a column of start periods (25/50/75% then 100%; blank or 0 = fully ramped); with one period a column holds capacities. What a ramping rep lacks goes to the others in that period.
 * @param [unit] Rounding unit, e.g. 1000; default 1.
 * @param [cushion] Over-assignment factor: 1.15 assigns 115% of total; default 1.
 * @returns One row per rep, one column per period.
 */
export function quotasplit(
  total: number,
  weights: any[][],
  seasonality?: any[][],
  ramp?: any[][],
  unit?: number,
  cushion?: number,
): any[][] {
  return toExcel(excel.QUOTASPLIT(total, weights, seasonality, ramp, unit, cushion));
}

/**
 * Growth as a fraction: (to − from) / from.
 * @customfunction GROWTH
 * @param from The starting value (e.g. last year's revenue).
 * @param to The ending value (e.g. this year's revenue).
 * @returns The growth rate (0.2 = 20%).
 */
export function growth(from: number, to: number): any {
  return toExcel(excel.GROWTH(from, to));
}

/**
 * Compound growth rate per period: (to / from)^(1 / periods) − 1.
 * @customfunction CAGR
 * @param from The starting value.
 * @param to The ending value.
 * @param [periods] Periods between from and to (e.g. years); default 1.
 * @returns The compound growth rate per period.
 */
export function cagr(from: number, to: number, periods?: number): any {
  return toExcel(excel.CAGR(from, to, periods));
}

/**
 * Churn rate: customers lost in the period / customers at its start.
 * @customfunction CHURNRATE
 * @param start_count Customers at the start of the period.
 * @param lost_count Of those, customers lost during the period.
 * @returns The churn rate as a fraction (0.02 = 2%).
 */
export function churnrate(start_count: number, lost_count: number): any {
  return toExcel(excel.CHURNRATE(start_count, lost_count));
}

/**
 * Net revenue retention: (start + expansion − contraction − churned) / start.
 * @customfunction NRR
 * @param start_revenue Recurring revenue (MRR/ARR) of the customers at the start of the period.
 * @param expansion Upsell and cross-sell revenue from those customers.
 * @param contraction Revenue lost to downgrades (not to churn).
 * @param churned Revenue lost from customers who left.
 * @returns NRR as a fraction (1.07 = 107%).
 */
export function nrr(start_revenue: number, expansion: number, contraction: number, churned: number): any {
  return toExcel(excel.NRR(start_revenue, expansion, contraction, churned));
}

/**
 * Gross revenue retention: (start − contraction − churned) / start, at most 1.
 * @customfunction GRR
 * @param start_revenue Recurring revenue (MRR/ARR) of the customers at the start of the period.
 * @param contraction Revenue lost to downgrades (not to churn).
 * @param churned Revenue lost from customers who left.
 * @returns GRR as a fraction (0.92 = 92%).
 */
export function grr(start_revenue: number, contraction: number, churned: number): any {
  return toExcel(excel.GRR(start_revenue, contraction, churned));
}

/**
 * Customer acquisition cost: sales & marketing spend / new customers.
 * @customfunction CAC
 * @param spend Sales and marketing spend in the period.
 * @param new_customers New customers won in the same period.
 * @returns The cost per new customer.
 */
export function cac(spend: number, new_customers: number): any {
  return toExcel(excel.CAC(spend, new_customers));
}

/**
 * LTV:CAC ratio: lifetime value / acquisition cost (above 3 is the usual guide).
 * @customfunction LTVCAC
 * @param ltv Customer lifetime value, e.g. from GOALS.CLV.
 * @param cac Customer acquisition cost (spend per new customer).
 * @returns The ratio (4 = 4:1).
 */
export function ltvcac(ltv: number, cac: number): any {
  return toExcel(excel.LTVCAC(ltv, cac));
}

/**
 * CAC payback in months: CAC / (monthly ARPA × gross margin).
 * @customfunction CACPAYBACK
 * @param cac Customer acquisition cost (spend per new customer).
 * @param arpa Average revenue per account per month.
 * @param [gross_margin] Gross margin as a fraction (0.8 = 80%); default 1.
 * @returns Months until the margin repays the acquisition cost.
 */
export function cacpayback(cac: number, arpa: number, gross_margin?: number): any {
  return toExcel(excel.CACPAYBACK(cac, arpa, gross_margin));
}

/**
 * Average sales cycle in days from created to closed date, over won deals by default (mean or median).
 * @customfunction SALESCYCLE
 * @param created_dates Date each deal was created (Excel date or ISO text).
 * @param closed_dates Date each deal closed, same size; open deals (blank) are skipped.
 * @param [outcomes] Deal results (Won, Lost…), same size; only won deals count by default.
 * @param [deals] Which deals count when outcomes are given: "won" (default), "closed" (won + lost) or "all".
 * @param [average] "mean" (default) or "median".
 * @returns The average cycle in days.
 */
export function salescycle(
  created_dates: any[][],
  closed_dates: any[][],
  outcomes?: any[][],
  deals?: string,
  average?: string,
): any {
  return toExcel(excel.SALESCYCLE(created_dates, closed_dates, outcomes, deals, average));
}

/**
 * Average deal size: the mean (or median) amount of won deals, or of all amounts without outcomes.
 * @customfunction DEALSIZE
 * @param amounts Deal amounts; blank cells are skipped.
 * @param [outcomes] Deal results (Won, Lost…), same size; only won deals count by default.
 * @param [deals] Which deals count when outcomes are given: "won" (default), "closed" (won + lost) or "all".
 * @param [average] "mean" (default) or "median".
 * @returns The average deal amount.
 */
export function dealsize(amounts: any[][], outcomes?: any[][], deals?: string, average?: string): any {
  return toExcel(excel.DEALSIZE(amounts, outcomes, deals, average));
}

/**
 * Weighted pipeline forecast: the sum of each deal's amount × its stage's probability.
 * @customfunction WEIGHTEDPIPELINE
 * @param amounts Open deal amounts.
 * @param stages Each deal's stage, same size as amounts.
 * @param stage_table Two columns: stage name and win probability (0.5 or 50%).
 * @returns The probability-weighted pipeline value.
 */
export function weightedpipeline(amounts: any[][], stages: any[][], stage_table: any[][]): any {
  return toExcel(excel.WEIGHTEDPIPELINE(amounts, stages, stage_table));
}

/**
 * Pipeline coverage: open pipeline / remaining target; with a win rate, spills coverage, coverage needed (1 / win rate) and expected attainment (coverage × win rate).
 * @customfunction PIPECOVERAGE
 * @param pipeline Open pipeline value.
 * @param remaining_target Target still to close in the period.
 * @param [win_rate] Win rate as a fraction (0.25 = 25%), e.g. GOALS.WINRATE.
 * @returns Coverage (3 = 3.0×); with a win rate, a row: coverage, coverage needed, expected attainment.
 */
export function pipecoverage(pipeline: number, remaining_target: number, win_rate?: number): any[][] {
  return toExcel(excel.PIPECOVERAGE(pipeline, remaining_target, win_rate));
}

/**
 * Sales velocity, revenue per day: opportunities × deal size × win rate / sales cycle days.
 * @customfunction VELOCITY
 * @param opportunities Open opportunities in the pipeline.
 * @param deal_size Average deal size, e.g. GOALS.DEALSIZE.
 * @param win_rate Win rate as a fraction (0.25 = 25%), e.g. GOALS.WINRATE.
 * @param cycle_days Average sales cycle in days, e.g. GOALS.SALESCYCLE.
 * @returns Revenue per day.
 */
export function velocity(opportunities: number, deal_size: number, win_rate: number, cycle_days: number): any {
  return toExcel(excel.VELOCITY(opportunities, deal_size, win_rate, cycle_days));
}

/**
 * Back-solves a target through stage conversion rates and spills the count needed at each stage, beside each rate.
 * @customfunction ACTIVITYPLAN
 * @param target Deals needed; or revenue needed when deal_size is given.
 * @param conversion_rates Stage conversion rates (0.4 = 40%), a column or a row.
 * @param [deal_size] Average deal size, to turn a revenue target into deals.
 * @param [order] "close first" (default): the first rate turns the last stage into deals; "top first": funnel order.
 * @returns The count needed at each stage, in the rates' order and orientation.
 */
export function activityplan(target: number, conversion_rates: any[][], deal_size?: number, order?: string): any[][] {
  return toExcel(excel.ACTIVITYPLAN(target, conversion_rates, deal_size, order));
}

/**
 * Attainment: actual / target as a fraction (1 = 100%; above 1 when the target is beaten).
 * @customfunction ATTAINMENT
 * @param actual The value reached so far.
 * @param target The goal's target value.
 * @returns Attainment as a fraction.
 */
export function attainment(actual: number, target: number): any {
  return toExcel(excel.ATTAINMENT(actual, target));
}

/**
 * Pacing against a straight line from start to deadline: spills the value expected by now and a status: "on track" (at least 100% of expected), "at risk" (90–100%) or "behind" (below 90%).
 * @customfunction PACING
 * @param actual The value reached so far.
 * @param target The goal's target value.
 * @param start Start of the goal period (Excel date or ISO text).
 * @param deadline Deadline of the goal (Excel date or ISO text).
 * @param [as_of] Date to measure at; default today (the cell recalculates as the date changes).
 * @returns A row: expected value by now, status.
 */
export function pacing(actual: number, target: number, start: any, deadline: any, as_of?: any): any[][] {
  return toExcel(excel.PACING(actual, target, start, deadline, as_of));
}

/**
 * Checks a goal statement against SMART in its own language (nine languages, from English to Japanese) and says what to fix.
 * @customfunction SMARTCHECK
 * @param goal The goal statement, e.g. "Increase sales by 20% by the end of Q3."
 * @param [baseline] The metric's current value, for the achievability check (A).
 * @param [history] Past period values of the metric, oldest first; A compares the required change with them.
 * @param [output] "summary" (default: one cell), "score" (0–5) or "table" (spills criterion, verdict, reason).
 * @param [objectives] Metric names the organisation cares about; R then requires the goal's metric among them.
 * @returns A one-cell summary, the score, or a 5-row table.
 */
export async function smartcheck(
  goal: any,
  baseline?: number,
  history?: any[][],
  output?: string,
  objectives?: any[][],
): Promise<any[][]> {
  return toExcelRange(await excel.SMARTCHECK(goal, baseline, history, output, objectives));
}
