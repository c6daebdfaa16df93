import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { starterPlan, starterWorkbook } from "../../generator/cli/commands/init.js";
import { SAMPLE_PLAN } from "../../generator/cli/commands/init-sample.js";
import { fileFormula } from "../../generator/cli/quota-sheet/file-formula.js";
import { dateToSerial } from "../../shared/excel/dates.js";
import { cell as a1 } from "../../shared/quota/plan/a1.js";
import { cellsXml, loadWithExceljs, parts, sheetXml } from "../quota/xlsx.js";
import { launchChromium, requireBuild } from "./browser.js";
import { bookOf, cellsJson, logOf, type MockBook, openPane } from "./pane-page.js";
import { sampleBook } from "./planner-book.js";

/**
 * Issue 18: the quota planner in the built task pane, driven like a manager would, against a workbook model
 * (excel-workbook-mock.ts). The form refuses bad input with the rule and writes nothing; a good plan writes the
 * Quota sheet, names, formats and the Reps columns, and the result is the layout `goalsheet init` writes.
 */
requireBuild("taskpane.html");
// init's file for the layout comparison, made while Chromium works on the pane.
const starter = starterWorkbook().then(async (bytes) => ({ bytes, book: await loadWithExceljs(bytes) }));

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const form = (page: Page) => page.locator("form.plan-form");
const problem = (page: Page, field: string) => page.locator(`.field[data-field="${field}"] .problem`);
const status = (page: Page) => page.locator(".plan-status").textContent();

async function open(page: Page): Promise<void> {
  await page.locator("#plan-open").click();
  await form(page).waitFor();
}

/** The starter plan's choices, typed into the form. */
async function fillSamplePlan(page: Page): Promise<void> {
  const f = form(page);
  await f.locator('input[name="target"]').fill(String(SAMPLE_PLAN.target));
  await f.locator('input[name="firstMonth"]').fill("2026-01");
  await f.locator('input[name="weights"][value="potential"]').check();
  await f.locator('input[name="seasonality"][value="typed"]').check();
  const season = SAMPLE_PLAN.seasonality.basis === "typed" ? SAMPLE_PLAN.seasonality.weights : [];
  for (const [m, w] of season.entries()) await f.locator(`input[name="season-${m}"]`).fill(String(w));
  await f.locator('input[name="ramp"]').fill("25, 50, 75");
  await f.locator('input[name="unit"]').fill("1,000");
  await f.locator('input[name="cushion"]').fill("110%");
}

const submit = (page: Page) => form(page).locator("button.plan-submit").click();
const unchanged = (book: MockBook) => JSON.stringify({ sheets: book.sheets, names: book.names });

