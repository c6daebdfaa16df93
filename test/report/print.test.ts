import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../generator/cli/paths.js";
import { readWorkbook } from "../../generator/cli/workbook/read.js";
import { LOCALES } from "../../generator/report/index.js";
import { launchChromium } from "../support/chromium.js";
import { renderFixture } from "./render-fixture.js";

/**
 * The example report printed by Chromium on A4 and on Letter, in every locale, read back from the PDF (pdf.js):
 * - no block is split across pages: each table row, chart, tile, projection and list entry, and the verdict;
 * - no orphan rows: a table that runs over a page break keeps at least two rows on each page;
 * - no heading, caption or rep name is left at a page's foot without what follows it;
 * - no text is printed outside the page's margins (nothing spills past the paper's edge).
 * To find the pages, the test puts invisible markers (white 2 px text, absolutely positioned, so the layout
 * does not move) at the top and bottom of each block before printing, then looks them up page by page.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Marks each block: "@@id^" at its top and "@@id$" at its bottom; table rows through their first cell. */
const MARK = String.raw`(() => {
  const blocks = [];
  let n = 0;
  const mark = (el, kind, group) => {
    const id = "m" + n++;
    const host = kind === "row" ? el.firstElementChild : el;
    if (!host || el.getBoundingClientRect().height === 0) return;
    const name = (el.textContent || "").replace(/\s+/g, " ").trim().slice(0, 40);
    if (getComputedStyle(host).position === "static") host.style.position = "relative";
    for (const [edge, suffix] of [["top", "^"], ["bottom", "$"]]) {
      const m = document.createElement("span");
      m.textContent = "@@" + id + suffix;
      m.style.cssText = "position:absolute;left:0;" + edge + ":0;font-size:2px;line-height:2px;color:#fff;white-space:nowrap;direction:ltr;unicode-bidi:isolate";
      host.appendChild(m);
    }
    const height = el.getBoundingClientRect().height;
    blocks.push({ id, kind, group, height, name });
  };
  for (const d of document.querySelectorAll("details:not(.figures)")) d.open = true;
  let t = 0;
  for (const table of document.querySelectorAll("main table")) {
    const group = "t" + t++;
    for (const tr of table.querySelectorAll(":scope > tbody > tr")) mark(tr, "row", group);
  }
  for (const el of document.querySelectorAll("main figure, main .tile, main .projection, main .behind li, main .verdict-top"))
    mark(el, el.classList.contains("verdict-top") ? "verdict" : "block", "");
  for (const el of document.querySelectorAll("main h2, main h3, main caption:not(.visually-hidden), main details.rep > summary")) {
    const next = el.tagName === "CAPTION" ? el.parentElement.querySelector("tbody > tr, thead > tr") : el.nextElementSibling;
    if (next && next.getBoundingClientRect().height > 0) { mark(el, "heading", ""); mark(next, "next", ""); }
  }
  return blocks;
})()`;

interface Block {
  readonly id: string;
  readonly kind: "row" | "block" | "heading" | "next" | "verdict";
  readonly group: string;
  /** Its height in CSS px in the print layout: a block taller than a page has to be split. */
  readonly height: number;
  readonly name: string;
}

interface Printed {
  readonly pages: number;
  /** Where each marker was found: page index and whether it was printed inside the margins. */
  readonly markers: Map<string, number>;
  readonly spills: string[];
}

/** Page sizes in PDF points; the stylesheet's @page margins are 14 mm × 12 mm (34 pt at the sides). */
const SIDE_MARGIN_PT = (12 / 25.4) * 72;
/** The shorter printable height of the two papers, in CSS px: Letter's 11 in less 2 × 14 mm. */
const PAGE_PX = (11 * 25.4 - 28) * (96 / 25.4);

async function readPdf(bytes: Uint8Array): Promise<Printed> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  const markers = new Map<string, number>();
  const spills: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const [, , width] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!("str" in item) || item.str.trim() === "") continue;
      for (const m of item.str.matchAll(/@@(m\d+[$^])/g)) markers.set(m[1] as string, p);
      if (item.str.includes("@@")) continue;
      const x = item.transform[4] as number;
      if (x < SIDE_MARGIN_PT - 2 || x + item.width > width - SIDE_MARGIN_PT + 2)
        spills.push(`page ${p}: "${item.str.slice(0, 30)}" at ${Math.round(x)}–${Math.round(x + item.width)} pt`);
    }
  }
  await pdf.destroy();
  return { pages: pdf.numPages, markers, spills };
}

