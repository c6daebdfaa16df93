import { describe, expect, it } from "vitest";
import { currencyCode, parseAmountText } from "../../../generator/report/workbook/amounts.js";

const USD_LIKE = ["USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"];

describe("parseAmountText(text)", () => {
  it.each([
    // text, value, currency codes, decimal separator shown
    ["$1,200.00", 1200, USD_LIKE, "."],
    ["€ 950,00", 950, ["EUR"], ","],
    ["1.234.567,89 €", 1234567.89, ["EUR"], ","],
    ["(1,200.00)", -1200, undefined, "."],
    ["-1 200,50", -1200.5, undefined, ","],
    ["CHF 1'250.00", 1250, ["CHF"], "."],
    ["R$ 10,50", 10.5, ["BRL"], ","],
    ["10 USD", 10, ["USD"], undefined],
    ["-$5", -5, USD_LIKE, undefined],
    ["$-5", -5, USD_LIKE, undefined],
    ["15000.0", 15000, undefined, "."],
    ["0.125", 0.125, undefined, "."],
    ["12 345", 12345, undefined, undefined],
    ["+7", 7, undefined, undefined],
    ["1,234,567", 1234567, undefined, "."],
    ["1.234.567", 1234567, undefined, ","],
  ] as const)("reads %s as %d", (text, value, currency, decimal) => {
    const amount = parseAmountText(text);
    expect(amount?.value).toBe(value);
    expect(amount?.currency).toEqual(currency);
    expect(amount?.decimal).toBe(decimal);
    expect(amount?.ambiguous).toBeUndefined();
  });

  it.each([
    // A single separator followed by exactly three digits: thousands in one country, decimals in another.
    ["1,200", ",", 1200, 1.2],
    ["1.200", ".", 1200, 1.2],
    ["USD 1,200", ",", 1200, 1.2],
  ] as const)("keeps both readings of %s for its column to decide", (text, separator, asThousands, asDecimal) => {
    expect(parseAmountText(text)?.ambiguous).toEqual({ separator, asThousands, asDecimal });
  });

  it.each(["abc", "1,2,3", "£3.5k", "EUR", "1e5", "50%", "AND 5", "1.5.", "12 34", ""])("refuses %j", (text) => {
    expect(parseAmountText(text)).toBeUndefined();
  });
});

describe("currencyCode(text)", () => {
  it.each([
    ["eur", "EUR"],
    ["US Dollar", "USD"],
    ["Pound Sterling", "GBP"],
    ["Euro", "EUR"],
    ["Dollars", undefined],
  ])("%s → %s", (text, code) => {
    expect(currencyCode(text)).toBe(code);
  });
});
