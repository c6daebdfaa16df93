import { LANGUAGE_PACKS } from "./lexicon/index.js";
import { lexiconPattern, markerPattern } from "./patterns.js";
import { scan } from "./scan.js";
import type { KnownLanguage, Span } from "./types.js";

/**
 * Words that give a metric a direction or a target state ("increase", "verlaag", 提高, خفض, "keep … under",
 * "reach"), and the small words that tell a change from a target ("by 10%" vs "to 10%"), from each language's
 * pack (lexicon/<language>.ts, `directions`).
 */
export interface CompiledDirections {
  readonly up: RegExp;
  readonly down: RegExp;
  readonly target: RegExp;
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

/** Where the first direction or target word starts, or -1: Chinese and Japanese put the metric right before it. */
export function firstDirectionIndex(normalised: string, language: KnownLanguage): number {
  const d = directionsOf(language);
  let first = -1;
  for (const pattern of [d.up, d.down, d.target]) {
    const i = firstIndex(pattern, normalised);
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
  return first;
}

/** Which way the goal moves its metric: the first direction word decides; "hold" when only a target is set. */
export function directionOf(normalised: string, language: KnownLanguage): "up" | "down" | "hold" | undefined {
  const d = directionsOf(language);
  const up = firstIndex(d.up, normalised);
  const down = firstIndex(d.down, normalised);
  if (up >= 0 && (down < 0 || up < down)) return "up";
  if (down >= 0) return "down";
  return firstIndex(d.target, normalised) >= 0 ? "hold" : undefined;
}

/** The direction words (up and down) of a goal, in order: what can move a weak noun such as "customers". */
export function directionWords(normalised: string, language: KnownLanguage): Span[] {
  const d = directionsOf(language);
  const spans: Span[] = [];
  for (const pattern of [d.up, d.down]) {
    for (const m of scan(pattern, normalised)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

function firstIndex(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  pattern.lastIndex = 0;
  return m === null ? -1 : m.index;
}
