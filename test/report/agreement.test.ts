import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../generator/cli/paths.js";
import { readWorkbook } from "../../generator/cli/workbook/read.js";
import { serialToDate } from "../../shared/excel/dates.js";
import { disagreements, figuresOf, modelOf } from "../support/figures.js";
import { AS_OF, fixture } from "./fixture.js";

/**
 * Cell versus report (issue 14) on the bundled example and the hand-checked fixture: every number in the
 * report model is a figure with the formula that checks it (or one of the few numbers that are not figures,
 * listed in test/support/figures.ts), and each formula, evaluated on the workbook's own cells with the GOALS
 * functions, gives the figure. test/report/agreement-generated.test.ts does the same on awkward generated data.
 */
const bytes = readFileSync(join(packageRoot(), "examples", "goalsheet-example.xlsx"));
const data = await readWorkbook(bytes);
const cases = [
  { name: "the example workbook", data, asOf: serialToDate(data.settings?.asOf ?? 46_341) },
  { name: "the hand-checked fixture", data: fixture, asOf: AS_OF },
];

describe.each(cases)("the report's figures on $name", ({ data, asOf }) => {
  const { figures, bare } = figuresOf(modelOf(data, asOf));

  it("are every number in the model, each with its formula", () => {
    expect(bare).toEqual([]);
    expect(figures.length).toBeGreaterThan(100);
  });

  it("each equal their formula, evaluated on the workbook's own cells", () => {
    expect(disagreements(data, figures)).toEqual([]);
  });
});
