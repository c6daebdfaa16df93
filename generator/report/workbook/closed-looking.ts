import { normaliseWord } from "../../../shared/winrate/outcomes.js";

/**
 * Whether a Stage that names no known outcome still reads like a closed one: "Closed Wno", "Lsot",
 * "Gesloten - dubbel". A CRM's own open stages ("Contract sent", "Ready to close") are open deals, but a
 * mistyped closed stage counted as open pipeline is a silent wrong answer, so the import names such rows.
 *
 * Whole words only (so "Ready to close" and "Post-demo" stay open), plus one slip of the keyboard on the
 * English words (a swapped pair, a letter missing or added: "wno", "lsot", "closd"), never a substituted
 * letter ("host" and "cost" are one letter from "lost").
 */
const CLOSED_WORDS = new Set([
  ...["closed", "won", "lost", "gesloten", "gewonnen", "verloren", "geschlossen"],
  // Spanish, French and Portuguese: the import reads none of these as an outcome, so such a stage is open.
  ...["ganado", "ganada", "perdido", "perdida", "cerrado", "cerrada", "gagné", "gagnée", "perdu", "perdue", "clos"],
  ...["fermé", "fermée", "ganho", "ganha", "fechado", "fechada"],
]);
const TYPO_TARGETS = ["closed", "won", "lost"];
/** Real words one slip from those ("Ready to close", "Own intro", "Revisión de los términos"): not typos. */
const NOT_SLIPS = new Set(["close", "closes", "closer", "own", "lots", "lot", "lose", "los", "ost"]);
/** Scripts without spaces between words: a closed-outcome word anywhere in the stage. */
const CLOSED_PARTS = ["赢单", "输单", "丢单", "已关闭", "受注", "失注", "مغلقة", "مكسوبة", "خاسرة"];

export function looksClosed(stage: string): boolean {
  const text = normaliseWord(stage);
  if (CLOSED_PARTS.some((part) => text.includes(part))) return true;
  for (const token of text.split(/[^\p{L}\p{N}]+/u)) {
    if (token.length < 3) continue;
    if (CLOSED_WORDS.has(token)) return true;
    if (!NOT_SLIPS.has(token) && TYPO_TARGETS.some((target) => oneSlipFrom(token, target))) return true;
  }
  return false;
}

/** A swapped neighbour pair, or one letter left out or added (not a substitution). */
function oneSlipFrom(token: string, target: string): boolean {
  if (token === target) return true;
  if (token.length === target.length) {
    for (let i = 0; i + 1 < token.length; i++) {
      if (token[i] !== target[i])
        return token[i] === target[i + 1] && token[i + 1] === target[i] && token.slice(i + 2) === target.slice(i + 2);
    }
    return false;
  }
  const [short, long] = token.length < target.length ? [token, target] : [target, token];
  if (long.length - short.length !== 1) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}
