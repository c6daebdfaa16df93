import type { Boundary } from "./lexicon/pack.js";

/**
 * A regular expression compiled straight to machine code. V8 first runs a new regular expression in its
 * interpreter (compiled to bytecode) and compiles it to machine code on its second run, unless the string it
 * runs on is at least 1,000 characters long (JSRegExp::kTierUpForSubjectLengthValue). A goal is short and a
 * lexicon pattern runs a few times per goal, so in a short-lived process nearly every pattern was compiled
 * twice, and the bytecode step was most of SMARTCHECK's start-up: 40 ms of a 10,000-row report's first two
 * checks. One run on a long blank string makes V8 compile it once, to machine code. V8 compiles apart for
 * one-byte strings (Latin script) and two-byte ones (Arabic, Chinese, Japanese), so the blank is of the width of
 * the goals the pattern reads; it starts no match. Other engines pay one short failed search. No result depends
 * on any of this.
 */
const LONG_BLANK = "\u0001".repeat(1000);
// U+FFFF makes the string two-byte and is a character no lexicon names.
const LONG_WIDE_BLANK = "\uffff".repeat(1000);

/** @param wide the pattern reads two-byte goals (Arabic, Chinese, Japanese script) */
export function nativeRegExp(source: string, flags: string, wide: boolean): RegExp {
  const pattern = new RegExp(source, flags);
  pattern.exec(wide ? LONG_WIDE_BLANK : LONG_BLANK);
  pattern.lastIndex = 0;
  return pattern;
}

/**
 * Are a language's goals two-byte strings? Those without spaces between words (Chinese, Japanese) or with Arabic
 * clitics are: their scripts lie beyond U+00FF.
 */
export function twoByte(boundary: Boundary): boolean {
  return boundary === "none" || boundary === "clitic";
}

/** Is this lexicon source written in Arabic, Chinese or Japanese script (so its goals are two-byte strings)? */
export function writtenWide(source: string): boolean {
  return WIDE_SCRIPT.test(source);
}

const WIDE_SCRIPT = /[\u0600-\u06ff\u3000-\u9fff\uff00-\uffef]/;