describe("the quota planner in the task pane", () => {
  // One pane for the sample workbook, used in order: read, refuse, cancel, then write.
  let page: Page;
  let book: MockBook;
  let before: string;
  beforeAll(async () => {
    page = await openPane(browser, sampleBook());
    before = unchanged(await bookOf(page));
    await open(page);
  });
  afterAll(async () => page?.close());

  it("opens on the workbook's Reps table, the team goal as target and the reps' start dates", async () => {
    expect(await form(page).locator('input[name="target"]').inputValue()).toBe("400000");
    expect(await form(page).locator(".source").textContent()).toBe("Reps: table Reps, 4 rep(s)");
    expect(await form(page).locator('input[name="start-3"]').inputValue()).toBe("2026-03-01");
    expect(await form(page).locator('input[name="weights"][value="potential"]').isChecked()).toBe(true);
    expect(await form(page).locator('input[name="weights"][value="bookings"]').isDisabled()).toBe(false);
  });

  it("refuses bad input under the field with the rule, and writes nothing", async () => {
    await fillSamplePlan(page);
    await form(page).locator('input[name="target"]').fill("-5");
    await form(page).locator('input[name="start-3"]').fill("2027-02-01");
    await form(page).locator('input[name="cushion"]').fill("abc");
    await submit(page);
    await expect.poll(() => status(page)).toBe("Fix 1 problem(s) to write the plan.");
    expect(await problem(page, "cushion").textContent()).toBe('Cushion must be a number, got "abc"');
    await form(page).locator('input[name="cushion"]').fill("110");
    await submit(page);
    await expect.poll(() => status(page)).toBe("Fix 2 problem(s) to write the plan.");
    expect(await problem(page, "target").textContent()).toBe("Team target must be more than 0, got -5");
    expect(await problem(page, "startDates").textContent()).toBe(
      "Start date must be on or before the plan's last day (2026-12-31), got 2027-02-01 for Omar Haddad",
    );
    expect(await problem(page, "cushion").isHidden()).toBe(true);
    expect(await form(page).locator('input[name="target"]').getAttribute("aria-invalid")).toBe("");
    const after = await bookOf(page);
    expect(unchanged(after)).toBe(before);
    expect(after.log).toEqual([]);
  });

  it("asks before replacing typed quotas; Cancel writes nothing", async () => {
    await fillSamplePlan(page);
    await form(page).locator('input[name="start-3"]').fill("2026-03-01");
    await submit(page);
    const confirm = page.locator(".plan-confirm");
    await confirm.waitFor();
    expect(await confirm.locator("li").allTextContents()).toEqual(["4 value(s) in the Reps[Quota] column"]);
    await confirm.locator("button.plan-cancel").click();
    await expect.poll(() => status(page)).toBe("Nothing was written.");
    expect(unchanged(await bookOf(page))).toBe(before);
    expect(await problem(page, "target").isHidden()).toBe(true);
  });

  it("writes the plan once confirmed", async () => {
    await submit(page);
    await page.locator(".plan-confirm button.plan-replace").click();
    await expect.poll(() => status(page), { timeout: 20_000 }).toMatch(/^Wrote/);
    book = await bookOf(page);
  });

  const quota = () => book.sheets.find((s) => s.name === "Quota") as MockBook["sheets"][number];

  it("says the year adds up to target × cushion, exactly", async () => {
    expect(await status(page)).toBe(
      "Wrote the Quota sheet: 4 rep(s) × 12 months. The year adds up to 440,000 = 400,000 × 110%, exactly.",
    );
    expect(book.active).toBe("Quota");
  });

  it("writes one GOALS.QUOTASPLIT spill, the subtotals and the inputs as names", () => {
    const cells = quota().cells;
    expect(cells.D19?.formula).toBe(
      "=GOALS.QUOTASPLIT(Quota_Target,B19#,Quota_Seasonality,V19#,Quota_Unit,Quota_Cushion)",
    );
    expect(Object.values(cells).filter((c) => c.formula?.includes("QUOTASPLIT"))).toHaveLength(1);
    expect([cells.P18?.formula, cells.T18?.formula, cells.T19?.formula, cells.B10?.formula]).toEqual([
      "=SUM(P19#)",
      "=SUM(T19#)",
      "=P19#+Q19#+R19#+S19#",
      "=ROUND(T18-Quota_Assigned,6)",
    ]);
    expect([cells.B5?.value, cells.B7?.value, cells.B8?.value, cells.D14?.value, cells.B13?.value]).toEqual([
      400_000, 1000, 1.1, 7, 0.25,
    ]);
    expect(book.names.map((n) => [n.name, n.reference])).toEqual(starterPlan().names.map((n) => [n.name, n.refersTo]));
  });

  it("formats money, months, percentages and the input cells", () => {
    const cells = quota().cells;
    expect([cells.B5?.numberFormat, cells.B6?.numberFormat, cells.B8?.numberFormat]).toEqual([
      "#,##0",
      "mmm yyyy",
      "0%",
    ]);
    expect(cells.B5?.fill).toBe("#DDEBF7");
    expect(cells.A17?.font).toMatchObject({ bold: true, color: "#FFFFFF" });
    expect(cells.D218?.numberFormat).toBe("#,##0");
    expect(quota().widths.A).toBe(182.25); // 34 characters × 7 px + 5 px, in points
  });

  it("adds Quota and Jan … Dec to the Reps table as formulas into the plan", () => {
    const reps = book.sheets.find((s) => s.name === "Reps") as MockBook["sheets"][number];
    expect(reps.tables).toEqual([{ name: "Reps", ref: "A1:Q5" }]);
    expect(reps.cells.E2?.formula).toBe("=INDEX(Quota_RepTotals,ROW()-ROW(Reps[#Headers]))");
    expect(reps.cells.F1?.value).toBe("Jan");
    expect(reps.cells.Q5?.formula).toBe(
      "=INDEX(Quota_Plan,ROW()-ROW(Reps[#Headers]),MOD(12-MONTH(Quota_FirstMonth),12)+1)",
    );
  });

  it("charts the team's months above the plan", () => {
    expect(quota().charts).toEqual([
      {
        type: "ColumnClustered",
        seriesBy: "Rows",
        source: "Quota!D18:O18",
        title: "Team quota by month",
        legend: false,
        series: [{ name: "Team quota", xValues: "Quota!D17:O17" }],
        position: ["D1", "T11"],
      },
    ]);
  });

  it("writes the layout goalsheet init writes: the same cells, formulas as saved, formats, names and chart", async () => {
    const { bytes, book: savedBook } = await starter;
    const files = parts(bytes);
    const xml = sheetXml(files, "Quota");
    const saved = cellsXml(xml);
    const ws = savedBook.getWorksheet("Quota");
    // Each cell the pane wrote, as the file holds it: the formula as saved (or the constant), format, fill, bold.
    const fromXml = (x: string) =>
      x
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&");
    // Cells a spill covers hold cached values in the file; in Excel, the spill fills them, so the pane writes none.
    const spilled = new Set<string>();
    for (const c of starterPlan().sheet.cells) {
      const [, letters = "", digits = "0"] = /^([A-Z]+)(\d+)$/.exec(c.address) ?? [];
      const left = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      for (const [r, row] of (c.spill ?? []).entries())
        for (const k of row.keys()) if (r > 0 || k > 0) spilled.add(a1(Number(digits) + r, left + k));
    }
    const pane: Record<string, unknown> = {};
    const file: Record<string, unknown> = {};
    // Rows 1–25 hold every kind of cell; below, the formats repeat down to the last formatted row, compared too.
    const last = Math.max(...Object.keys(quota().cells).map((a) => Number(/\d+$/.exec(a)?.[0])));
    for (const [address, c] of Object.entries(quota().cells)) {
      const row = Number(/\d+$/.exec(address)?.[0]);
      if (row > 25 && row !== last) continue;
      const at = ws?.getCell(address);
      const savedFormula = /<f[^>]*>([^<]*)<\/f>/.exec(saved.get(address) ?? "")?.[1];
      pane[address] = {
        content: c.formula ? fileFormula(c.formula) : (c.value ?? null),
        numberFormat: c.numberFormat ?? "General",
        fill: c.fill ?? null,
        bold: c.font?.bold ?? false,
      };
      file[address] = {
        content:
          savedFormula !== undefined
            ? fromXml(savedFormula)
            : spilled.has(address)
              ? null
              : at?.value instanceof Date // exceljs reads a date-formatted number as a Date
                ? dateToSerial(at.value)
                : (at?.value ?? null),
        numberFormat: at?.numFmt ?? "General",
        fill: (at?.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb?.replace(/^FF/, "#") ?? null,
        bold: at?.font?.bold ?? false,
      };
    }
    expect(file).toEqual(pane);
    // Every formula init wrote, the pane wrote too.
    const initFormulas = [...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*><f[^>]*>/g)].map((m) => m[1]);
    expect(initFormulas.filter((a) => !quota().cells[a as string]?.formula)).toEqual([]);
    const names = [...(files.get("xl/workbook.xml") ?? "").matchAll(/<definedName name="([^"]+)"[^>]*>([^<]*)</g)];
    expect(names.map((m) => [m[1], m[2]])).toEqual(book.names.map((n) => [n.name, fileFormula(n.reference)]));
    const table =
      [...files.values()].find((x) => x.includes('name="Reps"') && x.startsWith("<?xml") && x.includes("<table")) ?? "";
    const reps = book.sheets.find((s) => s.name === "Reps") as MockBook["sheets"][number];
    for (const [i, letter] of [..."EFGHIJKLMNOPQ"].entries()) {
      const header = reps.cells[`${letter}1`]?.value as string;
      expect(table, header).toContain(
        `name="${header}" totalsRowFunction="none"><calculatedColumnFormula>${fileFormula(reps.cells[`${letter}2`]?.formula ?? "")}</calculatedColumnFormula>`,
      );
      expect(i).toBeLessThan(13);
    }
    // The chart: the same references (categories, then values) and the same cells under it.
    const refs = [...(files.get("xl/charts/chart1.xml") ?? "").matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) =>
      m[1]?.replace(/\$/g, ""),
    );
    const drawn = quota().charts[0];
    expect(refs).toEqual([drawn?.series[0]?.xValues, drawn?.source]);
    const drawing = files.get("xl/drawings/drawing1.xml") ?? "";
    const marker = (tag: string) =>
      new RegExp(`<xdr:${tag}><xdr:col>(\\d+)</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>(\\d+)</xdr:row>`)
        .exec(drawing)
        ?.slice(1)
        .map(Number);
    // DrawingML counts from 0 and anchors the bottom-right corner at the start of the next cell.
    expect([marker("from"), marker("to")]).toEqual([
      [3, 0],
      [20, 11],
    ]);
    expect(drawn?.position).toEqual(["D1", "T11"]);
  });

  it("asks again before replacing its own sheet and names, and adds no second set of columns", async () => {
    const log = await logOf(page);
    const [quota, reps] = [await cellsJson(page, "Quota"), await cellsJson(page, "Reps")];
    await submit(page);
    const confirm = page.locator(".plan-confirm");
    await confirm.waitFor();
    expect(await confirm.locator("li").allTextContents()).toEqual([
      "the sheet Quota",
      `the names ${starterPlan()
        .names.map((n) => n.name)
        .join(", ")}`,
    ]);
    await confirm.locator("button.plan-replace").click();
    const added = async () => (await logOf(page)).slice(log.length);
    await expect.poll(async () => (await added()).at(-1)).toBe("add sheet Quota");
    await expect.poll(() => status(page)).toMatch(/^Wrote/);
    expect(await added()).toEqual([
      "delete sheet Quota",
      ...starterPlan().names.map((n) => `delete name ${n.name}`),
      "add sheet Quota",
    ]);
    expect(await cellsJson(page, "Reps")).toBe(reps);
    expect(await cellsJson(page, "Quota")).toBe(quota);
  });
});
