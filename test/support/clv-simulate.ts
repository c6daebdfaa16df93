import type { BgnbdParams } from "../../shared/clv/bgnbd.js";
import type { GammaGammaParams } from "../../shared/clv/gammagamma.js";
import type { ClvTransaction } from "../../shared/clv/summary.js";

/**
 * Test-only (kept out of shared/, which ships): seeded simulation of the BG/NBD + Gamma-Gamma generative story, for tests and benchmarks (no outside data):
 * λ ~ Gamma(r, rate α), dropout p ~ Beta(a, b), purchases a Poisson process, dropout possible after each repeat
 * purchase (never at the first, as in FHL 2005 and lifetimes' beta_geometric_nbd_model); each transaction
 * value ~ Gamma(p, rate ν) with ν ~ Gamma(q, rate γ).
 */

/** A small, fast, seedable PRNG (sfc32) returning uniforms in (0, 1). */
export function seededRandom(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return (t + 0.5) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random());
}

/** Gamma(shape, scale 1) by Marsaglia & Tsang (2000), with the shape < 1 boost U^(1/shape). */
export function gammaVariate(random: () => number, shape: number): number {
  if (shape < 1) return gammaVariate(random, shape + 1) * random() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

export interface SimulatedCustomer {
  /** Repeat purchases in (0, T], the time of the last one, and whether still alive at T. */
  readonly x: number;
  readonly tx: number;
  readonly T: number;
  readonly alive: boolean;
  /** Repeat purchases in (T, T + holdout] (0 without a holdout). */
  readonly holdout: number;
  /** Purchase times from 0 (the first purchase) to T and their values. */
  readonly times: readonly number[];
  readonly values: readonly number[];
}

export function simulateCustomer(
  random: () => number,
  bg: BgnbdParams,
  gg: GammaGammaParams,
  T: number,
  holdout = 0,
): SimulatedCustomer {
  const lambda = gammaVariate(random, bg.r) / bg.alpha;
  const ga = gammaVariate(random, bg.a);
  const p = ga / (ga + gammaVariate(random, bg.b));
  const nu = gammaVariate(random, gg.q) / gg.gamma;
  const times = [0];
  const values = [gammaVariate(random, gg.p) / nu];
  let t = 0;
  let alive = true;
  let holdoutCount = 0;
  while (alive) {
    t += -Math.log(random()) / lambda;
    if (t > T + holdout) break;
    if (t > T) holdoutCount++;
    else {
      times.push(t);
      values.push(gammaVariate(random, gg.p) / nu);
    }
    if (random() < p) alive = false;
  }
  const x = times.length - 1;
  // Alive at T unless the dropout came after a purchase made by T.
  const aliveAtT = alive || t > T || holdoutCount > 0;
  return { x, tx: times[x] as number, T, alive: aliveAtT, holdout: holdoutCount, times, values };
}

/**
 * A transaction log for `customers` customers whose first purchases are spread evenly over the first
 * `firstPurchaseDays` days after `startSerial`, observed for `days` days; times are in `unitDays`-day units.
 * Purchase times are rounded to whole days (as a transaction log records them).
 */
export function simulateTransactions(options: {
  readonly seed: number;
  readonly customers: number;
  readonly bg: BgnbdParams;
  readonly gg: GammaGammaParams;
  readonly startSerial: number;
  readonly firstPurchaseDays: number;
  readonly days: number;
  readonly unitDays: number;
}): ClvTransaction[] {
  const random = seededRandom(options.seed);
  const out: ClvTransaction[] = [];
  for (let i = 0; i < options.customers; i++) {
    const firstDay = options.startSerial + Math.floor(random() * options.firstPurchaseDays);
    const T = (options.startSerial + options.days - firstDay) / options.unitDays;
    const c = simulateCustomer(random, options.bg, options.gg, T);
    for (let k = 0; k < c.times.length; k++) {
      const day = firstDay + Math.floor((c.times[k] as number) * options.unitDays);
      out.push({
        customer: `C${i + 1}`,
        date: Math.min(day, options.startSerial + options.days),
        amount: c.values[k] as number,
      });
    }
  }
  return out;
}
