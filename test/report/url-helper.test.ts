import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import type { ReportModel } from "../../generator/report/model/report-model.js";
import { registerHelpers, safeUrl } from "../../generator/report/render/helpers.js";

describe("the url helper (issue 5: only http, https and mailto links)", () => {
  it.each([
    ["https://example.com/goals?q=1", "https://example.com/goals?q=1"],
    ["http://example.com", "http://example.com/"],
    ["mailto:sales@example.com", "mailto:sales@example.com"],
    ["  https://example.com  ", "https://example.com/"],
  ])("keeps %j", (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example/x",
    "/relative/path",
    "not a url",
    "",
  ])("turns %j into #", (input) => {
    expect(safeUrl(input)).toBe("#");
  });

  it.each([null, undefined, 42, { toString: () => "https://x.example" }])("turns the non-text %j into #", (input) => {
    expect(safeUrl(input)).toBe("#");
  });

  it("is what {{url}} renders, escaped inside an attribute", () => {
    const hbs = Handlebars.create();
    registerHelpers(hbs, { locale: "en", currency: "USD" } as ReportModel, {});
    const render = hbs.compile('<a href="{{url link}}">x</a>');
    expect(render({ link: "javascript:alert(1)" })).toBe('<a href="#">x</a>');
    expect(render({ link: 'https://example.com/"onmouseover="alert(1)' })).toBe(
      '<a href="https://example.com/%22onmouseover&#x3D;%22alert(1)">x</a>',
    );
  });
});
