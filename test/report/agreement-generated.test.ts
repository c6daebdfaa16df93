import { describe, expect, it } from "vitest";
import { disagreements, figuresOf, modelOf } from "../support/figures.js";
import { generatedWorkbook } from "../support/workbooks.js";

/**
 * Cell versus report on seeded workbooks with the awkward cases real data has (test/support/workbooks.ts):
 * outcomes in four languages and as TRUE/1, blank stages and amounts, a won deal closed before it was created,
 * open deals with past close dates, a Lost at stage column, a fiscal year starting in April, ramping reps, goals
 * narrowed to their owner, a purchase history the CLV models fit, and deals with their own Probability.
 */
const cases = [
  { ...generatedWorkbook(11), covers: ["cycle.notes.0.values.count", "clv.predictive.params.r"] },
  { ...generatedWorkbook(12, { lostAt: true }), covers: ["funnel.stages.0.conversion", "cycle.notes.0.values.count"] },
  {
    ...generatedWorkbook(13, { lostAt: true, fiscalYearStart: 4 }),
    covers: ["funnel.stages.1.conversion", "clv.predictive.params.r", "clv.predictive.pAliveBands.9.customers"],
  },
  // Deals with their own Probability: the weighted pipeline, the verdict's pipeline projection, each rep's
  // weighted pipeline due and each listed deal's probability come from it.
  {
    ...generatedWorkbook(14, { probability: true }),
    covers: ["pipeline.weightedForecast", "verdict.projections.1.weighted", "reps.reps.0.pipeline.weightedDue"],
  },
  // The quota planner's month columns on two reps: their quota to date, ramped quota and the team's come
  // from the planned month cells, a blank month counting 0.
  {
    ...generatedWorkbook(15, { plan: true }),
    covers: ["quota.rows.0.quotaToDate", "quota.rows.0.rampedQuota", "quota.team.quotaToDate"],
  },
];

describe.each(cases)("the report's figures on $name", ({ data, asOf, covers }) => {
  const model = modelOf(data, asOf);
  const { figures, bare } = figuresOf(model);

  it("are every number in the model, each with its formula, including the awkward cases", () => {
    expect(bare).toEqual([]);
    expect(figures.map((f) => f.path)).toEqual(expect.arrayContaining(covers));
  });

  it("weights the pipeline by each deal's own Probability where the workbook has one", () => {
    expect(model.pipeline?.probabilitiesFrom).toBe(data.sources.deals?.columns.probability ? "deals" : "settings");
  });

  it("each equal their formula, evaluated on the workbook's own cells", () => {
    expect(disagreements(data, figures)).toEqual([]);
  });
});
