import { lexiconPattern } from "./normalize.js";
import { scan } from "./scan.js";
import { TIME_LEXICON } from "./time-lexicon.js";
import type { KnownLanguage, Span } from "./types.js";

export interface TimeMatch extends Span {
  readonly text: string;
}

export interface TimeFound {
  /** Deadlines, periods, cadences and durations with a lead-in ("within six months"). */
  readonly frames: readonly TimeMatch[];
  /** Bare lengths ("30 days"): a time frame for most metrics, the measure itself for duration metrics. */
  readonly lengths: readonly TimeMatch[];
}

interface CompiledTime {
  readonly mask: RegExp | undefined;
  readonly frames: readonly RegExp[];
  readonly durations: RegExp;
}

const compiled = new Map<KnownLanguage, CompiledTime>();

function compile(language: KnownLanguage): CompiledTime {
  let c = compiled.get(language);
  if (c === undefined) {
    const lexicon = TIME_LEXICON[language];
    c = {
      mask: lexicon.mask === undefined ? undefined : lexiconPattern(lexicon.mask),
      frames: lexicon.frames.map(lexiconPattern),
      durations: lexiconPattern(lexicon.durations),
    };
    compiled.set(language, c);
  }
  return c;
}

/** Find the time expressions of a normalised goal (see time-lexicon.ts for the three kinds). */
export function findTime(normalised: string, language: KnownLanguage): TimeFound {
  const { mask, frames, durations } = compile(language);
  // Blank masked names with spaces of the same length, so positions still line up with the goal.
  const text = mask === undefined ? normalised : normalised.replace(mask, (m) => " ".repeat(m.length));
  const found: TimeMatch[] = [];
  const lengths: TimeMatch[] = [];
  for (const pattern of frames) {
    for (const m of scan(pattern, text)) {
      if (m[0].trim() !== "") found.push({ start: m.index, end: m.index + m[0].length, text: m[0].trim() });
    }
  }
  for (const m of scan(durations, text)) {
    const match = { start: m.index, end: m.index + m[0].length, text: m[0].trim() };
    if (m.groups?.lead !== undefined || m.groups?.within !== undefined) found.push(match);
    else lengths.push(match);
  }
  found.sort((a, b) => a.start - b.start);
  return { frames: found, lengths };
}

/** Whether a span overlaps any of the given spans. */
export function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start < span.end && span.start < s.end);
}
