import { mulberry32 } from "../../scripts/prng.js";
import { isoToSerial } from "../../shared/excel/dates.js";

/**
 * Customers following BG/NBD's own story (Fader, Hardie & Lee 2005): purchases at a personal rate, after each
 * one a personal chance of dropping out, and a personal mean spend (varying between customers more than
 * within one, as Gamma-Gamma assumes). Seeded (mulberry32), so the rows are the same on every run.
 */
export function simulatedPurchases(
  options: { customers?: number; seed?: number; from?: string; to?: string } = {},
): { row: number; customer: string; date: number; amount: number }[] {
  const random = mulberry32(options.seed ?? 20_260_630);
  const rows = [];
  const start = isoToSerial(options.from ?? "2025-01-06") as number;
  const end = isoToSerial(options.to ?? "2026-06-30") as number;
  for (let c = 0; c < (options.customers ?? 200); c++) {
    const perDay = (0.05 + random() * 0.6) / 7;
    const dropout = 0.05 + random() * 0.5;
    const spend = 10 + 300 * random() ** 2;
    let day = start + Math.floor(random() * 120);
    for (;;) {
      rows.push({
        row: rows.length + 2,
        customer: `C${c}`,
        date: day,
        amount: Math.max(1, Math.round(spend * -Math.log(1 - random()))),
      });
      if (random() < dropout) break;
      day += Math.max(1, Math.round(-Math.log(1 - random()) / perDay));
      if (day > end) break;
    }
  }
  return rows;
}
