import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../generator/report/problems.js";
import { SettingsParser } from "../../../generator/report/workbook/settings.js";

/** Settings → "Sales and marketing spend" (for CAC): its name in the four report languages, and its rule. */
function parse(name: string, value: unknown) {
  const parser = new SettingsParser("Settings");
  parser.push({ number: 7, cells: [name, value as never] });
  return { settings: parser.finish(), problems: parser.problems, warnings: parser.warnings };
}

describe("the spend setting", () => {
  it.each([
    ["Sales and marketing spend", 180_000],
    ["SALES AND MARKETING SPEND", 1_500.5],
    ["Marketing spend", 0],
    ["销售和营销支出", 42],
    ["Sales- en marketingkosten", 42],
    ["الإنفاق على المبيعات والتسويق", 42],
  ])("reads %s", (name, value) => {
    const { settings, problems, warnings } = parse(name, value);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(settings.spend).toBe(value);
    expect(settings.rows.spend).toBe(7);
  });

  it.each([
    [-1, "Sales and marketing spend must be an amount of zero or more, got -1"],
    ["lots", 'Sales and marketing spend must be an amount of zero or more, got "lots"'],
  ])("refuses %s at its cell", (value, message) => {
    const { settings, problems } = parse("Sales and marketing spend", value);
    expect(settings.spend).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([`Settings!B7: ${message}`]);
  });
});
