/**
 * Every match of a global pattern, as exec results. Most lexicon patterns do not occur in a given goal, and a
 * missed exec allocates nothing, so no test() runs first (it would run every hit twice).
 */
export function scan(pattern: RegExp, text: string): RegExpExecArray[] {
  pattern.lastIndex = 0;
  let m = pattern.exec(text);
  if (m === null) return NONE;
  const found: RegExpExecArray[] = [];
  for (; m !== null; m = pattern.exec(text)) {
    found.push(m);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return found;
}

const NONE: RegExpExecArray[] = [];
