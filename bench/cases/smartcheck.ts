/**
 * SMARTCHECK throughput (issue 4): goals per second in Node, budget at least 10,000 goals/s. The goals are the
 * labelled sets in test/smart (four languages, short and long, with and without numbers), cycled to 20,000
 * checks per run. Baseline in the same run: the fastest thing any checker must do per goal, normalising the
 * text (NFKC + lower case) and testing one regular expression, so the ratio shows what the rules cost.
 * Also the 20,000-character goal from the issue: it must return, in milliseconds, not hang.
 */
import { readFileSync } from "node:fs";
import { smartCheck } from "../../shared/smart/engine.js";
import { type BenchCase, type BenchMeasure, timeMedian } from "../types.js";

const CHECKS = 20_000;

function goals(): { text: string; baseline?: number; history?: number[] }[] {
  return ["en", "zh", "nl", "ar"].flatMap((lang) =>
    readFileSync(`test/smart/goals-${lang}.jsonl`, "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as { text: string; baseline?: number; history?: number[] }),
  );
}

export const cases: BenchCase[] = [
  {
    name: "SMARTCHECK goals per second",
    async run(): Promise<BenchMeasure[]> {
      const set = goals();
      const checkAll = () => {
        for (let i = 0; i < CHECKS; i++) {
          const g = set[i % set.length] as (typeof set)[number];
          smartCheck(g.text, { baseline: g.baseline, history: g.history });
        }
      };
      const floorPattern = /\d+%/;
      const floor = () => {
        let hits = 0;
        for (let i = 0; i < CHECKS; i++) {
          const g = set[i % set.length] as (typeof set)[number];
          if (floorPattern.test(g.text.normalize("NFKC").toLowerCase())) hits++;
        }
        return hits;
      };
      const ms = await timeMedian(checkAll, 5, 1);
      const floorMs = await timeMedian(floor, 5, 1);
      const perSecond = Math.round(CHECKS / (ms / 1000));
      const long = `${"Increase revenue by 10% 1,000,000 五百 ٤٠ in six months ".repeat(400)}`.slice(0, 20000);
      const longMs = await timeMedian(() => smartCheck(long), 5, 1);
      return [
        {
          label: `smartCheck over ${set.length} labelled goals (en, zh, nl, ar), ${CHECKS.toLocaleString("en")} checks`,
          value: perSecond,
          unit: "goals/s",
          baseline: { label: "normalise + one regex per goal", value: Math.round(CHECKS / (floorMs / 1000)) },
          budget: { text: ">= 10,000 goals/s", met: perSecond >= 10_000 },
        },
        {
          label: "one 20,000-character goal",
          value: Math.round(longMs * 10) / 10,
          unit: "ms",
          notes: "linear-time patterns: must return, not hang",
        },
      ];
    },
  },
];
