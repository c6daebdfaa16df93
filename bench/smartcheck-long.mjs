/**
 * Child of bench/cases/smartcheck.ts: checks one goal of the given length (default 10 MB) with the built library,
 * so its memory is measured apart from the bench runner's. Prints {"finished":true,"ms":…} when it returns.
 */
import { smartCheck } from "../dist/lib/index.js";

const UNIT = "Increase revenue by 10% 1,000,000 五百 ٤٠ in six months ";
const length = Number(process.argv[2] ?? 10 * 1024 * 1024);
const goal = UNIT.repeat(Math.ceil(length / UNIT.length)).slice(0, length);
const start = performance.now();
const result = smartCheck(goal);
process.stdout.write(
  `${JSON.stringify({ finished: true, ms: Math.round(performance.now() - start), score: result.score })}\n`,
);
