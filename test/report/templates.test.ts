import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTemplates } from "../../generator/cli/load-templates.js";
import { packageRoot } from "../../generator/cli/paths.js";
import { renderFixture } from "./render-fixture.js";

const templatesRoot = join(packageRoot(), "templates");

function templateFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".hbs"))
    .map((f) => join(dir, f));
}

describe("templates", () => {
  it("triple-stash nothing but the template's own stylesheet", () => {
    const files = [...templateFiles(join(templatesRoot, "default")), ...templateFiles(join(templatesRoot, "summary"))];
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const raw = readFileSync(file, "utf8").match(/\{\{\{[^}]*\}\}\}|\{\{&[^}]*\}\}/g) ?? [];
      expect(
        raw.filter((r) => r !== "{{{css}}}"),
        file,
      ).toEqual([]);
    }
  });

  it("use no inline style attribute and no script, so the strict CSP holds", async () => {
    const html = await renderFixture("en");
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; style-src &#x27;sha256-/,
    );
  });

  it("label every key a template uses in every locale", () => {
    const keys = new Set<string>();
    for (const file of [
      ...templateFiles(join(templatesRoot, "default")),
      ...templateFiles(join(templatesRoot, "summary")),
    ])
      for (const m of readFileSync(file, "utf8").matchAll(/\{\{t "([^"]+)"\}\}/g)) keys.add(m[1] as string);
    for (const locale of ["en", "zh", "nl", "ar"]) {
      const labels = JSON.parse(readFileSync(join(templatesRoot, "locales", `${locale}.json`), "utf8"));
      expect(
        [...keys].filter((k) => !(k in labels)),
        locale,
      ).toEqual([]);
    }
  });

  it("render the one-page summary by name", async () => {
    const html = await renderFixture("en", undefined, "summary");
    expect(html).toContain("Goalsheet summary");
    expect(html).toContain("Where we stand");
    expect(html).toContain("Cumulative bookings against quota");
    // Every goal with its owner (a rep, or the team when the Owner cell is blank).
    expect(html).toContain('<td data-label="Owner"><bdi>Ana</bdi></td>');
    expect(html).not.toContain("Win rate by rep");
  });

  it("let a --template folder replace one partial and keep the rest", async () => {
    const dir = mkdtempSync(join(tmpdir(), "goalsheet-template-"));
    mkdirSync(join(dir, "partials"));
    writeFileSync(join(dir, "partials", "footer.hbs"), '<footer><p>{{t "generatedBy"}} — ACME</p></footer>');
    const set = await loadTemplates(dir);
    expect(set.partials.footer).toContain("ACME");
    expect(set.partials.goals).toBeDefined();
    const html = await renderFixture("en", undefined, dir);
    expect(html).toContain("Made with Goalsheet — ACME");
    expect(html).toContain("Quota attainment");
  });

  it("name the bundled sets when --template is neither a folder nor one of them", async () => {
    await expect(loadTemplates("no-such-template")).rejects.toThrowErrorMatchingInlineSnapshot(
      `[CliError: --template must be a folder or one of default, summary, got "no-such-template"]`,
    );
  });
});
