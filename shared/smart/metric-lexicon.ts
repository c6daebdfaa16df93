import { LANGUAGE_PACKS } from "./lexicon/index.js";
import { KNOWN_LANGUAGES, type KnownLanguage } from "./types.js";

/**
 * The business metrics SMARTCHECK recognises, by canonical id. Their names live with each language
 * (lexicon/<language>.ts); this list says how each metric behaves, so no rule switches on a metric's name.
 * The report binds a goal to data through the id when the goal's Metric column is empty, so ids are stable:
 * add ids, never rename them.
 *
 * - `unit: "duration"`: measured in time; a length such as "30 days" or "under 10 minutes" is its value, not a
 *   deadline (the sales cycle, response time, CAC payback).
 * - `unit: "ratio"`: measured as a multiple; "3x" is its level, not a tripling (pipeline coverage).
 * - `weak`: words that are often context rather than the goal's subject ("customers", "pipeline"): they name
 *   the goal's metric only when the goal counts or moves them, and only when nothing stronger is named.
 */
export const METRIC_IDS = [
  "mrr",
  "arr",
  "arpu",
  "cac",
  "payback",
  "clv",
  "rep_turnover",
  "churn",
  "retention",
  "expansion",
  "win_rate",
  "forecast_accuracy",
  "contact_rate",
  "collection_rate",
  "conversion",
  "cycle",
  "response_time",
  "deal_size",
  "market_share",
  "quota",
  "nps",
  "csat",
  "coverage",
  "leads",
  "meetings",
  "calls",
  "emails",
  "demos",
  "proposals",
  "activities",
  "deals",
  "units",
  "margin",
  "profit",
  "cost",
  "referrals",
  "discount",
  "revenue",
  "productivity",
  "traffic",
  "headcount",
  "markets",
  "customers",
  "pipeline",
] as const;

export type MetricId = (typeof METRIC_IDS)[number];

interface MetricBehaviour {
  readonly unit?: "duration" | "ratio";
  readonly weak?: boolean;
}

const BEHAVIOUR: Partial<Record<MetricId, MetricBehaviour>> = {
  cycle: { unit: "duration" },
  response_time: { unit: "duration" },
  payback: { unit: "duration" },
  coverage: { unit: "ratio" },
  activities: { weak: true },
  headcount: { weak: true },
  markets: { weak: true },
  customers: { weak: true },
  pipeline: { weak: true },
};

export interface MetricEntry extends MetricBehaviour {
  readonly id: MetricId;
  /** The metric's names per language, as regular-expression sources over normalised text. */
  readonly names: Readonly<Record<KnownLanguage, string>>;
}

function namesOf(id: MetricId): Record<KnownLanguage, string> {
  const names = {} as Record<KnownLanguage, string>;
  for (const language of KNOWN_LANGUAGES) names[language] = LANGUAGE_PACKS[language].metrics[id];
  return names;
}

export const METRIC_LEXICON: readonly MetricEntry[] = METRIC_IDS.map((id) => ({
  id,
  ...BEHAVIOUR[id],
  names: namesOf(id),
}));
