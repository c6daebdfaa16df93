/**
 * mulberry32: a tiny seeded pseudo-random generator (uniform in [0, 1)). The example workbook, the bench
 * workbooks, hostile files and test fixtures use it so their data are the same on every machine and run.
 */
export function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
