import { z } from "zod";
import { cellAny, cellDate, cellNonNegative, cellText } from "./fields.js";
import type { SheetContract } from "./table.js";

/**
 * The workbook contract: which sheets Goalsheet reads, the headers it recognises (with aliases), and the zod
 * schema each row must satisfy. README.md documents it and `goalsheet schema` prints it as JSON Schema.
 */
export const DEALS = {
  sheet: "Deals",
  sheetAliases: ["Opportunities", "Deal", "Pipeline"],
  columns: [
    { key: "id", header: "ID", aliases: ["Deal ID", "Opportunity ID", "Deal"] },
    { key: "rep", header: "Rep", aliases: ["Owner", "Sales rep", "Salesperson", "Account executive", "AE"] },
    { key: "region", header: "Region", aliases: ["Territory"] },
    { key: "segment", header: "Segment", aliases: ["Customer segment"] },
    { key: "stage", header: "Stage", aliases: ["Deal stage", "Phase"] },
    { key: "amount", header: "Amount", aliases: ["Value", "Deal value", "Deal size", "ACV"] },
    { key: "created", header: "Created", aliases: ["Created date", "Create date", "Opened"] },
    { key: "closed", header: "Closed", aliases: ["Closed date", "Close date"] },
    { key: "outcome", header: "Outcome", aliases: ["Result", "Won/Lost", "Status"], required: true },
    { key: "competitor", header: "Competitor", aliases: ["Main competitor"] },
  ],
  row: z.object({
    id: cellText("ID"),
    rep: cellText("Rep"),
    region: cellText("Region"),
    segment: cellText("Segment"),
    stage: cellText("Stage"),
    amount: cellNonNegative("Amount"),
    created: cellDate("Created"),
    closed: cellDate("Closed"),
    outcome: cellAny("Outcome"),
    competitor: cellText("Competitor"),
  }),
} satisfies SheetContract<unknown>;

export type DealRecord = z.output<typeof DEALS.row>;
