import type { LexiconPattern } from "./patterns.js";
import type { Span } from "./types.js";

/**
 * Overlapping matches, resolved in linear time (after a sort): goals of any length must not cost a pass over
 * every earlier match per match.
 */

/** Spans not inside a strictly longer span, in order of position (longest first at the same position). */
export function longestFirst<T extends Span>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let reach: Span | undefined; // the span reaching furthest so far
  for (const s of sorted) {
    const inside = reach !== undefined && reach.start <= s.start && s.end <= reach.end;
    const sameSpan = reach !== undefined && reach.start === s.start && reach.end === s.end;
    if (!inside || sameSpan) out.push(s);
    if (reach === undefined || s.end > reach.end) reach = s;
  }
  return out;
}

/**
 * Whether span overlaps any span of a list sorted by start with no span inside another (longestFirst's
 * output): a binary search for the last span starting before span's end.
 */
export function overlapsSorted(span: Span, sorted: readonly Span[]): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Span).start < span.end) lo = mid + 1;
    else hi = mid;
  }
  // Spans before lo start before span's end; among them only the last few can reach past span.start, and since
  // none contains another their ends increase with their starts, so the last one decides.
  const last = sorted[lo - 1];
  return last !== undefined && last.end > span.start;
}

/** Text with the matches of a pattern replaced by spaces, so positions still line up with the goal. */
export function blank(text: string, mask: LexiconPattern | undefined): string {
  const found = mask === undefined ? [] : mask.scan(text);
  if (found.length === 0) return text;
  let out = "";
  let at = 0;
  for (const m of found) {
    out += text.slice(at, m.index) + " ".repeat(m.text.length);
    at = m.index + m.text.length;
  }
  return out + text.slice(at);
}

/**
 * Marks taken character ranges, so a quantity overlapping a date, a duration or an earlier quantity is skipped:
 * each check costs the span's own length, never the number of spans taken before.
 */
export class Taken {
  private readonly marks: Uint8Array;

  constructor(length: number, spans: readonly Span[] = []) {
    this.marks = new Uint8Array(length + 1);
    for (const s of spans) this.take(s);
  }

  overlaps(span: Span): boolean {
    for (let i = span.start; i < span.end; i++) if (this.marks[i] === 1) return true;
    return false;
  }

  take(span: Span): void {
    this.marks.fill(1, span.start, span.end);
  }
}
