import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireBuild, runCli, visibleText } from "../hostile/run-cli.js";
import { launchChromium } from "../support/chromium.js";
import { PAYLOADS, xssWorkbook } from "./xss-workbook.js";

/**
 * Issue 8: a workbook with script, iframe, javascript: URL, SVG and attribute-breaking payloads in every text
 * field (and in a sheet name and the file name) goes through the built CLI; the report, opened in headless
 * Chromium, must run nothing: no dialog, no window.__xss, no network request (every request is routed and
 * counted), no CSP violation (a violation would mean a payload became markup and only the CSP stopped it),
 * no element or attribute that can run script, and every payload shown as plain text.
 */
const dir = mkdtempSync(join(tmpdir(), "goalsheet-xss-"));
const FILE_NAME = `x"><img src=x onerror=window.__xss=1>.xlsx`;
let browser: Browser;
let html = "";
let htmlPath = "";

beforeAll(async () => {
  requireBuild();
  const input = join(dir, FILE_NAME);
  writeFileSync(input, await xssWorkbook());
  htmlPath = join(dir, "report.html");
  const run = await runCli(["report", input, "-o", htmlPath, "--as-of", "2026-06-30", "--generated-at", "2026-07-01"]);
  if (run.code !== 0) throw new Error(`the report failed (exit ${run.code}): ${run.stderr}`);
  html = readFileSync(htmlPath, "utf8");
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("XSS payloads in every text field", () => {
  it("run nothing in Chromium: no dialog, no script, no request, no CSP violation", async () => {
    const context = await browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url === pathToFileURL(htmlPath).href) return route.continue();
      requests.push(url);
      return route.abort();
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: "load" });
    // Hover and focus everything once, so mouseover/focus handlers would fire if any had survived.
    await page.evaluate(() => {
      for (const el of Array.from(document.querySelectorAll("*"))) {
        el.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
        el.dispatchEvent(new FocusEvent("focus"));
        el.dispatchEvent(new MouseEvent("click", { bubbles: true }));
      }
    });
    await page.waitForTimeout(300);
    const state = await page.evaluate(() => {
      const w = window as unknown as { __xss?: number; __violations: string[] };
      const active = Array.from(document.querySelectorAll("*")).filter(
        (el) =>
          ["SCRIPT", "IFRAME", "OBJECT", "EMBED", "LINK", "BASE", "FORM", "IMG"].includes(el.tagName.toUpperCase()) ||
          Array.from(el.attributes).some(
            (a) => a.name.startsWith("on") || /^\s*javascript:/i.test(a.value) || a.name === "srcdoc",
          ),
      );
      return {
        xss: w.__xss ?? 0,
        violations: w.__violations,
        active: active.map((el) => el.outerHTML.slice(0, 80)),
        csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "",
      };
    });
    await context.close();
    expect({ dialogs, requests, xss: state.xss, violations: state.violations, active: state.active }).toEqual({
      dialogs: [],
      requests: [],
      xss: 0,
      violations: [],
      active: [],
    });
    expect(state.csp).toMatch(/default-src 'none'/);
    expect(state.csp).not.toMatch(/unsafe-inline|unsafe-eval|script-src [^;]*\*/);
  });

  it("shows every payload as plain text", () => {
    const text = visibleText(html).replace(/\s+/g, " ");
    for (const payload of PAYLOADS) expect(text).toContain(payload.replace(/\s+/g, " "));
    expect(html).not.toMatch(/<script|<iframe|<img|<link[^>]*evil|\son\w+=/i);
  });

  it("puts the CSP meta first in <head>, before anything from the workbook", () => {
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toMatch(
      /^<!doctype html>\s*<html[^>]*>\s*<head>\s*<meta charset="utf-8">\s*<meta http-equiv="Content-Security-Policy"/i,
    );
  });
});
