import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { starterWorkbook } from "../../generator/cli/commands/init.js";
import { reportCommand } from "../../generator/cli/commands/report.js";
import { loadTemplates } from "../../generator/cli/load-templates.js";
import { memoryEffects } from "./memory-effects.js";

/**
 * Issue 17 item 4: a template mistake is the template author's bad input — one line naming the file and line
 * (file:line, as editors jump to), exit code 2 — never a stack, and never a silent fall-back to the defaults.
 */
let root: string;
let workbook: Uint8Array;
let counter = 0;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "goalsheet-templates-"));
  workbook = await starterWorkbook();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A --template folder holding these files (paths relative to it). */
function templateDir(files: Record<string, string>): string {
  const dir = join(root, `set-${counter++}`);
  mkdirSync(join(dir, "partials"), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function refusal(template: string) {
  const { effects, store } = memoryEffects({ "goals.xlsx": workbook });
  const message = await reportCommand({ workbook: "goals.xlsx", output: "r.html", template }, effects).then(
    () => "accepted",
    (e: Error & { exitCode?: number }) => `${e.exitCode}: ${e.message.replaceAll(template, "DIR")}`,
  );
  expect(store.has("r.html")).toBe(false);
  return message;
}

describe("template errors through goalsheet report", () => {
  it.each([
    [
      "a block left open",
      { "partials/footer.hbs": "<footer>\n{{#if generatedAt}}\n</footer>" },
      '2: DIR/partials/footer.hbs:3: syntax error: unexpected end of the template (a block left open?) after "…eratedAt}}</footer>"',
    ],
    [
      "a block closed with the wrong name",
      { "report.hbs": "<!doctype html>\n<p>{{#if kpis}}\n{{/each}}</p>" },
      "2: DIR/report.hbs:2: syntax error: if doesn't match each",
    ],
    [
      "an unterminated mustache",
      { "partials/header.hbs": "<header>\n  {{title" },
      '2: DIR/partials/header.hbs:2: syntax error: unexpected "character" after "<header>  {{title"',
    ],
    [
      "a partial that does not exist",
      { "report.hbs": "<!doctype html>\n{{> header}}\n{{> sidebar}}" },
      '2: DIR/report.hbs:3: the partial "sidebar" does not exist (no partials/sidebar.hbs)',
    ],
    [
      "a partial that includes itself",
      { "partials/footer.hbs": "<footer>{{> footer}}</footer>" },
      "2: DIR/partials/footer.hbs:1: partials include each other without end (footer → footer)",
    ],
    [
      "two partials that include each other",
      { "partials/footer.hbs": "<footer>{{> legal}}</footer>", "partials/legal.hbs": "<small>\n{{> footer}}</small>" },
      "2: DIR/partials/legal.hbs:2: partials include each other without end (footer → legal → footer)",
    ],
    [
      "a helper that does not exist",
      { "partials/footer.hbs": "<footer>\n\n{{shout generatedAt}}</footer>" },
      '2: DIR/partials/footer.hbs:3: no helper named "shout"',
    ],
  ])("refuses %s, naming the file and line", { timeout: 10_000 }, async (_what, files, expected) => {
    expect(await refusal(templateDir(files))).toBe(expected);
  });

  it("finds a missing partial inside a block", async () => {
    const dir = templateDir({ "report.hbs": "<!doctype html>\n{{#each kpis}}{{> nope}}{{/each}}" });
    expect(await refusal(dir)).toBe('2: DIR/report.hbs:2: the partial "nope" does not exist (no partials/nope.hbs)');
  });

  it("still renders a partial block whose partial is missing (its fallback is used)", async () => {
    const dir = templateDir({
      "partials/footer.hbs": "<footer>{{#> fine-print}}no fine print{{/fine-print}}</footer>",
    });
    const { effects, store } = memoryEffects({ "goals.xlsx": workbook });
    await reportCommand({ workbook: "goals.xlsx", output: "r.html", template: dir }, effects);
    expect(store.get("r.html")).toContain("<footer>no fine print</footer>");
  });
});

describe("loadTemplates(--template)", () => {
  it("refuses a file, not silently using the defaults", async () => {
    const file = join(root, "report.hbs");
    writeFileSync(file, "<p>not a folder</p>");
    await expect(loadTemplates(file)).rejects.toThrow(
      `--template must be a folder or one of default, summary, got "${file}" (a file, not a folder)`,
    );
  });

  it("refuses a folder with no template in it", async () => {
    const dir = join(root, "empty");
    mkdirSync(join(dir, "partials"), { recursive: true });
    writeFileSync(join(dir, "partials", "notes.txt"), "");
    await expect(loadTemplates(dir)).rejects.toThrow(
      `--template folder "${dir}" has no report.hbs, styles.css or partials/*.hbs`,
    );
  });

  it("knows which file each part came from", async () => {
    const dir = templateDir({ "partials/footer.hbs": "<footer>ACME</footer>" });
    const set = await loadTemplates(dir);
    expect(set.files["partials/footer.hbs"]).toBe(join(dir, "partials", "footer.hbs"));
    expect(set.files["report.hbs"]).toMatch(/templates[\\/]default[\\/]report\.hbs$/);
  });
});
