import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { deliverReport, type OfficeUi } from "../../addin/taskpane/deliver.js";
import { OFFICE_MESSAGES, type OfficeLike, waitForOffice } from "../../addin/taskpane/office-ready.js";
import { decodeReport, encodeReport, MAX_FRAGMENT } from "../../addin/taskpane/report-payload.js";
import { precompiledTemplatesSource } from "../../build/precompiled-templates.js";
import { loadLabels, loadTemplates } from "../../generator/cli/load-templates.js";
import { buildReportModel, type CompiledBySource, renderReportHtml } from "../../generator/report/index.js";
import { WorkbookAssembler } from "../../generator/report/workbook/data.js";
import { mulberry32 } from "../../scripts/prng.js";

/** The pane's Office check, report packing and Mac delivery, in Node (the Chromium tests drive them built). */
const scratch = mkdtempSync(join(tmpdir(), "goalsheet-pane-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const officeAnswering = (info: { host: string | null; platform: string | null }, afterMs = 0): OfficeLike => ({
  onReady: (callback) => setTimeout(() => callback?.(info), afterMs),
});

describe("waitForOffice(office)", () => {
  it.each([
    ["no office.js", undefined, { ready: false, reason: "no-office-js", message: OFFICE_MESSAGES["no-office-js"] }],
    [
      "outside Office",
      officeAnswering({ host: null, platform: null }),
      { ready: false, reason: "outside-office", message: OFFICE_MESSAGES["outside-office"] },
    ],
    ["Excel on Mac", officeAnswering({ host: "Excel", platform: "Mac" }), { ready: true, platform: "Mac" }],
  ])("%s", async (_what, office, state) => {
    expect(await waitForOffice(office)).toEqual(state);
  });

  it("gives up after the time-out, then comes to life when Office answers late", async () => {
    let late: unknown;
    const state = await waitForOffice(officeAnswering({ host: "Excel", platform: "PC" }, 60), {
      timeoutMs: 10,
      late: (s) => {
        late = s;
      },
    });
    expect(state).toEqual({ ready: false, reason: "no-answer", message: OFFICE_MESSAGES["no-answer"] });
    await expect.poll(() => late).toEqual({ ready: true, platform: "PC" });
  });

  it("pins the messages", () => {
    expect(OFFICE_MESSAGES).toMatchInlineSnapshot(`
      {
        "no-answer": "Office did not answer within 10 seconds, so this pane cannot reach the workbook yet. Close the pane and open it again (Home > Goals). The function help below still works.",
        "no-office-js": "Office is unavailable: office.js did not load from appsforoffice.microsoft.com, so this pane cannot reach the workbook. Check the network connection (a proxy or firewall may block that address), then reopen the pane. The function help below still works.",
        "outside-office": "This is Goalsheet's task pane: it works inside Excel. Open a workbook in Excel and choose Home > Goals. The function help below still works.",
      }
    `);
  });
});

