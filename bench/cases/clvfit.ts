/**
 * CLV fitting speed (issue 7): a CDNOW-sized fit (2,357 customers, 39 weeks) must take ≤ 1 s and a
 * 100,000-customer fit ≤ 10 s, both BG/NBD and Gamma-Gamma from raw transactions. The data are simulated
 * from the published CDNOW estimates so no outside file is needed; set GOALSHEET_CDNOW to the CDNOW sample's
 * path to time the real file too. The baseline is summarising the same transactions (one pass over the data),
 * so the ratio shows what the optimisation itself costs.
 */
import { readFileSync } from "node:fs";
import { CALIBRATION_END, parseCdnow } from "../../scripts/validate-cdnow.js";
import { fitClv } from "../../shared/clv/fit.js";
import { type ClvTransaction, summarise } from "../../shared/clv/summary.js";
import { isoToSerial } from "../../shared/excel/dates.js";
import { simulateTransactions } from "../../test/support/clv-simulate.js";
import { type BenchCase, type BenchMeasure, timeMedian } from "../types.js";

const CDNOW_BG = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const CDNOW_GG = { p: 6.25, q: 3.74, gamma: 15.44 };

/** Like CDNOW: first purchases over the first 12 weeks of 1997, observed through 1997-09-30, days in the log. */
function cdnowLike(customers: number, seed: number): ClvTransaction[] {
  return simulateTransactions({
    seed,
    customers,
    bg: CDNOW_BG,
    gg: CDNOW_GG,
    startSerial: isoToSerial("1997-01-01") as number,
    firstPurchaseDays: 84,
    days: 272,
    unitDays: 7,
  });
}

async function measureFit(
  label: string,
  rows: ClvTransaction[],
  budgetMs: number,
  repeats: number,
  asOf?: number,
): Promise<BenchMeasure> {
  const options =
    asOf === undefined
      ? { timeUnit: "weeks" as const }
      : { timeUnit: "weeks" as const, asOf, later: "ignore" as const };
  const fit = fitClv(rows, options);
  const converged = !("error" in fit) && fit.converged;
  const value = await timeMedian(() => fitClv(rows, options), repeats, repeats > 1 ? 1 : 0);
  const baseline = await timeMedian(() => summarise(rows, options), Math.max(repeats, 3), 1);
  return {
    label,
    value,
    unit: "ms",
    baseline: { label: "summarising the same transactions", value: baseline },
    budget: { text: `<= ${budgetMs} ms`, met: value <= budgetMs && converged },
    notes: converged ? `${rows.length} transactions; converged` : "the fit did NOT converge",
  };
}

export const cases: BenchCase[] = [
  {
    name: "CLV fit (BG/NBD + Gamma-Gamma)",
    async run() {
      const measures = [
        await measureFit("CLV fit, 2,357 simulated CDNOW-like customers", cdnowLike(2357, 1997), 1000, 5),
        await measureFit("CLV fit, 100,000 simulated customers", cdnowLike(100_000, 2005), 10_000, 1),
      ];
      const real = process.env.GOALSHEET_CDNOW;
      if (real) {
        const rows = parseCdnow(readFileSync(real, "utf8"));
        measures.push(
          await measureFit("CLV fit, the real CDNOW sample (calibration 39 weeks)", rows, 1000, 5, CALIBRATION_END),
        );
      }
      return measures;
    },
  },
];
