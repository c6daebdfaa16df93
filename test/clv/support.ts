/**
 * Standard errors from the observed information: the inverse Hessian of the negative log-likelihood at the
 * estimate, by central differences. Used to judge "recovered within sampling error" in simulation tests.
 */
export function standardErrors(negLogLik: (v: number[]) => number, at: readonly number[], h = 1e-4): number[] {
  const n = at.length;
  const H: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const f = (d: Record<number, number>): number => negLogLik(at.map((v, i) => v + (d[i] ?? 0)));
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const value =
        i === j
          ? (f({ [i]: h }) - 2 * f({}) + f({ [i]: -h })) / (h * h)
          : (f({ [i]: h, [j]: h }) - f({ [i]: h, [j]: -h }) - f({ [i]: -h, [j]: h }) + f({ [i]: -h, [j]: -h })) /
            (4 * h * h);
      (H[i] as number[])[j] = value;
      (H[j] as number[])[i] = value;
    }
  }
  const inverse = invert(H);
  return inverse.map((row, i) => Math.sqrt(row[i] as number));
}

/** Gauss–Jordan inverse with partial pivoting (small, well-conditioned matrices only). */
function invert(matrix: number[][]): number[][] {
  const n = matrix.length;
  const a = matrix.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const p = a[col]![col]!;
    for (let k = 0; k < 2 * n; k++) a[col]![k]! /= p;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = a[r]![col]!;
      for (let k = 0; k < 2 * n; k++) a[r]![k]! -= factor * a[col]![k]!;
    }
  }
  return a.map((row) => row.slice(n));
}
