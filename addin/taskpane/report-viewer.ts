/**
 * report-viewer.html: shows a report carried in the page's fragment (report-payload.ts), where the pane cannot
 * save one itself (Excel for Mac: deliver.ts). The fragment never leaves the machine; once read, it is dropped
 * from the address bar, so the report does not linger in the URL.
 */
import { decodeReport } from "./report-payload.js";

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the viewer page has no #${id}`);
  return node as T;
}

async function show(): Promise<void> {
  const status = byId("viewer-status");
  try {
    const report = await decodeReport(location.hash);
    const url = URL.createObjectURL(new Blob([report.html], { type: "text/html;charset=utf-8" }));
    const save = byId<HTMLAnchorElement>("viewer-save");
    save.href = url;
    save.download = report.fileName;
    save.textContent = `Save ${report.fileName}`;
    save.hidden = false;
    const open = byId<HTMLAnchorElement>("viewer-open");
    open.href = url;
    open.hidden = false;
    const frame = byId<HTMLIFrameElement>("viewer-report");
    frame.src = url;
    frame.hidden = false;
    document.title = report.fileName;
    status.textContent = `${report.fileName}: built by Goalsheet from your workbook, on this computer.`;
    history.replaceState(null, "", location.pathname + location.search);
  } catch (cause) {
    status.textContent = `This page shows a Goalsheet report carried in its link, and cannot read one here: ${
      cause instanceof Error ? cause.message : String(cause)
    }.`;
  }
}

void show();
