import { describe, expect, it } from "vitest";
import { buildReportModel } from "../../../generator/report/pipeline.js";
import type { DealRecord } from "../../../generator/report/workbook/contract.js";
import type { Located } from "../../../generator/report/workbook/table.js";
import { isoToSerial } from "../../../shared/excel/dates.js";
import { disagreements, figuresOf } from "../../support/figures.js";
import { AS_OF, fixture, GENERATED_AT, SOURCE } from "../fixture.js";

/**
 * The verdict's "booked + weighted pipeline" on the quota basis: booked counts the reps of the Reps sheet only,
 * so the pipeline added to it must too. An open deal of a rep without a quota (Cleo) and one without a rep are
 * left out of that projection, as their bookings are left out of the quota's.
 */
describe("the pipeline projection's scope on the quota basis", () => {
  const extra = (row: number, rep: string | undefined): Located<DealRecord> => ({
    ...(fixture.deals?.at(7) as Located<DealRecord>),
    row,
    id: `D-${row}`,
    rep,
    amount: 50_000,
    created: isoToSerial("2026-06-01") as number,
  });
  const data = { ...fixture, deals: [...(fixture.deals ?? []), extra(12, "Cleo"), extra(13, undefined)] };
  const options = { locale: "en", asOf: AS_OF, generatedAt: GENERATED_AT, source: SOURCE } as const;
  const before = buildReportModel(fixture, options).verdict?.projections[1];
  const model = buildReportModel(data, options);
  const after = model.verdict?.projections[1];

  it("adds only the quota reps' weighted pipeline to their bookings", () => {
    // Ana and Ben's open deals, undated: 40,000 × 50% + 10,000 × 10% + 20,000 × 80% + 30,000 × 10% = 40,000.
    expect(before).toMatchObject({ method: "pipeline", value: 100_000, weighted: 40_000 });
    expect(after).toMatchObject({ method: "pipeline", value: 100_000, weighted: 40_000 });
    // The team's open pipeline still shows every open deal (two more at 50,000 in Proposal: 50% each).
    expect(model.pipeline?.openAmount).toBe(200_000);
  });

  it("keeps its formula equal to its value, evaluated on the workbook's cells", () => {
    const { figures } = figuresOf(model);
    expect(figures.map((f) => f.path)).toEqual(expect.arrayContaining(["verdict.projections.1.weighted"]));
    expect(disagreements(data, figures)).toEqual([]);
  });
});
