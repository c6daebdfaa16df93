import { readFileSync } from "node:fs";

/**
 * An independent reading of the export corpus (test/corpus/exports/): a few lines of plain code per CRM that
 * say what each row means, written from the CRM's documented export, sharing nothing with the import layer
 * (no aliases, no papaparse, no date or amount parser of the product). The corpus tests compare the report
 * model with the figures computed here with plain loops.
 */
export const CORPUS = "test/corpus/exports";

/** RFC 4180 fields: quotes around a field, "" inside for a quote, line breaks inside quotes. */
export function splitCsv(text: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A CSV file of the corpus as header-keyed records. */
export function records(file: string, options: { delimiter?: string; encoding?: BufferEncoding } = {}) {
  let text = readFileSync(`${CORPUS}/${file}`, options.encoding ?? "utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const [header, ...rows] = splitCsv(text, options.delimiter);
  return rows
    .filter((r) => r.length === (header as string[]).length)
    .map((r) => Object.fromEntries((header as string[]).map((h, i) => [h, r[i] as string])));
}

/**
 * Days since 1970 of a date and time as written (UTC, the zone not converted), so a cycle is closed − created
 * with the times of day, as =C2-B2 gives it in Excel and as the core's SALESCYCLE counts it.
 */
export const day = (y: number, m: number, d: number, h = 0, min = 0, s = 0) =>
  Date.UTC(y, m - 1, d, h, min, s) / 86_400_000;
export const isoDay = (text: string) => {
  const t = /[T ](\d{2}):(\d{2})(?::(\d{2}))?/.exec(text);
  const [h, min, s] = [Number(t?.[1] ?? 0), Number(t?.[2] ?? 0), Number(t?.[3] ?? 0)];
  return day(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)), h, min, s);
};
/** "3/14/2025", "12/1/2010 8:26", "3/14/2025 9:12 PM". */
export const usDay = (text: string) => {
  const [date, time, half] = text.split(" ");
  const [m, d, y] = (date as string).split("/").map(Number);
  let [h, min] = time ? time.split(":").map(Number) : [0, 0];
  if (half) h = ((h as number) % 12) + (half === "PM" ? 12 : 0);
  return day(y as number, m as number, d as number, h, min);
};

export interface Deal {
  readonly outcome: "won" | "lost" | "open";
  readonly amount: number;
  readonly created?: number;
  readonly closed?: number;
}

/** The figures every deals file is checked on. */
export interface Expected {
  readonly won: number;
  readonly lost: number;
  readonly open: number;
  /** Won amount with a close day in [from, to]. */
  readonly revenue: number;
  /** Mean days created → closed of won deals that closed on or after they were created. */
  readonly cycleMean: number | null;
  readonly cycleCount: number;
}

export function expected(deals: readonly Deal[], from: number, to: number): Expected {
  let won = 0;
  let lost = 0;
  let open = 0;
  let revenue = 0;
  let cycleTotal = 0;
  let cycleCount = 0;
  for (const d of deals) {
    if (d.outcome === "won") won++;
    else if (d.outcome === "lost") lost++;
    else open++;
    if (d.outcome !== "won") continue;
    if (d.closed !== undefined && d.closed >= from && d.closed <= to) revenue += d.amount;
    if (d.created !== undefined && d.closed !== undefined && d.closed >= d.created) {
      cycleTotal += d.closed - d.created;
      cycleCount++;
    }
  }
  return { won, lost, open, revenue, cycleMean: cycleCount ? cycleTotal / cycleCount : null, cycleCount };
}

const num = (text: string) => (text.trim() === "" ? 0 : Number(text));

