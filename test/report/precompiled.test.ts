import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadLabels, loadTemplates } from "../../generator/cli/load-templates.js";
import { packageRoot } from "../../generator/cli/paths.js";
import { buildReportModel, renderReportHtml } from "../../generator/report/pipeline.js";
import { type CompiledBySource, precompiledModule, templateOf } from "../../generator/report/render/precompiled.js";
import type { TemplateSet } from "../../generator/report/render/render.js";
import { bundledTemplateSources } from "../../scripts/build-templates.js";
import { AS_OF, fixture, GENERATED_AT, SOURCE } from "./fixture.js";

/**
 * Templates compiled at build time (scripts/build-templates.ts) must render exactly what compiling them at run
 * time renders, and must never stand in for a template whose text differs from the one they were compiled from.
 */
const dir = mkdtempSync(join(tmpdir(), "goalsheet-precompiled-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The build's module, written and imported as the CLI imports dist/templates/precompiled.js. */
async function buildModule(sources: string[]): Promise<CompiledBySource> {
  const file = join(dir, `precompiled-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, await precompiledModule(sources));
  const module = (await import(pathToFileURL(file).href)) as { default: [string, never][] };
  return new Map(module.default);
}

async function render(templates: TemplateSet, locale: "en" | "ar"): Promise<string> {
  const labels = await loadLabels(locale);
  const model = buildReportModel(fixture, {
    locale,
    asOf: AS_OF,
    generatedAt: GENERATED_AT,
    source: SOURCE,
    title: labels.reportTitle ?? "Goal report",
  });
  return renderReportHtml(model, templates, labels);
}

/** A template set with nothing precompiled: every part compiled while rendering. */
const compiledOnly = ({ main, partials, css }: TemplateSet): TemplateSet => ({ main, partials, css });

describe("precompiled templates", () => {
  it("render every bundled set byte for byte as compiling at run time does", async () => {
    const precompiled = await buildModule(bundledTemplateSources(packageRoot()));
    expect(precompiled.size).toBeGreaterThan(10);
    for (const set of [undefined, "summary"]) {
      const loaded = await loadTemplates(set);
      for (const locale of ["en", "ar"] as const) {
        const fresh = await render(compiledOnly(loaded), locale);
        expect(await render({ ...compiledOnly(loaded), compiledBySource: precompiled }, locale)).toBe(fresh);
      }
    }
  });

  it("are used only for the exact source they were compiled from", async () => {
    // A spec filed under another text, so the test can tell which one rendered.
    const built = await buildModule(["<b>{{title}}</b>"]);
    const precompiled: CompiledBySource = new Map([["<p>{{title}}</p>", built.get("<b>{{title}}</b>") as never]]);
    const { default: Handlebars } = await import("handlebars");
    const hbs = Handlebars.create();
    expect(templateOf(hbs, "<p>{{title}}</p>", precompiled)({ title: "A & B" })).toBe("<b>A &amp; B</b>");
    // A text that differs by one character is compiled from itself.
    expect(templateOf(hbs, "<p>{{title}}!</p>", precompiled)({ title: "A" })).toBe("<p>A!</p>");
    expect(templateOf(hbs, "<p>{{title}}</p>", undefined)({ title: "A" })).toBe("<p>A</p>");
  });

  it("leave an edited partial to be compiled, so the page shows the edit", async () => {
    const loaded = await loadTemplates();
    const precompiled = await buildModule(bundledTemplateSources(packageRoot()));
    const footer = `${loaded.partials.footer}<p class="edited">edited</p>`;
    const html = await render(
      { ...compiledOnly(loaded), partials: { ...loaded.partials, footer }, compiledBySource: precompiled },
      "en",
    );
    expect(html).toContain('<p class="edited">edited</p>');
  });

  it("still place a partial that does not exist at its line", async () => {
    const loaded = await loadTemplates();
    const precompiled = await buildModule(bundledTemplateSources(packageRoot()));
    const main = `${loaded.main}\n{{> nowhere}}`;
    await expect(render({ ...compiledOnly(loaded), main, compiledBySource: precompiled }, "en")).rejects.toThrow(
      /^report\.hbs:\d+: the partial "nowhere" does not exist \(no partials\/nowhere\.hbs\)$/,
    );
  });
});
