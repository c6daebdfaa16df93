/**
 * Names that stand for "nobody": what exports and people write where a customer (or a rep) is unknown —
 * "(blank)" from pivot tables, "NA"/"N/A" from R and Excel, "-", "unknown", "null" from databases. A row
 * under such a name belongs to no customer, so customer value leaves it out (with a count), in a cell
 * (CLVFIT, CLV) and in the report alike.
 */
const PLACEHOLDERS = new Set([
  "(blank)",
  "blank",
  "(none)",
  "none",
  "na",
  "n/a",
  "#n/a",
  "n.a.",
  "nan",
  "null",
  "nil",
  "-",
  "--",
  "?",
  "unknown",
  "(unknown)",
  "tbd",
  "未知",
  "无",
  "onbekend",
  "غير معروف",
]);

export function isPlaceholder(name: string): boolean {
  return PLACEHOLDERS.has(name.trim().toLowerCase());
}
