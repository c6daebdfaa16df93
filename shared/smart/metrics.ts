import { LANGUAGE_PACKS } from "./lexicon/index.js";
import { METRIC_LEXICON, type MetricEntry } from "./metric-lexicon.js";
import { blank, longestFirst } from "./overlaps.js";
import { type LexiconPattern, LexiconSet, lexiconPattern } from "./patterns.js";
import { KNOWN_LANGUAGES, type KnownLanguage, type Span } from "./types.js";
import { isCounted, isDirectlyCounted, type WeakContext } from "./weak.js";

export interface MetricMatch extends Span {
  readonly id: string;
  /** The words as the goal wrote them (normalised), quoted in reasons. */
  readonly text: string;
  readonly entry: MetricEntry;
}

interface Compiled {
  readonly mask: LexiconPattern | undefined;
  readonly names: LexiconSet<MetricEntry>;
  readonly adjacent: RegExp;
}

const compiled = new Map<KnownLanguage, Compiled>();

function compile(language: KnownLanguage): Compiled {
  let c = compiled.get(language);
  if (c === undefined) {
    const pack = LANGUAGE_PACKS[language];
    const boundary = pack.metricBoundary ?? pack.boundary;
    const linkers = pack.linkers === "" ? "" : `|${pack.linkers}`;
    c = {
      mask: pack.notAMetric === undefined ? undefined : lexiconPattern(pack.notAMetric, pack.boundary),
      names: new LexiconSet(
        METRIC_LEXICON.map((entry) => [entry, entry.names[language]] as const),
        boundary,
      ),
      adjacent: new RegExp(`^(?:[\\s'-]${linkers})*$`),
    };
    compiled.set(language, c);
  }
  return c;
}

/** Every metric mention in a normalised goal, in order of position (longest first at the same position). */
export function findMetrics(normalised: string, language: KnownLanguage): MetricMatch[] {
  const { mask, names } = compile(language);
  const text = blank(normalised, mask);
  const found: MetricMatch[] = [];
  for (const m of names.scan(text)) {
    found.push({ start: m.index, end: m.index + m.text.length, id: m.key.id, text: m.text.trim(), entry: m.key });
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The goal's metric, by three general rules:
 * 1. A mention inside a longer one does not compete ("customer" in "customer acquisition cost").
 * 2. Of two mentions side by side (joined by the language's linkers: "de", 的), one is the head and the other
 *    qualifies it: the second where the head comes last (English, Dutch, German, Chinese, Japanese: "lead
 *    response time", 线索响应时间), the first where it comes first (Arabic تكاليف المبيعات, Spanish "tasa de
 *    conversión de leads").
 * 3. The earliest strong mention wins; a weak one only when nothing else is named. Chinese and Japanese put the
 *    object before the verb (将胜率提高5%, 売上を10%増やす), so there the last mention before the first direction
 *    word wins, when there is one.
 * With `weak` given, a weak mention the goal neither counts nor moves names no metric (see weak.ts).
 */
export function primaryMetric(
  mentions: readonly MetricMatch[],
  text: string,
  language: KnownLanguage,
  directionAt = -1,
  weak?: WeakContext,
): MetricMatch | undefined {
  if (mentions.length === 0) return undefined;
  const pack = LANGUAGE_PACKS[language];
  const { adjacent } = compile(language);
  const outer: MetricMatch[] = [];
  for (const m of longestFirst(mentions)) {
    if (!m.entry.weak || weak === undefined || isCounted(m, text, language, weak)) outer.push(m);
  }
  const headFirst = pack.head === "head-first";
  const heads: MetricMatch[] = [];
  for (let i = 0; i < outer.length; i++) {
    const m = outer[i] as MetricMatch;
    // Hyphenated, it only qualifies what follows: "lead-to-customer conversion", "demo-to-close rate".
    if (!headFirst && /^-[a-z\u00c0-\u024f]/.test(text.slice(m.end, m.end + 2))) continue;
    const next = outer[i + 1];
    if (headFirst) {
      const previous = outer[i - 1];
      if (!(previous !== undefined && near(previous, m, text, adjacent))) heads.push(m);
    } else if (!(next !== undefined && near(m, next, text, adjacent) && !next.entry.weak)) heads.push(m);
  }
  const strong = heads.filter((m) => !m.entry.weak);
  // A weak noun counted right before it, ahead of every strong mention, is what the goal is about.
  const first = heads[0];
  if (
    first?.entry.weak &&
    weak !== undefined &&
    (strong[0] === undefined || first.start < (strong[0] as MetricMatch).start) &&
    isDirectlyCounted(first, text, language, weak)
  ) {
    return first;
  }
  if (pack.objectBeforeVerb && directionAt >= 0) {
    let before: MetricMatch | undefined;
    for (const m of strong) if (m.end <= directionAt) before = m;
    if (before !== undefined) return before;
  }
  return strong[0] ?? heads[0];
}

/** Side by side: a short gap of spaces and linkers, not a clause. */
function near(a: Span, b: Span, text: string, adjacent: RegExp): boolean {
  return b.start >= a.end && b.start - a.end <= 16 && adjacent.test(text.slice(a.end, b.start));
}

/**
 * The metric ids an objectives list names, in any language ("Revenue", "win rate", "客户流失", "Umsatz"), or the
 * id itself ("win_rate"). Unrecognised names are kept for a literal match.
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
  const known = new Set<string>(METRIC_LEXICON.map((e) => e.id));
  for (const raw of objectives) {
    const text = normalise(raw).trim();
    if (text === "") continue;
    const asId = text.replace(/[\s-]+/g, "_");
    if (known.has(asId)) {
      ids.add(asId);
      continue;
    }
    let matched = false;
    for (const language of KNOWN_LANGUAGES) {
      const first = primaryMetric(findMetrics(text, language), text, language);
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
