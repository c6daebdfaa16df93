import ExcelJS from "exceljs";
import { inExcelOrder } from "../../scripts/hostile/zip.js";

/**
 * A workbook with a script-injection payload in every text field the report can show: goal, metric-free
 * goal text, owner, rep, region, segment, stage, competitor, customer, the stage names in Settings, a sheet
 * name, and (by the test) the workbook's file name. Each payload, if it ever ran, would set
 * window.__xss, open a dialog or make a network request, which is what the Chromium test watches for.
 */
export const PAYLOADS = [
  "<script>window.__xss=1;alert('script')</script>",
  "<img src=x onerror=\"window.__xss=1;alert('img')\">",
  "<iframe src=\"javascript:window.parent.__xss=1;alert('iframe')\"></iframe>",
  "javascript:window.__xss=1;alert('url')",
  "<svg onload=\"window.__xss=1;alert('svg')\"><circle r=9 /></svg>",
  '"><script>window.__xss=1</script><b x="',
  "' onmouseover='window.__xss=1' autofocus onfocus='window.__xss=1' x='",
  "</title></style></textarea><script>window.__xss=1</script>",
  '<a href="https://evil.example/steal">https://evil.example/steal</a>',
  '<link rel=stylesheet href="https://evil.example/x.css">',
  "{{constructor.constructor('window.__xss=1')()}}",
  "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
] as const;

const at = (i: number) => PAYLOADS[i % PAYLOADS.length] as string;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function xssWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = day("2026-01-01");
  const goals = workbook.addWorksheet("Goals");
  goals.addRow(["Goal", "Metric", "Owner", "Baseline", "Target", "Start", "Deadline", "Current"]);
  PAYLOADS.forEach((payload, i) => {
    goals.addRow([
      `Win more deals ${payload} by 2026-12-31`,
      "",
      at(i + 1),
      10,
      20,
      day("2026-01-01"),
      day("2026-12-31"),
      12,
    ]);
  });
  const deals = workbook.addWorksheet("Deals");
  deals.addRow(["ID", "Rep", "Region", "Segment", "Stage", "Amount", "Created", "Closed", "Outcome", "Competitor"]);
  PAYLOADS.forEach((payload, i) => {
    for (const outcome of ["Won", "Lost", "Open"]) {
      const closed = outcome === "Open" ? null : day("2026-03-01");
      deals.addRow([
        `${payload}-${outcome}`,
        payload,
        at(i + 2),
        at(i + 3),
        at(i + 4),
        1000 + i,
        day("2026-01-10"),
        closed,
        outcome,
        at(i + 5),
      ]);
    }
  });
  const reps = workbook.addWorksheet("Reps");
  reps.addRow(["Rep", "Region", "Start date", "Weight", "Quota"]);
  for (const payload of PAYLOADS) reps.addRow([payload, "EMEA", day("2025-01-01"), 1, 50_000]);
  const transactions = workbook.addWorksheet("Transactions");
  transactions.addRow(["Customer", "Date", "Amount"]);
  PAYLOADS.forEach((payload, i) => {
    for (let k = 0; k < 4; k++)
      transactions.addRow([`${payload} #${i % 3}`, day(`2026-0${1 + k}-1${i % 9}`), 100 + 10 * k]);
  });
  const settings = workbook.addWorksheet("Settings");
  settings.addRow(["Setting", "Value"]);
  settings.addRow(["Currency", "EUR"]);
  for (let i = 0; i < PAYLOADS.length; i++) settings.addRow([`Probability: ${at(i + 4)}`, 0.5]);
  // A sheet name carrying markup (Excel forbids only \ / ? * [ ] : in sheet names).
  workbook.addWorksheet("<b onclick=alert(1)>Notes").getCell("A1").value = "notes";
  // In Excel's part order: exceljs's streaming reader fails on its own writer's order with several sheets
  // (the many-sheets hostile case covers that); this test is about the report, not that bug.
  return inExcelOrder(Buffer.from(await workbook.xlsx.writeBuffer()));
}
