import { describe, expect, it } from "vitest";
import { escapeControls, escapeLines } from "../../generator/cli/terminal-text.js";

describe("escapeControls(text)", () => {
  it.each([
    ["a plain line", "Deals!F2: Amount must be a number", "Deals!F2: Amount must be a number"],
    ["a newline that would start a forged problem line", "Colour\nDeals!A1: ok", "Colour\\nDeals!A1: ok"],
    ["a carriage return that would overwrite the line", "x\rgoalsheet: done", "x\\rgoalsheet: done"],
    ["a tab", "a\tb", "a\\tb"],
    ["an ANSI escape sequence", "\u001b[2J\u001b[31mred", "\\u001B[2J\\u001B[31mred"],
    ["NUL and DEL", "a\u0000b\u007f", "a\\u0000b\\u007F"],
    ["a C1 control (CSI)", "a\u009bb", "a\\u009Bb"],
    ["the right-to-left override", "exe.\u202Etxt", "exe.\\u202Etxt"],
    ["the bidi isolates", "\u2066a\u2067b\u2068c\u2069", "\\u2066a\\u2067b\\u2068c\\u2069"],
    [
      "the embeddings and marks",
      "\u202A\u202B\u202C\u202D\u200E\u200F\u061C",
      "\\u202A\\u202B\\u202C\\u202D\\u200E\\u200F\\u061C",
    ],
    ["the Unicode line and paragraph separators", "a\u2028b\u2029c", "a\\u2028b\\u2029c"],
  ])("escapes %s", (_what, input, expected) => {
    expect(escapeControls(input)).toBe(expected);
  });

  it.each([
    ["Arabic text with a zero-width non-joiner", "الصفقات\u200Cالمبلغ"],
    ["an emoji sequence with a zero-width joiner", "👩\u200D💻"],
    ["Chinese and accents", "商机 · Bedrag € 1.000,00 · Ñandú"],
  ])("leaves %s as it is", (_what, text) => {
    expect(escapeControls(text)).toBe(text);
  });
});

describe("escapeLines(lines)", () => {
  it("keeps the line breaks between lines and escapes the ones inside them", () => {
    expect(escapeLines(["Deals!A1: one", "Deals!B2: two\nDeals!C3: forged"])).toBe(
      "Deals!A1: one\nDeals!B2: two\\nDeals!C3: forged",
    );
  });
});