/** Per file: how its rows read as deals, by the CRM's own documentation of the export. */
export const DEAL_FILES: Record<string, () => Deal[]> = {
  // Maven: deal_stage is Won, Lost, Engaging or Prospecting; close_value is blank for open deals.
  "maven/sales_pipeline.csv": () =>
    records("maven/sales_pipeline.csv").map((r) => ({
      outcome: r.deal_stage === "Won" ? "won" : r.deal_stage === "Lost" ? "lost" : "open",
      amount: num(r.close_value as string),
      created: isoDay(r.engage_date as string),
      ...(r.close_date ? { closed: isoDay(r.close_date) } : {}),
    })),
  // Salesforce Data Loader: IsClosed and IsWon are "true"/"false"; CreatedDate is an ISO date-time.
  "generated/salesforce-dataloader.csv": () =>
    records("generated/salesforce-dataloader.csv").map((r) => ({
      outcome: r.IsClosed === "true" ? (r.IsWon === "true" ? "won" : "lost") : "open",
      amount: num(r.Amount as string),
      created: isoDay(r.CreatedDate as string),
      closed: isoDay(r.CloseDate as string),
    })),
  // Salesforce report: Won and Closed are 1/0, dates in the user's US format.
  "generated/salesforce-report.csv": () =>
    records("generated/salesforce-report.csv").map((r) => ({
      outcome: r.Closed === "1" ? (r.Won === "1" ? "won" : "lost") : "open",
      amount: num(r.Amount as string),
      created: usDay(r["Created Date"] as string),
      closed: usDay(r["Close Date"] as string),
    })),
  "generated/hubspot-deals.csv": () => hubspot("generated/hubspot-deals.csv"),
  "generated/hubspot-deals-stage-ids.csv": () => hubspot("generated/hubspot-deals-stage-ids.csv"),
  // Pipedrive: Status is open, won or lost.
  "generated/pipedrive-deals.csv": () =>
    records("generated/pipedrive-deals.csv").map((r) => ({
      outcome: r["Deal - Status"] as Deal["outcome"],
      amount: num(r["Deal - Value"] as string),
      created: isoDay(r["Deal - Deal created"] as string),
      ...(r["Deal - Deal closed on"] ? { closed: isoDay(r["Deal - Deal closed on"]) } : {}),
    })),
  // Dynamics 365: UTF-16, tabs; Status Open/Won/Lost; revenue as "$12,500.00"; US dates with AM/PM times.
  "generated/dynamics-opportunities.csv": () =>
    records("generated/dynamics-opportunities.csv", { delimiter: "\t", encoding: "utf16le" }).map((r) => ({
      outcome: (r.Status as string).toLowerCase() as Deal["outcome"],
      amount: Number((r["Est. Revenue"] as string).replace(/[$,]/g, "")),
      created: usDay(r["Created On"] as string),
      ...(r["Actual Close Date"] ? { closed: usDay(r["Actual Close Date"]) } : {}),
    })),
  // Zoho: Stage "Closed Won", "Closed Lost" or "Closed-Lost to Competition".
  "generated/zoho-deals.csv": () =>
    records("generated/zoho-deals.csv").map((r) => ({
      outcome: r.Stage === "Closed Won" ? "won" : (r.Stage as string).startsWith("Closed") ? "lost" : "open",
      amount: num(r.Amount as string),
      created: isoDay(r["Created Time"] as string),
      closed: isoDay(r["Closing Date"] as string),
    })),
  // Dutch Excel: Windows-1252, semicolons, "€ 1.250,50", day-month-year dates.
  "generated/kansen.csv": () =>
    records("generated/kansen.csv", { delimiter: ";", encoding: "latin1" }).map((r) => {
      const nl = (t: string) => {
        const [d, m, y] = t.split("-").map(Number);
        return day(y as number, m as number, d as number);
      };
      return {
        outcome: r.Uitkomst === "Gewonnen" ? "won" : r.Uitkomst === "Verloren" ? "lost" : "open",
        amount: Number((r.Bedrag as string).replace(/[^\d,]/g, "").replace(",", ".")),
        created: nl(r.Aangemaakt as string),
        ...(r.Gesloten ? { closed: nl(r.Gesloten) } : {}),
      };
    }),
};

// HubSpot: "Closed won"/"Closed lost" labels, or the internal ids closedwon/closedlost; "2025-03-04 14:22".
function hubspot(file: string): Deal[] {
  return records(file).map((r) => {
    const stage = (r["Deal Stage"] as string).toLowerCase().replace(/\s/g, "");
    return {
      outcome: stage === "closedwon" ? "won" : stage === "closedlost" ? "lost" : "open",
      amount: num(r.Amount as string),
      created: isoDay(r["Create Date"] as string),
      closed: isoDay(r["Close Date"] as string),
    };
  });
}
