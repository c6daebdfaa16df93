import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FUNCTIONS } from "../../shared/functions.js";
import { ADDIN_DIST, requireBuild } from "./browser.js";

/** The pages Excel opens from "Help on this function" (each function's helpUrl), as built into dist/addin/help. */
const page = (name: string) => readFileSync(requireBuild(join("help", `${name.toLowerCase()}.html`)), "utf8");
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

describe("help pages", () => {
  it.each(FUNCTIONS.map((f) => [f.name]))("%s: syntax, every argument, an example, no script, a strict CSP", (name) => {
    const fn = FUNCTIONS.find((f) => f.name === name);
    const html = page(name);
    expect(html).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src 'self'\"");
    expect(html).not.toMatch(/<script/i);
    for (const p of fn?.params ?? []) expect(html).toContain(`<code>${p.name}</code>`);
    expect(text(html)).toContain(fn?.example.formula);
  });

  it("say what a blank ramp cell means in each form, as QUOTASPLIT reads it", () => {
    expect(text(page("QUOTASPLIT"))).toContain(
      "ramp (optional) Reps × periods capacities 0–1 (blank = 0: no quota that period), or a column with each rep's start period (25/50/75% then 100%; blank or 0 = fully ramped). In a one-period split a column holds capacities. In a capacity grid (and in a one-period split's column) a blank cell is 0: no quota that period. As a start period, blank or 0 means fully ramped.",
    );
  });

  it("say where a 0 is refused, why, and that the desktop's blank cell is 0", () => {
    expect(text(page("CLV"))).toContain(
      "gross_margin (optional) Gross margin as a fraction (0.8 = 80%); default 1. Left out: the default (1 = 100%). 0 is refused (0 would make the lifetime value 0): Excel desktop passes a blank cell as 0, so leave the argument out rather than point it at an empty cell.",
    );
    expect(text(page("CLV"))).toContain(
      "discount_rate (optional) Discount rate per period (0.01 = 1%); default 0. Blank, 0 or left out: the default.",
    );
  });

  it("lists every function on the index page", () => {
    const index = readFileSync(join(ADDIN_DIST, "help", "index.html"), "utf8");
    for (const fn of FUNCTIONS) expect(index).toContain(`href="${fn.name.toLowerCase()}.html"`);
  });
});
