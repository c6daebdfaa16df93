/**
 * Every match of a global pattern, as [index, text, groups]. Most lexicon patterns do not occur in a given goal,
 * so a plain test() runs first: it allocates nothing, where matchAll builds an iterator per pattern per goal.
 */
export function scan(pattern: RegExp, text: string): RegExpExecArray[] {
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return [];
  pattern.lastIndex = 0;
  const found: RegExpExecArray[] = [];
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return found;
}
