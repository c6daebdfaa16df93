import { describe, expect, it } from "vitest";
import { excel } from "../../shared/functions.js";

describe("CAC(spend, new_customers), LTVCAC(ltv, cac), CACPAYBACK(cac, arpa, [gross_margin])", () => {
  it.each([
    // docs/domain.md: CAC = sales & marketing spend / new customers.
    ["CAC", excel.CAC(120_000, 40), 3000],
    // docs/domain.md: LTV 20,000 (500 × 0.8 / 0.02) against a CAC of 5,000 is 4:1, above the 3:1 guide.
    ["LTV:CAC", excel.LTVCAC(excel.CLV(500, 0.02, 0.8), 5000), 4],
    // docs/domain.md: payback = CAC / (ARPA × gross margin) = 6,000 / (500 × 0.8) = 15 months.
    ["CAC payback", excel.CACPAYBACK(6000, 500, 0.8), 15],
    ["CAC payback with gross margin omitted (1)", excel.CACPAYBACK(6000, 500), 12],
  ])("%s", (_name, result, expected) => {
    expect(result).toBeCloseTo(expected, 12);
  });

  it.each([
    [
      excel.CAC(1000, 0),
      { error: "#DIV/0!", message: "new_customers is 0: no customers were won, so there is no cost per customer" },
    ],
    [excel.CAC(-1, 5), { error: "#VALUE!", message: "spend must not be negative, got -1" }],
    [
      excel.LTVCAC(100, 0),
      { error: "#DIV/0!", message: "cac is 0: a customer that cost nothing has no LTV:CAC ratio" },
    ],
    [excel.CACPAYBACK(100, 50, 1.5), { error: "#VALUE!", message: "gross_margin must be between 0 and 1, got 1.5" }],
    [
      excel.CACPAYBACK(100, 0, 0.8),
      { error: "#DIV/0!", message: "arpa × gross_margin is 0: a customer with no margin never pays back" },
    ],
    [excel.CAC(), { error: "#VALUE!", message: "spend is required" }],
  ])("error %#: %j", (result, expected) => {
    expect(result).toEqual(expected);
  });
});
