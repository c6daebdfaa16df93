import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireBuild, runCli } from "../hostile/run-cli.js";
import { launchChromium } from "../support/chromium.js";

/**
 * Issue 8: the example report in all four locales, as the built CLI writes it, has zero axe-core violations
 * (in light and in dark colour scheme, since the report switches palettes) and passes the W3C Nu HTML checker
 * (vnu-jar, needs Java) with no errors.
 */
const LOCALES = ["en", "zh", "nl", "ar"] as const;
const AXE = readFileSync(resolve("node_modules/axe-core/axe.min.js"), "utf8");
const VNU = resolve("node_modules/vnu-jar/build/dist/vnu.jar");

const dir = mkdtempSync(join(tmpdir(), "goalsheet-a11y-"));
const reports = new Map<string, string>();
let browser: Browser;

beforeAll(async () => {
  requireBuild();
  for (const locale of LOCALES) {
    const out = join(dir, `report-${locale}.html`);
    const run = await runCli([
      "report",
      "-o",
      out,
      "--locale",
      locale,
      "--as-of",
      "2026-11-15",
      "--generated-at",
      "2026-11-15",
    ]);
    if (run.code !== 0) throw new Error(`the ${locale} report failed (exit ${run.code}): ${run.stderr}`);
    reports.set(locale, out);
  }
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

async function axeViolations(path: string, colorScheme: "light" | "dark"): Promise<string[]> {
  // axe is injected by the test (page.evaluate), which the report's CSP rightly would not allow from the page.
  const context = await browser.newContext({ colorScheme });
  const page = await context.newPage();
  await page.goto(pathToFileURL(path).href, { waitUntil: "load" });
  await page.evaluate(AXE);
  const violations = (await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: unknown[] }> } }).axe
      .run(document, { resultTypes: ["violations"] })
      .then((r) => r.violations),
  )) as AxeViolation[];
  await context.close();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
}

describe("accessibility and validity of the example report", () => {
  it.each(LOCALES.flatMap((locale) => [[locale, "light"] as const, [locale, "dark"] as const]))(
    "%s report in %s mode has zero axe-core violations",
    async (locale, scheme) => {
      expect(await axeViolations(reports.get(locale) as string, scheme)).toEqual([]);
    },
  );

  it("is valid HTML for the W3C Nu checker in all four locales", () => {
    const files = LOCALES.map((l) => reports.get(l) as string);
    const result = spawnSync("java", ["-jar", VNU, "--errors-only", "--format", "json", ...files], {
      encoding: "utf8",
      timeout: 120_000,
    });
    if (result.error) throw new Error(`vnu did not run (is a Java runtime installed?): ${result.error.message}`);
    const messages =
      (JSON.parse(result.stderr || "{}") as { messages?: { url: string; lastLine?: number; message: string }[] })
        .messages ?? [];
    expect(messages.map((m) => `${m.url.split("/").pop()}:${m.lastLine ?? "?"}: ${m.message}`)).toEqual([]);
  });
});
