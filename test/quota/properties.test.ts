import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundToTotal } from "../../shared/quota/largest-remainder.js";
import { rampCapacity } from "../../shared/quota/ramp.js";
import { quotaSplit } from "../../shared/quota/split.js";

const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** A split problem whose grand total is a whole number, so float sums of the parts must hit it exactly. */
const problem = fc.record({
  hundreds: fc.integer({ min: 0, max: 200_000 }),
  cushionPercent: fc.integer({ min: 80, max: 130 }),
  weights: fc
    .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 })
    .filter((w) => w.some((x) => x > 0)),
  seasonality: fc.oneof(
    fc.integer({ min: 1, max: 12 }),
    fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 12 }).filter((s) => s.some((x) => x > 0)),
  ),
  unit: fc.constantFrom(1, 7, 10, 100, 1000, 5000),
  starts: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 30, maxLength: 30 }),
  withRamp: fc.boolean(),
});

describe("quotaSplit properties", () => {
  it("parts sum exactly to total × cushion, rows sum exactly, parts are unit multiples but for one remainder", () => {
    fc.assert(
      fc.property(problem, (p) => {
        const grand = p.hundreds * p.cushionPercent; // = (hundreds × 100) × (cushionPercent / 100), exactly
        const ramp = p.withRamp ? { startPeriods: p.starts.slice(0, p.weights.length).map(() => 0) } : undefined;
        const rows = quotaSplit(p.hundreds * 100, p.weights, {
          seasonality: p.seasonality,
          unit: p.unit,
          cushion: p.cushionPercent / 100,
          ramp,
        });
        if (!Array.isArray(rows)) throw new Error(rows.message);
        expect(total(rows.flat())).toBe(grand);
        const offUnit = rows.flat().filter((q) => q % p.unit !== 0);
        expect(offUnit.length).toBeLessThanOrEqual(grand % p.unit === 0 ? 0 : 1);
        // Each rep's row is its share of the grand total rounded down or up (in units), remainder aside.
        const weightSum = total(p.weights);
        for (const [i, row] of rows.entries()) {
          const exactUnits = (grand * (p.weights[i] as number)) / weightSum / p.unit;
          expect(Math.abs(total(row) / p.unit - exactUnits)).toBeLessThan(1 + 1e-9);
        }
        expect(rows.flat().every((q) => q >= 0)).toBe(true);
      }),
    );
  });

  it("with ramping reps: totals stay exact and a rep has nothing before its start period", () => {
    fc.assert(
      fc.property(problem, (p) => {
        const starts = p.weights.map((_, i) => (i === 0 ? 0 : (p.starts[i] as number)));
        const weights = [Math.max(1, p.weights[0] as number), ...p.weights.slice(1)];
        const rows = quotaSplit(p.hundreds * 100, weights, {
          seasonality: p.seasonality,
          unit: p.unit,
          cushion: p.cushionPercent / 100,
          ramp: { startPeriods: starts },
        });
        if (!Array.isArray(rows)) throw new Error(rows.message);
        expect(total(rows.flat())).toBe(p.hundreds * p.cushionPercent);
        for (const [i, row] of rows.entries()) {
          for (const [period, q] of row.entries()) {
            if (rampCapacity(starts[i] as number, period + 1) === 0) expect(q).toBe(0);
          }
        }
      }),
    );
  });
});

describe("roundToTotal(exact, units) — largest remainder", () => {
  it("hits the total exactly and rounds every part down or up", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (weights, units) => {
          const weightSum = total(weights);
          fc.pre(weightSum > 0);
          const exact = weights.map((w) => (units * w) / weightSum);
          const parts = roundToTotal(exact, units);
          expect(total(parts)).toBe(units);
          for (const [i, part] of parts.entries()) {
            expect(Number.isInteger(part)).toBe(true);
            expect(Math.abs(part - (exact[i] as number))).toBeLessThan(1 + 1e-6);
          }
        },
      ),
    );
  });

  it("breaks ties toward the earlier cell", () => {
    expect(roundToTotal([0.5, 0.5, 0.5, 0.5], 2)).toEqual([1, 1, 0, 0]);
  });
});
