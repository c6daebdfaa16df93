/**
 * Text from a workbook or the command line (a header cell, a file name, an option value) reaches the user's
 * terminal inside our messages. Printed raw, a newline in a header would start a line that looks like one of
 * ours ("Deals!A1: …"), a carriage return would overwrite one, an escape sequence would drive the terminal,
 * and a bidi control (U+202E, U+2066…) would reorder what the reader sees. Every line the CLI prints to stderr
 * goes through `escapeControls` once, in the top-level handler and in warnings, so no message can forge
 * another.
 */

/**
 * C0 and C1 controls and DEL, the explicit bidi marks, embeddings, overrides and isolates, and the Unicode
 * line and paragraph separators. Zero-width joiners stay: they are part of ordinary Arabic, Persian and emoji
 * text and cannot move or forge anything.
 */
const CONTROLS = /[\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** The text with every control character shown as an escape (`\n`, `\u202E`), so one message is one line. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

/** Several lines, each escaped on its own: the line breaks between them are ours, any inside them are not. */
export function escapeLines(lines: readonly string[]): string {
  return lines.map(escapeControls).join("\n");
}
