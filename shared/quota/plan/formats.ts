import type { CellStyle } from "./sheet-spec.js";

/** Number formats and styles of the Quota sheet, in one place so both faces format alike. */
export const FORMAT = {
  money: "#,##0",
  date: "yyyy-mm-dd",
  month: "mmm yyyy",
  percent: "0%",
  share: "0.0%",
  weight: "General",
  rampMonth: '"Month "0',
  /** Zero (the plan adds up to the assigned total) reads "exact"; anything else shows the gap. */
  check: '#,##0;-#,##0;"exact"',
} as const;

const NAVY = "#1F4E79";

export const STYLE = {
  title: { bold: true, size: 16, color: NAVY },
  note: { italic: true, color: "#595959" },
  section: { bold: true, size: 12, color: NAVY },
  /** Inputs: blue on pale blue, the usual financial-model convention for cells meant to be changed. */
  input: { color: "#0000FF", fill: "#DDEBF7" },
  header: { bold: true, color: "#FFFFFF", fill: NAVY, align: "center" },
  team: { bold: true, fill: "#F2F2F2" },
} as const satisfies Record<string, CellStyle>;
