import { describe, expect, it } from "vitest";
import { minimise } from "../../shared/clv/optimise.js";

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
