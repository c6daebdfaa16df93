/**
 * A run of digits with separators as goals write them in any of the four languages: "1,5" and "1.5" are one
 * and a half, "18.000" and "22,000" are eighteen and twenty-two thousand. The rule, language-independent:
 * with both separators the last one is the decimal mark; with one kind used once, it groups thousands when
 * exactly three digits follow it and is the decimal mark otherwise; used more than once, it groups thousands.
 * Returns undefined for a malformed run ("1.2.34").
 */
export function parseDigitRun(run: string): number | undefined {
  const dot = run.lastIndexOf(".");
  const comma = run.lastIndexOf(",");
  if (dot < 0 && comma < 0) return Number(run);
  if (dot >= 0 && comma >= 0) {
    const decimal = dot > comma ? "." : ",";
    const group = decimal === "." ? "," : ".";
    const [whole, fraction, extra] = run.split(decimal);
    if (extra !== undefined || !validGroups(whole as string, group)) return undefined;
    return Number(`${(whole as string).split(group).join("")}.${fraction}`);
  }
  const mark = dot >= 0 ? "." : ",";
  const parts = run.split(mark);
  if (parts.length === 2) {
    const [whole, fraction] = parts as [string, string];
    return fraction.length === 3 ? Number(whole + fraction) : Number(`${whole}.${fraction}`);
  }
  return validGroups(run, mark) ? Number(parts.join("")) : undefined;
}

/** "1,234,567": the first group has one to three digits, every later group exactly three. */
function validGroups(whole: string, group: string): boolean {
  const parts = whole.split(group);
  return parts.every((p, i) => (i === 0 ? p.length >= 1 && p.length <= 3 : p.length === 3)) || parts.length === 1;
}
