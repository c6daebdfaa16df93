import { METRIC_LEXICON, type MetricEntry, NOT_A_METRIC } from "./metric-lexicon.js";
import { lexiconPattern } from "./normalize.js";
import { scan } from "./scan.js";
import type { KnownLanguage, Span } from "./types.js";

export interface MetricMatch extends Span {
  readonly id: string;
  /** The words as the goal wrote them (normalised), quoted in reasons. */
  readonly text: string;
  readonly entry: MetricEntry;
}

interface Compiled {
  readonly mask: RegExp | undefined;
  readonly patterns: readonly (readonly [MetricEntry, RegExp])[];
}

const compiled = new Map<KnownLanguage, Compiled>();

function compile(language: KnownLanguage): Compiled {
  let c = compiled.get(language);
  if (c === undefined) {
    const mask = NOT_A_METRIC[language];
    c = {
      mask: mask === undefined ? undefined : lexiconPattern(mask),
      patterns: METRIC_LEXICON.map((entry) => [entry, lexiconPattern(entry.names[language])] as const),
    };
    compiled.set(language, c);
  }
  return c;
}

/** Every metric mention in a normalised goal, in order of position (longest first at the same position). */
export function findMetrics(normalised: string, language: KnownLanguage): MetricMatch[] {
  const { mask, patterns } = compile(language);
  const text = mask === undefined ? normalised : normalised.replace(mask, (m) => " ".repeat(m.length));
  const found: MetricMatch[] = [];
  for (const [entry, pattern] of patterns) {
    for (const m of scan(pattern, text)) {
      found.push({ start: m.index, end: m.index + m[0].length, id: entry.id, text: m[0].trim(), entry });
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The goal's metric, by three general rules:
 * 1. A mention inside a longer one does not compete ("customer" in "customer acquisition cost").
 * 2. Of two mentions side by side, one is the head and the other qualifies it: the second in English, Dutch
 *    and Chinese ("lead response time", 线索响应时间, "pipeline conversion"), the first in Arabic, which puts
 *    the head noun first (تكاليف المبيعات, the costs of sales).
 * 3. The earliest strong mention wins; a weak one only when nothing else is named. Chinese puts the object
 *    before the verb (将胜率提高5%, 演示到成交的转化率提高…), so there the last mention before the first direction
 *    word wins, when there is one.
 */
export function primaryMetric(
  mentions: readonly MetricMatch[],
  text = "",
  headFinal?: { directionAt: number },
  headFirst = false,
): MetricMatch | undefined {
  const outer = mentions.filter(
    (m) => !mentions.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start),
  );
  const heads: MetricMatch[] = [];
  for (let i = 0; i < outer.length; i++) {
    const m = outer[i] as MetricMatch;
    // Hyphenated, it only qualifies what follows: "lead-to-customer conversion", "demo-to-close rate".
    if (!headFirst && /^-\p{L}/u.test(text.slice(m.end, m.end + 2))) continue;
    const next = outer[i + 1];
    const joined = next !== undefined && adjacent(m, next, text);
    if (headFirst) {
      if (!(i > 0 && adjacent(outer[i - 1] as MetricMatch, m, text))) heads.push(m);
    } else if (!(joined && !next.entry.weak)) heads.push(m);
  }
  const strong = heads.filter((m) => !m.entry.weak);
  if (headFinal !== undefined && headFinal.directionAt >= 0) {
    const before = strong.filter((m) => m.end <= headFinal.directionAt);
    if (before.length > 0) return before[before.length - 1];
  }
  return strong[0] ?? heads[0];
}

function adjacent(a: MetricMatch, b: MetricMatch, text: string): boolean {
  return b.start >= a.end && /^[\s的-]*$/u.test(text.slice(a.end, b.start));
}

/**
 * The metric ids an objectives list names, in any of the four languages ("Revenue", "win rate", "客户流失"),
 * or the id itself ("win_rate"). Unrecognised names are kept for a literal match.
 */
export interface Objectives {
  readonly names: readonly string[];
  readonly ids: ReadonlySet<string>;
  /** Normalised names the lexicon does not know, matched as words in the goal. */
  readonly literals: readonly string[];
}

export function objectivesOf(objectives: readonly string[], normalise: (s: string) => string): Objectives {
  const ids = new Set<string>();
  const literals: string[] = [];
  const known = new Set(METRIC_LEXICON.map((e) => e.id));
  const languages: KnownLanguage[] = ["en", "nl", "zh", "ar"];
  for (const raw of objectives) {
    const text = normalise(raw).trim();
    if (text === "") continue;
    const asId = text.replace(/[\s-]+/g, "_");
    if (known.has(asId)) {
      ids.add(asId);
      continue;
    }
    let matched = false;
    for (const language of languages) {
      const first = primaryMetric(findMetrics(text, language), text);
      if (first !== undefined) {
        ids.add(first.id);
        matched = true;
        break;
      }
    }
    if (!matched) literals.push(text);
  }
  return { names: objectives, ids, literals };
}
