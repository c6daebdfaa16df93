import { isExcelError } from "../../shared/excel/errors.js";
import type { CellValue, Matrix } from "../../shared/excel/values.js";
import { winRateByGroup } from "../../shared/winrate/winrate.js";
import type { DealRecord } from "../workbook/contract.js";
import { type RateRow, rateOrNull, type WinRateSection } from "./report-model.js";

/** Win rate overall and per rep, computed with the same core as =GOALS.WINRATEBY. */
export function winRateSection(deals: readonly DealRecord[], allLabel: string): WinRateSection | undefined {
  if (deals.length === 0) return undefined;
  const outcomes: Matrix = deals.map((d) => [(d.outcome ?? null) as CellValue]);
  const everyone: Matrix = deals.map(() => [allLabel]);
  const reps: Matrix = deals.map((d) => [d.rep ?? null]);
  const overall = winRateByGroup(outcomes, everyone, undefined, "closed");
  const byRep = winRateByGroup(outcomes, reps, undefined, "closed");
  if (isExcelError(overall) || isExcelError(byRep) || overall[0] === undefined) return undefined;
  const toRow = (g: (typeof byRep)[number]): RateRow => ({
    label: g.group,
    rate: rateOrNull(g.rate),
    won: g.counts.won,
    lost: g.counts.lost,
    open: g.counts.open,
    noDecision: g.counts.noDecision,
  });
  return { overall: toRow(overall[0]), byRep: byRep.map(toRow) };
}
