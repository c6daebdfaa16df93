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
