import { LANGUAGE_PACKS } from "./lexicon/index.js";
import { LETTER } from "./patterns.js";
import type { KnownLanguage, Span } from "./types.js";

/**
 * Whether the goal counts or moves a weak noun ("customers", "pipeline", "markets"): it does when the goal has a
 * quantity ("win 50 new customers") or when a direction word is attached to the noun, with nothing between them
 * but the language's fillers (articles, "more", "new", "the number of"): "win more customers", "grow the
 * pipeline", "meer klanten winnen", 新增客户. "Meer focus op de juiste klanten" and "spend more time with
 * customers" move focus and time, not the customers, so they name no metric.
 */
const gaps = new Map<KnownLanguage, RegExp>();

function gapPattern(language: KnownLanguage): RegExp {
  let g = gaps.get(language);
  if (g === undefined) {
    const { fillers, boundary } = LANGUAGE_PACKS[language];
    const word = boundary === "none" ? `(?:${fillers})` : `(?:${fillers})(?!${LETTER})`;
    g = new RegExp(`^(?:[\\s,'’-]|${word})*$`);
    gaps.set(language, g);
  }
  return g;
}

/** The gap between two spans, or undefined when they overlap or are too far apart to be one phrase. */
function gapBetween(text: string, a: Span, b: Span): string | undefined {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (second.start < first.end || second.start - first.end > 40) return undefined;
  return text.slice(first.end, second.start);
}

/** What decides whether a weak mention counts: the goal's quantities and its direction words, sorted by start. */
export interface WeakContext {
  readonly hasQuantity: boolean;
  readonly words: readonly Span[];
  readonly quantities: readonly Span[];
}

/**
 * A weak noun a quantity counts right before it ("sign 10 new clients", "10 nouveaux clients", 新增客户五百家 is not
 * this: the count comes after): the goal is about that noun, even when a stronger metric follows ("… with an
 * average basket above €1,000").
 */
export function isDirectlyCounted(m: Span, text: string, language: KnownLanguage, context: WeakContext): boolean {
  const gap = gapPattern(language);
  for (const q of context.quantities) {
    if (q.end > m.start) break;
    const between = gapBetween(text, q, m);
    if (between !== undefined && gap.test(between)) return true;
  }
  return false;
}

export function isCounted(m: Span, text: string, language: KnownLanguage, context: WeakContext): boolean {
  if (context.hasQuantity) return true;
  const { words } = context;
  // The nearest direction words on either side decide.
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] as Span).start < m.start) lo = mid + 1;
    else hi = mid;
  }
  const gap = gapPattern(language);
  const before = words[lo - 1];
  const after = words[lo];
  const left = before === undefined ? undefined : gapBetween(text, before, m);
  if (left !== undefined && gap.test(left)) return true;
  const right = after === undefined ? undefined : gapBetween(text, after, m);
  return right !== undefined && gap.test(right);
}
