/**
 * The task pane, loaded in the shared runtime beside the custom functions. Every Excel call goes through
 * Excel.run; the logic lives in small modules (function list, goal checks, workbook reading, report) that the
 * tests also drive against a mocked Excel in Chromium.
 */
import type { ExcelFunction } from "../../shared/excel/define.js";
import { excel, FUNCTIONS } from "../../shared/functions.js";
import { checkGoals, renderVerdicts } from "./check-goals.js";
import { filterFunctionList, messageOf, renderFunctionList } from "./function-list.js";
import { buildReportInExcel, offerDownload } from "./report.js";

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the task pane page has no #${id}`);
  return node as T;
}

function setStatus(text: string, kind: "ok" | "error" | "busy" = "ok"): void {
  const status = byId("status");
  status.textContent = text;
  status.dataset.kind = kind;
}

/** A button that stays disabled while its action runs, so a second click cannot start it twice. */
function onClick(button: HTMLButtonElement, action: () => Promise<void>): void {
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      await action();
    } catch (cause) {
      setStatus(messageOf(cause), "error");
    } finally {
      button.disabled = false;
    }
  });
}

function start(): void {
  const list = byId("function-list");
  renderFunctionList(document, list, FUNCTIONS, {
    insert: (formula) =>
      Excel.run(async (context) => {
        const cell = context.workbook.getSelectedRange().getCell(0, 0);
        cell.formulas = [[formula]];
        cell.load("address");
        await context.sync();
        return cell.address;
      }),
    selection: () =>
      Excel.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load("address");
        await context.sync();
        return range.address;
      }),
    status: setStatus,
  });
  byId<HTMLInputElement>("filter").addEventListener("input", (e) =>
    filterFunctionList(list, (e.target as HTMLInputElement).value),
  );

  onClick(byId("check-goals"), async () => {
    const values = await Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("values");
      await context.sync();
      return range.values;
    });
    const smartcheck = (excel as Record<string, ExcelFunction | undefined>).SMARTCHECK;
    const outcome = checkGoals(smartcheck, values);
    renderVerdicts(document, byId("verdicts"), outcome);
    if (outcome.kind === "verdicts") setStatus(`Checked ${outcome.rows.length} goal(s).`);
    else setStatus(outcome.message, "error");
  });

  onClick(byId("build-report"), async () => {
    setStatus("Reading the workbook…", "busy");
    const result = await buildReportInExcel(new Date());
    if ("problems" in result) {
      setStatus(result.problems.join("\n"), "error");
      return;
    }
    offerDownload(document, byId<HTMLAnchorElement>("download"), result.html, result.fileName);
    setStatus(`Report ready: ${result.fileName}${result.warnings ? ` (${result.warnings} warning(s))` : ""}.`);
  });
}

Office.onReady(() => start());
