import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { excel } from "../../shared/functions.js";
import { type PipelineCoverage, pipelineCoverage, salesVelocity } from "../../shared/kpi/pipeline.js";

const col = (...values: unknown[]) => values.map((v) => [v]);
const stages = [
  ["Discovery", 0.1],
  ["Proposal", "50%"],
  ["Negotiation", 0.8],
];

describe("WEIGHTEDPIPELINE(amounts, stages, stage_table)", () => {
  it("weights $10K at 50% to $5K (docs/domain.md)", () => {
    expect(excel.WEIGHTEDPIPELINE(10_000, "Proposal", [["Proposal", 0.5]])).toBe(5000);
  });

  it("sums amount × probability over deals, matching stages case-insensitively and skipping blank rows", () => {
    // 10,000 × 0.5 + 20,000 × 0.1 + 5,000 × 0.8 = 5,000 + 2,000 + 4,000
    const result = excel.WEIGHTEDPIPELINE(
      col(10_000, 20_000, null, 5_000),
      col("proposal", " DISCOVERY ", null, "Negotiation"),
      stages,
    );
    expect(result).toBeCloseTo(11_000, 9);
  });

  it.each([
    [
      [col(100), col("Won"), stages],
      { error: "#N/A", message: 'stages row 1 must be a stage listed in stage_table, got "Won"' },
    ],
    [
      [col(100), col("Proposal"), [["Proposal", 1.5]]],
      { error: "#VALUE!", message: "stage_table row 1 must have a probability between 0 and 1, got 1.5" },
    ],
    [
      [col(100), col("Proposal"), [["Proposal"], ["Won"]]],
      { error: "#VALUE!", message: "stage_table must have two columns (stage, probability), got 2×1" },
    ],
    [
      [
        col(100),
        col("Proposal"),
        [
          ["Proposal", 0.5],
          ["proposal", 0.6],
        ],
      ],
      { error: "#VALUE!", message: 'stage_table row 2 repeats the stage "proposal"' },
    ],
    [
      [col("lots"), col("Proposal"), stages],
      { error: "#VALUE!", message: 'amounts row 1 must be a number, got "lots"' },
    ],
    [
      [col(1, 2), col("Proposal"), stages],
      { error: "#VALUE!", message: "stages must be the same size as amounts: amounts is 2×1, stages is 1×1" },
    ],
  ])("error %#", (args, expected) => {
    expect(excel.WEIGHTEDPIPELINE(...args)).toEqual(expected);
  });
});

describe("PIPECOVERAGE(pipeline, remaining_target, [win_rate])", () => {
  it("gives 3.0× coverage, 4.545× needed and about 66% expected at a 22% win rate (docs/domain.md)", () => {
    const [coverage, needed, expected] = (excel.PIPECOVERAGE(4_800_000, 1_600_000, 0.22) as number[][])[0] ?? [];
    expect(coverage).toBeCloseTo(3, 12);
    expect(needed).toBeCloseTo(4.545, 3);
    expect(expected).toBeCloseTo(0.66, 12);
  });

  it("spills coverage alone without a win rate", () => {
    expect(excel.PIPECOVERAGE(4_800_000, 1_600_000)).toEqual([[3]]);
  });

  it.each([
    [[100, 0], { error: "#DIV/0!", message: "remaining_target is 0: nothing is left to cover" }],
    [
      [100, -10],
      { error: "#VALUE!", message: "remaining_target must not be negative (the target is already met), got -10" },
    ],
    [[100, 50, 1.5], { error: "#VALUE!", message: "win_rate must be more than 0 and at most 1, got 1.5" }],
    [[-1, 50], { error: "#VALUE!", message: "pipeline must not be negative, got -1" }],
  ])("error %#: %j", (args, expected) => {
    expect(excel.PIPECOVERAGE(...args)).toEqual(expected);
  });

  it("expected attainment is coverage × win rate and needed coverage × win rate is 1 (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        (pipeline, remaining, winRate) => {
          const r = pipelineCoverage(pipeline, remaining, winRate) as PipelineCoverage;
          expect((r.neededCoverage as number) * winRate).toBeCloseTo(1, 9);
          expect(r.expectedAttainment).toBeCloseTo((r.coverage as number) * winRate, 9);
        },
      ),
    );
  });
});

describe("VELOCITY(opportunities, deal_size, win_rate, cycle_days)", () => {
  it("gives 40 × 25,000 × 0.25 / 90 = 2,777.78 per day (docs/domain.md)", () => {
    expect(excel.VELOCITY(40, 25_000, 0.25, 90)).toBeCloseTo(2777.78, 2);
    expect(salesVelocity(40, 25_000, 0.25, 90)).toBeCloseTo(250_000 / 90, 12);
  });

  it.each([
    [[40, 25_000, 1.25, 90], { error: "#VALUE!", message: "win_rate must be between 0 and 1, got 1.25" }],
    [
      [40, 25_000, 0.25, 0],
      { error: "#DIV/0!", message: "cycle_days is 0: a sales cycle takes at least part of a day" },
    ],
    [[-1, 25_000, 0.25, 90], { error: "#VALUE!", message: "opportunities must not be negative, got -1" }],
  ])("error %#: %j", (args, expected) => {
    expect(excel.VELOCITY(...args)).toEqual(expected);
  });
});
