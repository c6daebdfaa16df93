import { describe, expect, it } from "vitest";
import { disagreements, figuresOf, modelOf } from "../support/figures.js";
import { generatedWorkbook } from "../support/workbooks.js";

/**
 * Cell versus report on seeded workbooks with the awkward cases real data has (test/support/workbooks.ts):
 * outcomes in four languages and as TRUE/1, blank stages and amounts, a won deal closed before it was created,
 * open deals with past close dates, a Lost at stage column, a fiscal year starting in April, ramping reps, goals
 * narrowed to their owner, and a purchase history the CLV models fit.
 */
const cases = [
  { ...generatedWorkbook(11), covers: ["cycle.notes.0.values.count", "clv.predictive.params.r"] },
  { ...generatedWorkbook(12, { lostAt: true }), covers: ["funnel.stages.0.conversion", "cycle.notes.0.values.count"] },
  {
    ...generatedWorkbook(13, { lostAt: true, fiscalYearStart: 4 }),
    covers: ["funnel.stages.1.conversion", "clv.predictive.params.r", "clv.predictive.pAliveBands.9.customers"],
  },
];

describe.each(cases)("the report's figures on $name", ({ data, asOf, covers }) => {
  const { figures, bare } = figuresOf(modelOf(data, asOf));

  it("are every number in the model, each with its formula, including the awkward cases", () => {
    expect(bare).toEqual([]);
    expect(figures.map((f) => f.path)).toEqual(expect.arrayContaining(covers));
  });

  it("each equal their formula, evaluated on the workbook's own cells", () => {
    expect(disagreements(data, figures)).toEqual([]);
  });
});
