import { describe, expect, it } from "vitest";
import { minimiseWithGradient } from "../../shared/clv/bfgs.js";
import { minimise, WARM_START_SAMPLE, warmStart } from "../../shared/clv/optimise.js";

describe("minimise(f, start)", () => {
  it("finds Rosenbrock's minimum at (1, 1) from the classic start (−1.2, 1)", () => {
    const rosenbrock = ([x, y]: number[]) => 100 * ((y as number) - (x as number) ** 2) ** 2 + (1 - (x as number)) ** 2;
    const result = minimise(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.message).toBe("converged");
    expect(result.x[0]).toBeCloseTo(1, 4);
    expect(result.x[1]).toBeCloseTo(1, 4);
  });

  it("finds the centre of a skewed 4-D quadratic bowl", () => {
    const centre = [3, -2, 0.5, 10];
    const scales = [1, 100, 0.01, 5];
    const bowl = (v: number[]) =>
      v.reduce((s, x, i) => s + (scales[i] as number) * (x - (centre[i] as number)) ** 2, 0);
    const result = minimise(bowl, [0, 0, 0, 0]);
    expect(result.converged).toBe(true);
    for (const [i, x] of result.x.entries()) expect(x).toBeCloseTo(centre[i] as number, 3);
  });

  it("says so when a function has no minimum instead of returning a guess silently", () => {
    const result = minimise(([x]: number[]) => -(x as number), [0], { maxEvaluations: 500 });
    expect(result.converged).toBe(false);
    expect(result.message).toBe("no convergence within 500 evaluations");
  });

  it("says so when the start is not finite", () => {
    const result = minimise(() => Number.NaN, [0, 0]);
    expect(result.converged).toBe(false);
    expect(result.message).toBe("the function is not finite at the starting point");
  });

  it("steps away from regions where the function is not finite", () => {
    // log(x) is undefined for x ≤ 0: the simplex must stay in x > 0 and find the minimum of x − log x at 1.
    const result = minimise(([x]: number[]) => (x as number) - Math.log(x as number), [3]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 5);
  });
});

describe("warmStart(data, start, objectiveFor)", () => {
  // Least squares for a mean: the optimum on every k-th record is close to the optimum on all of them.
  const objectiveFor = (subset: readonly number[]) => (v: number[]) =>
    subset.reduce((s, y) => s + (y - (v[0] as number)) ** 2, 0) / subset.length;

  it("starts small data from the given point with the full simplex", () => {
    expect(warmStart([1, 2, 3], [0], objectiveFor)).toEqual({ start: [0], step: 0.5 });
  });

  it("starts large data near the subsample's optimum with a small simplex", () => {
    const data = Array.from({ length: 50_000 }, (_, i) => i / 5000); // mean 4.9999
    const { start, step } = warmStart(data, [0], objectiveFor);
    expect(step).toBe(0.1);
    expect(start[0]).toBeCloseTo(5, 2);
    expect(WARM_START_SAMPLE).toBe(10_000);
  });
});

describe("minimiseWithGradient(f, start) (BFGS)", () => {
  const rosenbrock = ([x, y]: number[]) => {
    const [u, v] = [x as number, y as number];
    return {
      value: 100 * (v - u * u) ** 2 + (1 - u) ** 2,
      gradient: [-400 * u * (v - u * u) - 2 * (1 - u), 200 * (v - u * u)],
    };
  };

  it("finds Rosenbrock's minimum in far fewer evaluations than Nelder–Mead", () => {
    const result = minimiseWithGradient(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 5);
    expect(result.x[1]).toBeCloseTo(1, 5);
    const simplex = minimise(([x, y]: number[]) => rosenbrock([x as number, y as number]).value, [-1.2, 1]);
    expect(result.evaluations).toBeLessThan(simplex.evaluations);
  });

  it("says so when it cannot converge, so callers can fall back", () => {
    const unbounded = ([x]: number[]) => ({ value: -(x as number), gradient: [-1] });
    const result = minimiseWithGradient(unbounded, [0], { maxIterations: 50 });
    expect(result.converged).toBe(false);
    expect(result.message).toBe("no convergence within 50 iterations");
    const nowhere = minimiseWithGradient(() => ({ value: Number.NaN, gradient: [0] }), [0]);
    expect(nowhere.message).toBe("the function is not finite at the starting point");
  });
});
