/* eslint-disable */
// biome-ignore-all lint/suspicious/noExplicitAny: Excel passes ranges and returns values of any type.
// The JSDoc below is the registration: custom-functions-metadata turns it into functions.json at build time,
// and Excel shows it as help. Keep each wrapper one line: the logic lives in shared/.
import { excel } from "../shared/functions.js";
import { toExcel } from "./excel-results.js";

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
 * Fits BG/NBD (purchases, P(alive)) and Gamma-Gamma (spend) to transactions; spills labelled parameters, log-likelihoods, customer counts and whether it converged.
 * @customfunction CLVFIT
 * @param customers The customer of each transaction (an id or name).
 * @param dates The date of each transaction (Excel dates or ISO text), same size as customers.
 * @param amounts The amount of each transaction (0 or more), same size as customers.
 * @param [time_unit] "days", "weeks" (default) or "months": the unit of recency, age and alpha.
 * @param [as_of] End of the history (calibration end); later dates are an error. Default: the latest date.
 * @returns 15 rows of label and value: r, alpha, a, b, p, q, gamma, log-likelihoods, counts, converged, message.
 */
export function clvfit(customers: any[][], dates: any[][], amounts: any[][], time_unit?: string, as_of?: any): any[][] {
  return toExcel(excel.CLVFIT(customers, dates, amounts, time_unit, as_of));
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
 * @returns A header row, then one row per customer in order of first purchase.
 */
export function clvpredict(
  customers: any[][],
  dates: any[][],
  amounts: any[][],
  horizon?: number,
  discount_rate?: number,
  time_unit?: string,
  as_of?: any,
): any[][] {
  return toExcel(excel.CLVPREDICT(customers, dates, amounts, horizon, discount_rate, time_unit, as_of));
}
