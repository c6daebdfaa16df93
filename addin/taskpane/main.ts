/**
 * The task pane, loaded in the shared runtime beside the custom functions. Every Excel call goes through
 * Excel.run; the logic lives in small modules (function list, goal checks, workbook reading, report, delivery)
 * that the tests also drive against a mocked Excel in Chromium. Without Office (office.js unreachable, the page
 * open outside Excel, Office silent) the pane says so and disables what needs the workbook; the help still works.
 */
import { checkGoals, renderVerdicts } from "./check-goals.js";
import { deliverReport, type OfficeUi } from "./deliver.js";
import { filterFunctionList, messageOf, renderFunctionList } from "./function-list.js";
import { LISTED_FUNCTIONS } from "./functions-listed.js";
import { type OfficeLike, type OfficeState, waitForOffice } from "./office-ready.js";
import { mountQuotaPlanner } from "./quota-planner.js";

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

function renderFunctions(unavailable: string | undefined): void {
  renderFunctionList(document, byId("function-list"), LISTED_FUNCTIONS, {
    ...(unavailable === undefined ? {} : { unavailable }),
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
  filterFunctionList(byId("function-list"), byId<HTMLInputElement>("filter").value);
}

/**
 * The report engine, loaded on the first "Build report" (report-on-demand.ts says why), and SMARTCHECK, on the
 * first "Check goals": neither is needed to show the pane. A chunk that does not load (the network dropped, the
 * add-in updated on its server) is said in the status; the next click asks again (an older WebKit may keep the
 * failure until the add-in is reloaded, which the message says).
 */
function onFirstUse<M>(what: string, load: () => Promise<M>): () => Promise<M> {
  let loading: Promise<M> | undefined;
  return () => {
    loading ??= load().catch((cause: unknown) => {
      loading = undefined;
      throw new Error(
        `${what} did not load (${messageOf(cause)}). Check the connection and try again, or reload the add-in.`,
      );
    });
    return loading;
  };
}
const loadReportModule = onFirstUse("The report builder", () => import("./report-on-demand.js"));
// Check goals runs SMARTCHECK itself: the very function a cell computes, with its nine languages.
const loadSmartcheck = onFirstUse("SMARTCHECK", () => import("../../shared/smart/smartcheck.js"));

/** Office as the report delivery sees it (deliver.ts), read when the report is ready. */
function officeUi(platform: string): OfficeUi {
  return {
    platform,
    isSetSupported: (name, version) => Office.context.requirements?.isSetSupported(name, version) ?? false,
    openBrowserWindow: (url) => Office.context.ui.openBrowserWindow(url),
    displayDialogAsync: (url, options, callback) =>
      Office.context.ui.displayDialogAsync(url, options, (result) =>
        callback({ status: String(result.status), ...(result.error ? { error: result.error } : {}) }),
      ),
  };
}

/** Where Office stands; the report's delivery reads the platform from it. */
let office: OfficeState | undefined;

/** Show the pane as Office allows: everything, or the help with a message saying why the rest is off. */
function showOffice(state: OfficeState): void {
  office = state;
  const problem = byId("office-problem");
  problem.textContent = state.ready ? "" : state.message;
  problem.hidden = state.ready;
  byId<HTMLFieldSetElement>("workbook-actions").disabled = !state.ready;
  document.getElementById("quota-planner")?.toggleAttribute("inert", !state.ready);
  renderFunctions(state.ready ? undefined : state.message);
}

function start(state: OfficeState): void {
  showOffice(state);
  byId<HTMLInputElement>("filter").addEventListener("input", (e) =>
    filterFunctionList(byId("function-list"), (e.target as HTMLInputElement).value),
  );

  onClick(byId("check-goals"), async () => {
    const values = await Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("values");
      await context.sync();
      return range.values;
    });
    const { SMARTCHECK } = await loadSmartcheck();
    const outcome = checkGoals(SMARTCHECK, values);
    renderVerdicts(document, byId("verdicts"), outcome);
    if (outcome.kind === "verdicts") setStatus(`Checked ${outcome.rows.length} goal(s).`);
    else setStatus(outcome.message, "error");
  });

  onClick(byId("build-report"), async () => {
    setStatus("Reading the workbook…", "busy");
    const { buildReportInExcel, PANE_TEMPLATES } = await loadReportModule();
    const result = await buildReportInExcel(new Date(), PANE_TEMPLATES);
    if ("problems" in result) {
      setStatus(result.problems.join("\n"), "error");
      return;
    }
    const platform = office?.ready ? office.platform : "";
    const viewer = new URL("report-viewer.html", location.href).href;
    const delivered = await deliverReport(document, byId("download"), result, officeUi(platform), viewer);
    const warnings = result.warnings ? ` (${result.warnings} warning(s))` : "";
    setStatus(
      `Report ready: ${result.fileName}${warnings}. ${delivered.message}`,
      delivered.how === "none" ? "error" : "ok",
    );
  });

  mountQuotaPlanner(
    document,
    byId("quota-planner"),
    (batch) => Excel.run(batch),
    () => new Date(),
  );
}

// Office may answer after the time-out after all: then the pane comes to life.
waitForOffice(typeof Office === "undefined" ? undefined : (Office as unknown as OfficeLike), {
  late: (late) => {
    if (late.ready) showOffice(late);
  },
}).then(start);
