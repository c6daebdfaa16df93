import { LANGUAGE_PACKS } from "./lexicon/index.js";
import { blank, longestFirst } from "./overlaps.js";
import { type LexiconPattern, LexiconSet, lexiconPattern, markerPattern } from "./patterns.js";
import type { KnownLanguage, Span } from "./types.js";

export interface TimeMatch extends Span {
  readonly text: string;
}

/** A number with a time unit ("30 days", "within six months", 5分钟以内). */
export interface DurationMatch extends TimeMatch {
  /** Introduced as a time frame: "within", "binnen", خلال, or a 内 suffix. */
  readonly lead: boolean;
  /** Right after a target or comparison word ("under", "to", 缩短到) or before one (Japanese に短縮). */
  readonly marked: boolean;
}

export interface TimeFound {
  /** Deadlines, periods and cadences. */
  readonly frames: readonly TimeMatch[];
  /** Numbers with a time unit: time frames, or the measure itself when the metric is a duration. */
  readonly durations: readonly DurationMatch[];
}

interface CompiledTime {
  readonly mask: LexiconPattern | undefined;
  readonly frames: LexiconSet<number>;
  readonly durations: LexiconPattern;
  readonly measureBefore: RegExp;
  readonly measureAfter: RegExp | undefined;
}

const compiled = new Map<KnownLanguage, CompiledTime>();

function compile(language: KnownLanguage): CompiledTime {
  let c = compiled.get(language);
  if (c === undefined) {
    const pack = LANGUAGE_PACKS[language];
    const { time, boundary } = pack;
    c = {
      mask: time.mask === undefined ? undefined : lexiconPattern(time.mask, boundary),
      frames: new LexiconSet(
        time.frames.map((source, i) => [i, source] as const),
        boundary,
        true,
      ),
      durations: lexiconPattern(time.durations, boundary),
      measureBefore: markerPattern(time.measureBefore),
      measureAfter: time.measureAfter === undefined ? undefined : markerPattern(time.measureAfter),
    };
    compiled.set(language, c);
  }
  return c;
}

/**
 * Find the time expressions of a normalised goal. Where expressions overlap, the longest wins, so a goal is
 * quoted by whole phrases: 下一季度 (next quarter), not the 一季度 (Q1) inside it; "binnen zes maanden", not
 * "maanden".
 */
export function findTime(normalised: string, language: KnownLanguage): TimeFound {
  const { mask, frames, durations, measureBefore, measureAfter } = compile(language);
  // Blank masked names with spaces of the same length, so positions still line up with the goal.
  const text = blank(normalised, mask);
  const found: (TimeMatch & { duration?: DurationMatch })[] = [];
  for (const m of frames.scan(text)) {
    const start = m.index + (m.text.length - m.text.trimStart().length);
    const end = m.index + m.text.trimEnd().length;
    if (end > start) found.push({ start, end, text: text.slice(start, end) });
  }
  for (const m of durations.scan(text)) {
    const start = m.index;
    const end = m.index + m.text.length;
    const lead = m.groups?.lead !== undefined || m.groups?.within !== undefined;
    const before = text.slice(Math.max(0, start - 24), start).trimEnd();
    const after = text.slice(end, end + 16).trimStart();
    const marked = measureBefore.test(before) || (measureAfter?.test(after) ?? false);
    const duration: DurationMatch = { start, end, text: m.text.trim(), lead, marked };
    found.push({ ...duration, duration });
  }
  const kept = longestFirst(found);
  return {
    frames: merged(
      text,
      kept.filter((t) => t.duration === undefined),
    ),
    durations: kept.flatMap((t) => (t.duration === undefined ? [] : [t.duration])),
  };
}

/** Frames that overlap are one phrase: "el ejercicio" and "ejercicio 2027" are "el ejercicio 2027". */
function merged(text: string, frames: readonly TimeMatch[]): TimeMatch[] {
  const out: TimeMatch[] = [];
  for (const f of frames) {
    const last = out[out.length - 1];
    if (last !== undefined && f.start < last.end) {
      const end = Math.max(last.end, f.end);
      out[out.length - 1] = { start: last.start, end, text: text.slice(last.start, end) };
    } else {
      out.push({ start: f.start, end: f.end, text: f.text });
    }
  }
  return out;
}

/**
 * Which durations are time frames. For most metrics, all of them. For a duration metric (sales cycle, response
 * time, payback), a duration is the measure when it follows a target word ("under 10 minutes", "from 18 to 12
 * months", 缩短到5分钟以内) or stands bare ("a cycle of 45 days"); one introduced as a frame ("within six months")
 * is the deadline when the goal already has a measure or moves the metric ("shorten the cycle by 10% within six
 * months"), and the measure otherwise ("answer every lead within 5 minutes").
 */
export function durationFrames(
  durations: readonly DurationMatch[],
  durationMetric: boolean,
  hasOtherMeasure: boolean,
  moves: boolean,
): DurationMatch[] {
  if (!durationMetric) return [...durations];
  const measures = durations.filter((d) => d.marked || !d.lead);
  const measured = hasOtherMeasure || measures.length > 0;
  return durations.filter((d) => d.lead && !d.marked && (measured || moves));
}