function pageProblems(blocks: readonly Block[], printed: Printed): string[] {
  const problems: string[] = [];
  const top = (b: Block) => printed.markers.get(`${b.id}^`);
  const bottom = (b: Block) => printed.markers.get(`${b.id}$`);
  for (const b of blocks) {
    if (top(b) === undefined || bottom(b) === undefined) problems.push(`not printed: ${b.kind} "${b.name}"`);
    else if (top(b) !== bottom(b) && b.kind !== "heading" && b.kind !== "next" && b.height < PAGE_PX)
      problems.push(`split across pages: ${b.kind} "${b.name}"`);
    // The answer comes first: the verdict's headline, figures and projections are all on the first page.
    if (b.kind === "verdict" && bottom(b) !== 1) problems.push(`the verdict ends on page ${bottom(b)}, not page 1`);
  }
  const rows = new Map<string, Block[]>();
  for (const b of blocks)
    if (b.kind === "row" && b.group.startsWith("t")) rows.set(b.group, [...(rows.get(b.group) ?? []), b]);
  for (const table of rows.values()) {
    const perPage = new Map<number, number>();
    for (const r of table) perPage.set(top(r) ?? 0, (perPage.get(top(r) ?? 0) ?? 0) + 1);
    if (perPage.size > 1)
      for (const [page, count] of perPage)
        if (count < 2) problems.push(`an orphan row on page ${page}: table starting "${table[0]?.name}"`);
  }
  for (const [i, b] of blocks.entries()) {
    if (b.kind !== "heading") continue;
    const next = blocks[i + 1];
    if (next && bottom(b) !== undefined && top(next) !== undefined && bottom(b) !== top(next))
      problems.push(`left at the foot of page ${bottom(b)}: "${b.name}"`);
  }
  return problems;
}

describe("the example report on paper", async () => {
  const data = await readWorkbook(readFileSync(join(packageRoot(), "examples", "goalsheet-example.xlsx")));
  const asOf = new Date("2026-11-15T00:00:00Z");
  for (const locale of LOCALES)
    it(`${locale} prints on A4 and on Letter with no split block, orphan row, stranded heading or spill`, async () => {
      const page = await browser.newPage();
      await page.setContent(await renderFixture(locale, data, undefined, asOf));
      await page.emulateMedia({ media: "print" });
      const blocks = (await page.evaluate(MARK)) as Block[];
      const found: Record<string, string[]> = {};
      const pages: Record<string, number> = {};
      for (const format of ["A4", "Letter"] as const) {
        const printed = await readPdf(new Uint8Array(await page.pdf({ format, printBackground: false })));
        pages[format] = printed.pages;
        const problems = [...pageProblems(blocks, printed), ...printed.spills.slice(0, 10)];
        if (problems.length > 0) found[format] = problems;
      }
      await page.close();
      expect(found).toEqual({});
      // Every marked block was found: the markers are real text in the PDF, so the checks above saw the pages.
      expect(blocks.length).toBeGreaterThan(150);
      for (const count of Object.values(pages)) expect(count).toBeGreaterThan(5);
    });

  it("finds what it looks for (a page with a split block, an orphan row, a stranded heading and a spill)", async () => {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><html><head><style>@page { margin: 14mm 12mm }</style></head><body><main>
      <figure style="margin:0"><p>first half</p><p style="break-before:page">second half</p></figure>
      <h3>Stranded</h3><p style="break-before:page">after the heading</p>
      <table><tbody><tr><td>one</td></tr><tr style="break-before:page"><td>two</td></tr><tr><td>three</td></tr></tbody></table>
      <p style="margin-left:-60px">spills past the margin</p>
      </main></body></html>`);
    await page.emulateMedia({ media: "print" });
    const blocks = (await page.evaluate(MARK)) as Block[];
    const printed = await readPdf(new Uint8Array(await page.pdf({ format: "A4" })));
    await page.close();
    const problems = [...pageProblems(blocks, printed), ...printed.spills];
    expect(problems.some((p) => p.startsWith('split across pages: block "first half'))).toBe(true);
    expect(problems.some((p) => p.startsWith('left at the foot of page 2: "Stranded'))).toBe(true);
    expect(problems.some((p) => p.startsWith('an orphan row on page 3: table starting "one'))).toBe(true);
    expect(problems.some((p) => /page \d+: ".*margin" at/.test(p))).toBe(true);
  });
});
