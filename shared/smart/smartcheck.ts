import { defineFunction } from "../excel/define.js";
import { describeValue, type ExcelError, isExcelError, valueError } from "../excel/errors.js";
import { choiceParam, numberParam, optional, type Param, rangeParam } from "../excel/params.js";
import { type ExcelResult, isBlank, type Matrix, numbersOf } from "../excel/values.js";
import { ADVICE } from "./advice.js";
import { smartCheck } from "./engine.js";
import { CRITERIA, type SmartResult } from "./types.js";

export const SMART_OUTPUTS = ["summary", "score", "table"] as const;
export type SmartOutput = (typeof SMART_OUTPUTS)[number];

/** The goal must be text: a number or a blank cell is not a goal statement, and saying so beats a 0/5. */
export const goalParam: Param<string> = {
  name: "goal",
  description:
    "The goal statement, in English, Chinese, Dutch, Arabic, German, Spanish, French, Portuguese or Japanese.",
  optional: false,
  excelType: "any",
  coerce(raw) {
    const value =
      Array.isArray(raw) && raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 1 ? raw[0][0] : raw;
    if (isExcelError(value)) return value;
    if (Array.isArray(value)) return valueError("goal must be a single cell, got a range");
    if (isBlank(value)) return valueError("goal must be a goal statement, got an empty cell");
    if (typeof value !== "string") return valueError(`goal must be text, got ${describeValue(value)}`);
    return value;
  },
};

/** History: numbers only, blanks skipped; the first non-number is an error naming its place. */
function historyOf(matrix: Matrix | undefined): number[] | ExcelError | undefined {
  return matrix === undefined ? undefined : numbersOf("history", matrix);
}

/** Objective names: every non-blank cell as text. */
function objectivesOf(matrix: Matrix | undefined): string[] | ExcelError | undefined {
  if (matrix === undefined) return undefined;
  const names: string[] = [];
  for (const row of matrix) {
    for (const cell of row) {
      if (isExcelError(cell)) return cell;
      if (!isBlank(cell)) names.push(String(cell).trim());
    }
  }
  return names;
}

/** "4/5 · T: add a deadline such as 'by 30 June'": the score and the fix for every failed criterion. */
export function summaryOf(result: SmartResult): string {
  const advice = ADVICE[result.language === "und" ? "en" : result.language];
  const failed = CRITERIA.filter((c) => result[c].verdict === "fail");
  // In a language SMARTCHECK cannot read, what it could not check is said, never passed off as SMART.
  const unread = CRITERIA.filter((c) => c !== "A" && result[c].verdict === "unchecked");
  if (failed.length === 0 && unread.length === 0) return advice.allPass;
  return [
    `${result.score}/5`,
    ...failed.map((c) => `${c}: ${advice.fix[c]}`),
    ...(unread.length === 0 ? [] : [`${unread.join(", ")}: ${UNREAD_SUMMARY}`]),
  ].join(" · ");
}

const UNREAD_SUMMARY = "not checked, language not recognised";

export function formatSmart(result: SmartResult, output: SmartOutput): ExcelResult {
  if (output === "score") return result.score;
  if (output === "table") return CRITERIA.map((c) => [c, result[c].verdict, result[c].reason]);
  return summaryOf(result);
}

export const SMARTCHECK = defineFunction({
  name: "SMARTCHECK",
  description:
    "Checks a goal statement against SMART in its own language (nine languages, from English to Japanese) and says what to fix.",
  result: "value",
  params: [
    goalParam,
    optional(
      numberParam("baseline", { description: "The metric's current value, for the achievability check." }),
      undefined,
      { means: "gives no base to measure the change from", default: "the last history value" },
    ),
    optional(
      rangeParam("history", {
        description: "Past period values of the metric, oldest first; blank or 0 cells are skipped.",
        cells: "sparse-number",
      }),
      undefined,
    ),
    optional(
      choiceParam("output", SMART_OUTPUTS, {
        description: '"summary" (default: one cell), "score" (0–5) or "table" (criterion, verdict, reason).',
      }),
      "summary" as SmartOutput,
    ),
    optional(
      rangeParam("objectives", {
        description: "Metric names the organisation cares about, for R.",
        cells: "text",
      }),
      undefined,
    ),
  ],
  example: {
    formula: '=GOALS.SMARTCHECK("Increase sales by 20% in North America.")',
    result: "4/5 · T: add a deadline such as 'by 30 June'",
  },
  impl: (goal, baseline, historyRange, output, objectivesRange) => {
    const history = historyOf(historyRange);
    if (isExcelError(history)) return history;
    const objectives = objectivesOf(objectivesRange);
    if (isExcelError(objectives)) return objectives;
    return formatSmart(smartCheck(goal, { baseline, history, objectives }), output);
  },
});
