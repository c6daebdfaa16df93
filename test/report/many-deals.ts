import type { DealRecord } from "../../generator/report/workbook/contract.js";
import type { Located } from "../../generator/report/workbook/table.js";

/**
 * `n` synthetic deals over 250 reps, 40 regions, 75 competitors and 6 segments, in 2026: enough groups that
 * the report must aggregate (twelve largest per breakdown, the rest as one row). Shared by the size test and
 * the report-model benchmark.
 */
export function manyDeals(n: number): Located<DealRecord>[] {
  const outcomes = ["Won", "Lost", "Open", "No decision", "Open"];
  const stages = ["Qualification", "Discovery", "Proposal", "Negotiation"];
  const deals: Located<DealRecord>[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const outcome = outcomes[i % 5] as string;
    const created = 46_023 + (i % 170);
    deals[i] = {
      row: i + 2,
      id: `D-${i}`,
      rep: `Rep ${i % 250}`,
      region: `Region ${i % 40}`,
      segment: `Segment ${i % 6}`,
      stage: outcome === "Open" ? (stages[i % 4] as string) : `Closed ${outcome}`,
      amount: 1_000 + (i % 97) * 100,
      created,
      closed: outcome === "Open" ? undefined : created + 10 + (i % 60),
      outcome,
      competitor: `Competitor ${i % 75}`,
      lostAt: undefined,
    };
  }
  return deals;
}
