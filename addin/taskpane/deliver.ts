import { encodeReport, MAX_FRAGMENT } from "./report-payload.js";

/**
 * Hand the built report to the user where the Excel in use lets them keep it:
 * - Windows (WebView2) and Excel on the web: a file download from a blob link, kept on the pane to save again;
 * - Excel for Mac: its WKWebView never starts a download (office-js 2700, "by design"; 3385), so the report opens
 *   in the system browser (Office.context.ui.openBrowserWindow, OpenBrowserWindowApi 1.1: Microsoft's workaround in
 *   office-js 3662) on report-viewer.html, with the report in the URL's fragment; the browser can save and print
 *   it. Without that API, an Office dialog shows the same page, so the report can at least be read. The blob
 *   link is not offered on Mac, where it does nothing.
 */
export interface OfficeUi {
  readonly platform: string;
  isSetSupported(name: string, version: string): boolean;
  openBrowserWindow(url: string): void;
  displayDialogAsync(
    url: string,
    options: { height: number; width: number },
    callback: (result: { status: string; error?: { message: string } }) => void,
  ): void;
}

export type Delivery = "download" | "browser" | "dialog" | "none";

export interface Delivered {
  readonly how: Delivery;
  /** The sentence the pane shows after "Report ready: NAME." */
  readonly message: string;
}

const CLI = "build it with the goalsheet CLI instead (goalsheet report <workbook>)";

export async function deliverReport(
  doc: Document,
  link: HTMLAnchorElement,
  report: { html: string; fileName: string },
  ui: OfficeUi,
  viewer: string,
): Promise<Delivered> {
  if (ui.platform !== "Mac") {
    offerDownload(doc, link, report.html, report.fileName);
    return { how: "download", message: "It is downloading; the link below saves it again." };
  }
  link.hidden = true;
  const fragment = await encodeReport(report);
  if (fragment.length > MAX_FRAGMENT) {
    return {
      how: "none",
      message: `Excel for Mac cannot save files from add-ins, and this report is too large to hand to the browser (${fragment.length.toLocaleString("en")} characters packed; the most is ${MAX_FRAGMENT.toLocaleString("en")}): ${CLI}.`,
    };
  }
  const url = `${viewer}#${fragment}`;
  if (ui.isSetSupported("OpenBrowserWindowApi", "1.1")) {
    try {
      ui.openBrowserWindow(url);
      return { how: "browser", message: "It opened in your browser, where you can save or print it." };
    } catch {
      // Fall through to the dialog.
    }
  }
  if (ui.isSetSupported("DialogApi", "1.1")) {
    const opened = await new Promise<string | undefined>((resolve) =>
      ui.displayDialogAsync(url, { height: 80, width: 70 }, (result) =>
        resolve(result.status === "succeeded" ? undefined : (result.error?.message ?? "the window did not open")),
      ),
    );
    if (opened === undefined) {
      return {
        how: "dialog",
        message: `It is shown in a window to read: Excel for Mac cannot save files from add-ins or open a browser in this version; to keep a file, ${CLI}.`,
      };
    }
    return { how: "none", message: `Excel for Mac cannot save files from add-ins, and ${opened}: ${CLI}.` };
  }
  return {
    how: "none",
    message: `Excel for Mac cannot save files from add-ins, and this version opens no browser or window: update Excel, or ${CLI}.`,
  };
}

/** Offer the HTML as a file: a Blob URL on the download link (the previous one is released), then a click. */
export function offerDownload(doc: Document, link: HTMLAnchorElement, html: string, fileName: string): void {
  if (link.href.startsWith("blob:")) URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(new Blob([html], { type: "text/html;charset=utf-8" }));
  link.download = fileName;
  link.textContent = `Download ${fileName}`;
  link.hidden = false;
  if (doc.defaultView) link.click();
}
