/**
 * Whether the pane can reach the workbook, and if not, what to tell the user. Three ways it cannot:
 * office.js did not load (no network to appsforoffice.microsoft.com, a proxy, a blocked script: the `Office`
 * global is missing), the page is open outside Office (office.js loads and reports no host), or Office never
 * answers. Before this the pane showed an empty list and buttons that did nothing.
 */
export type OfficeState =
  | { readonly ready: true; readonly platform: string }
  | { readonly ready: false; readonly reason: OfficeProblem; readonly message: string };

export type OfficeProblem = "no-office-js" | "outside-office" | "not-excel" | "no-answer";

/** The part of office.js this module reads. */
export interface OfficeLike {
  onReady(callback?: (info: { host: string | null; platform: string | null }) => void): unknown;
}

const STILL_WORKS = "The function help below still works.";

export const OFFICE_MESSAGES: Record<Exclude<OfficeProblem, "not-excel">, string> = {
  "no-office-js":
    "Office is unavailable: office.js did not load from appsforoffice.microsoft.com, so this pane cannot reach the " +
    `workbook. Check the network connection (a proxy or firewall may block that address), then reopen the pane. ${STILL_WORKS}`,
  "outside-office": `This is Goalsheet's task pane: it works inside Excel. Open a workbook in Excel and choose Home > Goals. ${STILL_WORKS}`,
  "no-answer":
    "Office did not answer within 10 seconds, so this pane cannot reach the workbook yet. Close the pane and open " +
    `it again (Home > Goals). ${STILL_WORKS}`,
};

/**
 * Wait for Office. Resolves once: ready in Excel, or the problem. `late` is called if Office answers after the
 * time-out after all, so the pane can come to life then.
 */
export function waitForOffice(
  office: OfficeLike | undefined,
  options: { timeoutMs?: number; late?: (state: OfficeState) => void } = {},
): Promise<OfficeState> {
  if (office === undefined || typeof office.onReady !== "function") {
    return Promise.resolve({ ready: false, reason: "no-office-js", message: OFFICE_MESSAGES["no-office-js"] });
  }
  return new Promise((resolve) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      resolve({ ready: false, reason: "no-answer", message: OFFICE_MESSAGES["no-answer"] });
    }, options.timeoutMs ?? 10_000);
    office.onReady((info) => {
      const state = stateOf(info);
      if (settled) {
        options.late?.(state);
        return;
      }
      settled = true;
      clearTimeout(timer);
      resolve(state);
    });
  });
}

function stateOf(info: { host: string | null; platform: string | null } | undefined): OfficeState {
  const host = info?.host ?? null;
  if (host === null) return { ready: false, reason: "outside-office", message: OFFICE_MESSAGES["outside-office"] };
  if (host !== "Excel") {
    return { ready: false, reason: "not-excel", message: `Goalsheet works in Excel, not in ${host}. ${STILL_WORKS}` };
  }
  return { ready: true, platform: info?.platform ?? "" };
}
