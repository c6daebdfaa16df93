import type { Criterion } from "../types.js";

/**
 * Every sentence SMARTCHECK writes, per language (one file each beside this one). The rules produce facts (what
 * was found, the numbers behind A); advice.ts turns them into these words, so wording is reviewed in one place
 * per language and pinned by tests.
 */
export interface AchievableWords {
  readonly noData: string;
  readonly noTarget: string;
  readonly shortHistory: string;
  redFlag(change: string): string;
  noRedFlag(change: string): string;
  judgedPass(change: string, base: string, target: string, largest: string, limit: string): string;
  judgedFail(change: string, base: string, target: string, largest: string, limit: string): string;
}

/** How the language writes numbers in a sentence: 1,234.5 / 1.234,5 / 1 234,5; "10 %" with a space in French. */
export interface NumberFormat {
  readonly decimal: string;
  readonly group: string;
  readonly percentSpace: boolean;
}

export interface AdviceWords {
  readonly format: NumberFormat;
  specificPass(metric: string): string;
  readonly noMetric: string;
  noDirection(metric: string): string;
  measurablePass(quantity: string): string;
  readonly noQuantity: string;
  relevantPass(metric: string): string;
  relevantObjective(metric: string): string;
  readonly notRelevant: string;
  notAnObjective(metric: string, objectives: string): string;
  timePass(time: string): string;
  readonly noTime: string;
  /** The short fix per criterion, for the one-cell summary. */
  readonly fix: Readonly<Record<Criterion, string>>;
  readonly allPass: string;
  readonly achievable: AchievableWords;
}
