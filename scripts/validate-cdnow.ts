/**
 * Reproduce the published BG/NBD estimates on the CDNOW sample (Fader, Hardie & Lee 2005, Table/§5 and
 * docs/domain.md): 2,357 customers, weeks, calibration through 1997-09-30 (39 weeks):
 * r = 0.243, α = 4.414, a = 0.793, b = 2.426, log-likelihood −9582.4; and Gamma-Gamma's p = 6.25, q = 3.74,
 * γ = 15.44 (Fader & Hardie note 025) on the same customers' repeat-purchase averages.
 *
 *   npm run validate:cdnow -- /path/to/cdnow_sample.txt
 *
 * The file is fixed-width text with CRLF line ends: customer id, sample id, YYYYMMDD, quantity, dollars.
 * Exits 1 when any estimate differs from the published value at two decimals (0.005), 2 on unreadable input.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { fitClv } from "../shared/clv/fit.js";
import type { ClvTransaction } from "../shared/clv/summary.js";
import { dateToSerial } from "../shared/excel/dates.js";

const PUBLISHED = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, logLikelihood: -9582.4 } as const;
const PUBLISHED_SPEND = { p: 6.25, q: 3.74, gamma: 15.44 } as const;
export const CALIBRATION_END = dateToSerial(new Date(Date.UTC(1997, 8, 30)));

/** Transactions from the CDNOW fixed-width text (also used by bench/cases/clvfit.ts to time the real file). */
export function parseCdnow(text: string): ClvTransaction[] {
  const out: ClvTransaction[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === "") continue;
    const [id, , ymd, , dollars] = line.split(/\s+/);
    const m = /^(\d{4})(\d{2})(\d{2})$/.exec(ymd ?? "");
    const amount = Number(dollars);
    if (id === undefined || m === null || !Number.isFinite(amount)) {
      throw new Error(
        `line ${i + 1}: expected "customer sample YYYYMMDD quantity dollars", got ${JSON.stringify(line)}`,
      );
    }
    const date = dateToSerial(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
    out.push({ customer: id, date, amount });
  }
  return out;
}

function main(): number {
  const path = process.argv[2];
  if (path === undefined) {
    console.error("usage: npm run validate:cdnow -- <path to cdnow_sample.txt>");
    return 2;
  }
  let rows: ClvTransaction[];
  try {
    rows = parseCdnow(readFileSync(path, "utf8"));
  } catch (cause) {
    console.error(`cannot read ${path}: ${cause instanceof Error ? cause.message : String(cause)}`);
    return 2;
  }
  const start = performance.now();
  const fit = fitClv(rows, { timeUnit: "weeks", asOf: CALIBRATION_END, later: "ignore" });
  const ms = performance.now() - start;
  if ("error" in fit) {
    console.error(`fit failed: ${fit.message}`);
    return 1;
  }
  const { bgnbd, gammaGamma } = fit;
  console.log(
    `CDNOW sample: ${rows.length} transactions, ${fit.customers} customers, ${fit.repeatCustomers} with repeat purchases in calibration`,
  );
  console.log(`fit in ${ms.toFixed(0)} ms; ${fit.message}`);
  let ok = fit.converged;
  const check = (label: string, got: number, want: number, tolerance: number): void => {
    const pass = Math.abs(got - want) <= tolerance;
    ok &&= pass;
    console.log(`${pass ? "ok  " : "FAIL"} ${label.padEnd(16)} ${got.toFixed(4).padStart(11)}  published ${want}`);
  };
  check("r", bgnbd.params.r, PUBLISHED.r, 0.005);
  check("alpha", bgnbd.params.alpha, PUBLISHED.alpha, 0.005);
  check("a", bgnbd.params.a, PUBLISHED.a, 0.005);
  check("b", bgnbd.params.b, PUBLISHED.b, 0.005);
  check("log-likelihood", bgnbd.logLikelihood, PUBLISHED.logLikelihood, 0.05);
  // Fader & Hardie note 025 fits Gamma-Gamma to the same 946 repeat customers: p = 6.25, q = 3.74, γ = 15.44.
  check("p", gammaGamma.params.p, PUBLISHED_SPEND.p, 0.005);
  check("q", gammaGamma.params.q, PUBLISHED_SPEND.q, 0.005);
  check("gamma", gammaGamma.params.gamma, PUBLISHED_SPEND.gamma, 0.005);
  console.log(ok ? "CDNOW estimates reproduced" : "CDNOW estimates NOT reproduced");
  return ok ? 0 : 1;
}

// Run only as a script, so the bench can import parseCdnow without fitting.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
