import { LANGUAGE_PACKS } from "./lexicon/index.js";
import { type LexiconPattern, lexiconPattern, markerPattern } from "./patterns.js";
import type { KnownLanguage, Span } from "./types.js";

/**
 * Words that give a metric a direction or a target state ("increase", "verlaag", 提高, خفض, "keep … under",
 * "reach"), and the small words that tell a change from a target ("by 10%" vs "to 10%"), from each language's
 * pack (lexicon/<language>.ts, `directions`).
 */
export interface CompiledDirections {
  readonly up: LexiconPattern;
  readonly down: LexiconPattern;
  readonly target: LexiconPattern;
  readonly byMarker: RegExp;
  readonly toMarker: RegExp;
  readonly fromMarker: RegExp;
  /** Markers after a quantity (Japanese 10%から, 20%に); a pattern that never matches elsewhere. */
  readonly byAfter: RegExp;
  readonly toAfter: RegExp;
  readonly fromAfter: RegExp;
}

const NEVER = /(?!)/;
const compiled = new Map<KnownLanguage, CompiledDirections>();

export function directionsOf(language: KnownLanguage): CompiledDirections {
  let c = compiled.get(language);
  if (c === undefined) {
    const { directions: l, boundary } = LANGUAGE_PACKS[language];
    const after = (source: string | undefined): RegExp => (source === undefined ? NEVER : markerPattern(source));
    c = {
      up: lexiconPattern(l.up, boundary),
      down: lexiconPattern(l.down, boundary),
      target: lexiconPattern(l.target, boundary),
      byMarker: markerPattern(l.byMarker),
      toMarker: markerPattern(l.toMarker),
      fromMarker: markerPattern(l.fromMarker),
      byAfter: after(l.byAfter),
      toAfter: after(l.toAfter),
      fromAfter: after(l.fromAfter),
    };
    compiled.set(language, c);
  }
  return c;
}

/** What the direction words of a goal say, from one scan of each pattern. */
export interface DirectionFacts {
  /** Which way the goal moves its metric: the first direction word decides; "hold" when only a target is set. */
  readonly direction: "up" | "down" | "hold" | undefined;
  /** Where the first direction or target word starts, or -1: Chinese and Japanese put the metric right before it. */
  readonly firstAt: number;
  /** The up and down words, in order: what can move a weak noun such as "customers". */
  readonly words: readonly Span[];
}

export function directionFacts(normalised: string, language: KnownLanguage): DirectionFacts {
  const d = directionsOf(language);
  const words: Span[] = [];
  let up = -1;
  let down = -1;
  for (const m of d.up.scan(normalised)) {
    if (up < 0) up = m.index;
    words.push({ start: m.index, end: m.index + m.text.length });
  }
  for (const m of d.down.scan(normalised)) {
    if (down < 0) down = m.index;
    words.push({ start: m.index, end: m.index + m.text.length });
  }
  const targetAt = d.target.first(normalised);
  words.sort(byStart);
  const direction = up >= 0 && (down < 0 || up < down) ? "up" : down >= 0 ? "down" : targetAt >= 0 ? "hold" : undefined;
  let firstAt = -1;
  for (const i of [up, down, targetAt]) if (i >= 0 && (firstAt < 0 || i < firstAt)) firstAt = i;
  return { direction, firstAt, words };
}

/** Which way the goal moves its metric (see DirectionFacts). */
export function directionOf(normalised: string, language: KnownLanguage): "up" | "down" | "hold" | undefined {
  return directionFacts(normalised, language).direction;
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start;
}
