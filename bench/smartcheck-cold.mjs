/**
 * Child of bench/cases/smartcheck-cold.ts: SMARTCHECK's cold start in a fresh Node process, as a short CLI run
 * meets it. Reads a JSON list of goals ({text, baseline?}) from the file named by argv[2], loads the built
 * library, times each goal's first check in order (the first goal of a language pays for compiling that
 * language's patterns, the very first for the checker's own code), then the same goals checked again (warm).
 * Prints {"cold": [{"language", "ms"}], "warm": [ms]}.
 */
import { readFileSync } from "node:fs";
import { smartCheck } from "../dist/lib/index.js";

const goals = JSON.parse(readFileSync(process.argv[2], "utf8"));
const options = (goal) => (goal.baseline === undefined ? undefined : { baseline: goal.baseline });
const cold = goals.map((goal) => {
  const start = performance.now();
  const result = smartCheck(goal.text, options(goal));
  return { language: result.language, ms: performance.now() - start };
});
const warm = goals.map((goal) => {
  const start = performance.now();
  smartCheck(goal.text, options(goal));
  return performance.now() - start;
});
process.stdout.write(`${JSON.stringify({ cold, warm })}\n`);
