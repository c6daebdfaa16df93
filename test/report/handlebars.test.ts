import { describe, expect, it } from "vitest";
import {
  handlebarsFor,
  handlebarsRuntime,
  loadCompiler,
  loadedCompiler,
} from "../../generator/report/render/handlebars.js";

/**
 * The Handlebars compiler is loaded only when a template must be parsed or compiled from its text; templates
 * compiled at build time render with the runtime alone (render/handlebars.ts says why).
 */
describe("handlebarsFor", () => {
  const compiled = new Map([
    ["<p>{{a}}</p>", {}],
    ["<p>{{b}}</p>", {}],
  ]);

  it("gives the runtime, without loading the compiler, when every part was compiled at build time", async () => {
    const handlebars = await handlebarsFor(["<p>{{a}}</p>", "<p>{{b}}</p>"], compiled);
    expect(handlebars).toBe(handlebarsRuntime);
    expect("compile" in handlebars).toBe(false);
    expect(() => loadedCompiler()).toThrowErrorMatchingInlineSnapshot(
      `[Error: the Handlebars compiler is used before loadCompiler() loaded it]`,
    );
  });

  it("loads the compiler when one part has no compiled form, or there are none", async () => {
    const one = await handlebarsFor(["<p>{{a}}</p>", "<p>{{c}}</p>"], compiled);
    expect(one).toBe(loadedCompiler());
    expect(one.create().compile("<i>{{x}}</i>")({ x: "<&>" })).toBe("<i>&lt;&amp;&gt;</i>");
    expect(await handlebarsFor(["<p>{{a}}</p>"], undefined)).toBe(await loadCompiler());
  });
});
