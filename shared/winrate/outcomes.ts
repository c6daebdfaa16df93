import { defineFunction } from "../excel/define.js";
import { isExcelError, valueError } from "../excel/errors.js";
import { rangeParam } from "../excel/params.js";
import { type CellValue, describeShape, isBlank, shapeOf } from "../excel/values.js";

/** How a deal ended, or that it has not: the four states every win-rate basis is built from. */
export type Outcome = "won" | "lost" | "no decision" | "open";

/**
 * Words for won, lost and no decision in the four languages Goalsheet speaks, as CRMs export them.
 * Keys are normalised (lower case, NFKC, runs of spaces, hyphens and underscores folded to one space).
 */
const OUTCOME_WORDS: Record<Exclude<Outcome, "open">, readonly string[]> = {
  won: [
    "won",
    "win",
    "closed won",
    "close won",
    "closedwon",
    "won deal",
    "true",
    "1",
    "赢单",
    "成交",
    "赢",
    "已成交",
    "赢得",
    "已赢单",
    "gewonnen",
    "gesloten gewonnen",
    "binnengehaald",
    "فوز",
    "مكسوبة",
    "مكسوب",
    "ربح",
    "مغلقة مكسوبة",
    "تم الفوز",
  ],
  lost: [
    "lost",
    "loss",
    "lose",
    "closed lost",
    "close lost",
    "closedlost",
    "closed lost to competition",
    "lost deal",
    "false",
    "0",
    "输单",
    "丢单",
    "输",
    "已丢单",
    "失败",
    "已输单",
    "verloren",
    "gesloten verloren",
    "خسارة",
    "خاسرة",
    "مفقودة",
    "مفقود",
    "مغلقة خاسرة",
  ],
  "no decision": [
    "no decision",
    "nodecision",
    "no decision made",
    "closed no decision",
    "无决策",
    "无决定",
    "未决",
    "无结果",
    "geen beslissing",
    "geen besluit",
    "لا قرار",
    "بدون قرار",
    "لم يتخذ قرار",
  ],
};

/**
 * Words for a deal still in play, as CRMs write them in a status column (Pipedrive "open", Dynamics "Open",
 * "In progress"). Any other text also counts as open in a cell; an import that must tell a typo ("Wno") from
 * an open deal asks `outcomeWord`, which knows only these words and the ones above.
 */
const OPEN_WORDS: readonly string[] = [
  "open",
  "opened",
  "in progress",
  "pending",
  "active",
  "ongoing",
  "进行中",
  "未结",
  "跟进中",
  "lopend",
  "in behandeling",
  "مفتوحة",
  "مفتوح",
  "قيد التنفيذ",
];

const LOOKUP = new Map<string, Outcome>();
for (const [outcome, words] of Object.entries(OUTCOME_WORDS) as [Outcome, readonly string[]][]) {
  for (const word of words) LOOKUP.set(normaliseWord(word), outcome);
}
const KNOWN = new Map<string, Outcome>(LOOKUP);
for (const word of OPEN_WORDS) KNOWN.set(normaliseWord(word), "open");

export function normaliseWord(text: string): string {
  return text
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");
}

/** The outcome a known word names (won, lost, no decision or open), or undefined for any other text. */
export function outcomeWord(text: string): Outcome | undefined {
  return KNOWN.get(normaliseWord(text));
}

/**
 * The outcome of one cell, or undefined for a blank (blanks are ignored by every basis). A number is never an
 * outcome: 0 is how Excel desktop sends an empty cell (the web sends null), so it is a blank; and since 0 cannot
 * mean "lost", 1 cannot mean "won" either (a 1/0 column would count every deal as won). Use TRUE/FALSE or words.
 */
export function classifyOutcome(value: CellValue): Outcome | undefined {
  if (isBlank(value) || value === 0) return undefined;
  if (typeof value === "boolean") return value ? "won" : "lost";
  if (typeof value === "number") return "open";
  if (isExcelError(value)) return "open";
  return LOOKUP.get(normaliseWord(value)) ?? "open";
}

/**
 * OUTCOME exposes the classifier itself: one word per cell, so COUNTIFS, SUMPRODUCT and FILTER in a sheet (and
 * the formulas the report writes next to its figures) count deals exactly as WINRATE does, in any language.
 */
export const OUTCOME = defineFunction({
  name: "OUTCOME",
  description:
    'How each deal ended, as Goalsheet counts it: spills "won", "lost", "no decision" or "open" beside each outcome ("" for a blank), in any language Goalsheet knows.',
  result: "spill",
  params: [
    rangeParam("outcomes", {
      description: "Deal results: Won, Lost, No decision (Closed Won, 赢单, Gewonnen…); other text is an open deal.",
      cells: "text",
    }),
  ],
  example: { formula: '=GOALS.OUTCOME({"Closed Won";"Verloren";"Proposal"})', result: "won; lost; open" },
  impl: (outcomes) => {
    const { rows, cols } = shapeOf(outcomes);
    if (rows === 0 || cols === 0) {
      return valueError(`outcomes must hold at least one cell, got an empty range (${describeShape(outcomes)})`);
    }
    // A ragged range spills as a rectangle: a missing cell is a blank.
    return outcomes.map((row) => Array.from({ length: cols }, (_, c) => classifyOutcome(row[c] ?? null) ?? ""));
  },
});