describe("a report carried in a URL fragment", () => {
  it("comes back byte for byte, whatever its script, and packed small", async () => {
    const html = `<!doctype html><p>目标报告 · تقرير الأهداف · Zielbericht — ${"<td>1,234</td>".repeat(4000)}</p>`;
    const fragment = await encodeReport({ html, fileName: "Q3 目标-report.html" });
    expect(fragment).toMatch(/^v=1&name=Q3\+%E7%9B%AE%E6%A0%87-report\.html&z=deflate&data=[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(html.length / 10);
    expect(await decodeReport(`#${fragment}`)).toEqual({ html, fileName: "Q3 目标-report.html" });
  });

  it("keeps a file name a file name", async () => {
    const fragment = await encodeReport({ html: "<p>x</p>", fileName: "../../etc/pass\u0007wd:*.html" });
    expect((await decodeReport(fragment)).fileName).toBe(".._.._etc_pass_wd__.html");
  });

  it.each([
    ["v=2&data=abc", "this link does not carry a Goalsheet report"],
    ["v=1&name=x", "this link does not carry a Goalsheet report"],
    ["v=1&z=brotli&data=abc", 'the report is packed as "brotli", which this page cannot read'],
  ])("refuses %s", async (fragment, message) => {
    await expect(decodeReport(fragment)).rejects.toThrow(message);
  });
});

describe("deliverReport on Mac", () => {
  const ui = (supported: string[], opened: string[]): OfficeUi => ({
    platform: "Mac",
    isSetSupported: (name, version) => supported.includes(`${name} ${version}`),
    openBrowserWindow: (url) => opened.push(url),
    displayDialogAsync: (url, _options, callback) => {
      opened.push(url);
      callback({ status: "failed", error: { message: "the window was blocked" } });
    },
  });
  const link = () => ({ hidden: false }) as HTMLAnchorElement;

  it("refuses a report too large for a URL, saying how large", async () => {
    // Random text hardly compresses: 1.5 million random characters stay past the limit once packed.
    const random = mulberry32(15);
    let html = "";
    while (html.length < 1.5 * MAX_FRAGMENT) html += random().toString(36).slice(2);
    const opened: string[] = [];
    const anchor = link();
    const delivered = await deliverReport(
      {} as Document,
      anchor,
      { html, fileName: "big.html" },
      ui(["OpenBrowserWindowApi 1.1"], opened),
      "https://x.test/report-viewer.html",
    );
    expect(delivered.how).toBe("none");
    expect(delivered.message).toMatch(
      /^Excel for Mac cannot save files from add-ins, and this report is too large to hand to the browser \([\d,]+ characters packed; the most is 1,000,000\): build it with the goalsheet CLI instead \(goalsheet report <workbook>\)\.$/,
    );
    expect(opened).toEqual([]);
    expect(anchor.hidden).toBe(true);
  });

  it("says why when the dialog does not open", async () => {
    const opened: string[] = [];
    const delivered = await deliverReport(
      {} as Document,
      link(),
      { html: "<p>r</p>", fileName: "r.html" },
      ui(["DialogApi 1.1"], opened),
      "https://x.test/report-viewer.html",
    );
    expect(delivered).toEqual({
      how: "none",
      message:
        "Excel for Mac cannot save files from add-ins, and the window was blocked: build it with the goalsheet CLI instead (goalsheet report <workbook>).",
    });
    expect(opened).toHaveLength(1);
  });
});

describe("templates compiled at build time (the pane's CSP forbids compiling them there)", () => {
  it("render the same report as the templates compiled at run time", async () => {
    const file = join(scratch, "precompiled.mjs");
    const dir = join(import.meta.dirname, "..", "..", "templates", "default");
    writeFileSync(file, await precompiledTemplatesSource(dir, "inline"));
    const compiled = (await import(pathToFileURL(file).href)).default as CompiledBySource;
    const assembler = new WorkbookAssembler([{ name: "Deals", tables: [] }]);
    const sink = assembler.sinkFor("Deals");
    for (const [i, cells] of [
      ["Rep", "Amount", "Outcome"],
      ["Ann", 100, "Won"],
      ["Bob", 300, "Lost"],
    ].entries())
      sink?.push({ number: i + 1, cells });
    const { data } = assembler.finish();
    const now = new Date("2026-06-30T12:00:00Z");
    const model = buildReportModel(data, {
      locale: "nl",
      asOf: now,
      generatedAt: now,
      source: { name: "deals.xlsx", sha256: "0".repeat(64) },
      title: "Doelenrapport",
    });
    const templates = await loadTemplates();
    const labels = await loadLabels("nl");
    const atRunTime = await renderReportHtml(model, templates, labels);
    // Every part is in the map (the pane has no compiler to fall back on), and renders as compiled at run time.
    const parts = [templates.main, ...Object.values(templates.partials)];
    expect(parts.filter((source) => !compiled.has(source))).toEqual([]);
    expect(compiled.size).toBe(parts.length);
    expect(await renderReportHtml(model, { ...templates, compiledBySource: compiled }, labels)).toBe(atRunTime);
  });
});
