import { describe, expect, it } from "vitest";
import { isoToSerial } from "../../shared/excel/dates.js";
import { excel } from "../../shared/functions.js";
import { averageOf, cycleDays, salesCycle } from "../../shared/kpi/deals.js";

const col = (...values: unknown[]) => values.map((v) => [v]);
const serial = (iso: string) => isoToSerial(iso) as number;

describe("SALESCYCLE(created_dates, closed_dates, [outcomes], [deals], [average])", () => {
  // Hand-counted day spans: Jan 1 → Jan 31 = 30, Feb 1 → Mar 3 (2026, not a leap year) = 30, Mar 1 → Mar 21 = 20,
  // Apr 1 → Jun 30 = 90 (lost), May 1 → (open).
  const created = col("2026-01-01", serial("2026-02-01"), "2026-03-01", "2026-04-01", "2026-05-01");
  const closed = col(serial("2026-01-31"), "2026-03-03", "2026-03-21", "2026-06-30", null);
  const outcomes = col("Won", "Closed Won", "won", "Lost", "Negotiation");

  it.each([
    ["won deals by default, mean", [created, closed, outcomes], (30 + 30 + 20) / 3],
    ["won deals, median", [created, closed, outcomes, "won", "median"], 30],
    ["closed deals add the lost one", [created, closed, outcomes, "closed"], (30 + 30 + 20 + 90) / 4],
    ["without outcomes every deal with both dates counts", [created, closed], (30 + 30 + 20 + 90) / 4],
    ["median of an even count averages the middle two", [created, closed, undefined, "all", "median"], 30],
  ])("%s", (_name, args, expected) => {
    expect(excel.SALESCYCLE(...args)).toBeCloseTo(expected, 12);
  });

  it.each([
    [
      [col("2026-01-01"), col("soon"), col("Won")],
      'closed_dates row 1 must be a date (an Excel date or ISO text such as 2026-06-30), got "soon"',
    ],
    [
      [col("2026-01-01", "2026-01-02"), col("2026-01-05")],
      "closed_dates must be the same size as created_dates: created_dates is 2×1, closed_dates is 1×1",
    ],
    [[created, closed, outcomes, "open"], 'deals must be one of "won", "closed", "all"; got "open"'],
  ])("SALESCYCLE(%j) → #VALUE!", (args, message) => {
    expect(excel.SALESCYCLE(...args)).toEqual({ error: "#VALUE!", message });
  });

  it("leaves out a deal closed before it was created: it has no cycle (docs/domain.md, Sales cycle)", () => {
    // Jan 1 → Jan 11.9 = 10.9 days; the second deal closed on Jan 20, before its creation on Feb 1.
    const args = [col(serial("2026-01-01"), "2026-02-01"), col(serial("2026-01-11") + 0.9, "2026-01-20")];
    expect(excel.SALESCYCLE(...args)).toBeCloseTo(10.9, 9);
    expect(excel.SALESCYCLE(col("2026-02-01"), col("2026-01-20"), col("Won"))).toEqual({
      error: "#DIV/0!",
      message: "no deals to average: 1 deal was closed before it was created and has no cycle",
    });
    expect(cycleDays([10, 20, 30], [15, 19, 30])).toEqual({ days: [5, 0], closedBeforeCreated: [1] });
  });

  it("has nothing to average when no deal was won: #DIV/0!", () => {
    expect(excel.SALESCYCLE(created, closed, col("Lost", "Lost", "Lost", "Lost", "Open"))).toEqual({
      error: "#DIV/0!",
      message: "no deals to average",
    });
  });

  it("exports the pure core over serials", () => {
    expect(salesCycle([45000, 45010], [45030, 45020])).toBe(20);
    expect(averageOf([5, 1, 3], "median", "values")).toBe(3);
  });
});

describe("DEALSIZE(amounts, [outcomes], [deals], [average])", () => {
  it.each([
    ["mean of won deals", [col(10_000, 30_000, 99_000, 20_000), col("Won", "Won", "Lost", "Won")], 20_000],
    ["all amounts without outcomes, blanks skipped", [col(10, null, 20, "")], 15],
    ["median", [col(1, 2, 100), undefined, "all", "median"], 2],
    ["numeric text counts", [col("1,000", 3000)], 2000],
  ])("%s", (_name, args, expected) => {
    expect(excel.DEALSIZE(...args)).toBe(expected);
  });

  it.each([
    [[col(10, "big"), col("Won", "Won")], 'amounts row 2 must be a number, got "big"'],
    [[col(10, -5)], "amounts row 2 must not be negative, got -5"],
    [[col(10, 5), col("Won")], "outcomes must be the same size as amounts: amounts is 2×1, outcomes is 1×1"],
  ])("DEALSIZE(%j) → #VALUE!", (args, message) => {
    expect(excel.DEALSIZE(...args)).toEqual({ error: "#VALUE!", message });
  });
});
