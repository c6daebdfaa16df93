import { z } from "zod";
import { cellAny, cellDate, cellNonNegative, cellNumber, cellText } from "./fields.js";
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

export const GOALS = {
  sheet: "Goals",
  sheetAliases: ["Goal", "Objectives", "Targets"],
  columns: [
    { key: "goal", header: "Goal", aliases: ["Goal statement", "Objective", "Description"], required: true },
    { key: "metric", header: "Metric", aliases: ["KPI", "Measure"] },
    { key: "owner", header: "Owner", aliases: ["Rep", "Responsible", "Assignee"] },
    { key: "baseline", header: "Baseline", aliases: ["Start value", "From"] },
    { key: "target", header: "Target", aliases: ["Goal value", "To"] },
    { key: "start", header: "Start", aliases: ["Start date", "Begin"] },
    { key: "deadline", header: "Deadline", aliases: ["Due", "Due date", "End", "End date", "By"] },
    { key: "current", header: "Current", aliases: ["Actual", "Current value", "Progress"] },
  ],
  row: z.object({
    goal: cellText("Goal", true),
    metric: cellText("Metric"),
    owner: cellText("Owner"),
    baseline: cellNumber("Baseline"),
    target: cellNumber("Target"),
    start: cellDate("Start"),
    deadline: cellDate("Deadline"),
    current: cellNumber("Current"),
  }),
} satisfies SheetContract<unknown>;

export type GoalRecord = z.output<typeof GOALS.row>;

export const REPS = {
  sheet: "Reps",
  sheetAliases: ["Team", "Sales reps", "Quotas"],
  columns: [
    { key: "rep", header: "Rep", aliases: ["Name", "Sales rep", "Owner"], required: true },
    { key: "region", header: "Region", aliases: ["Territory"] },
    { key: "startDate", header: "Start date", aliases: ["Start", "Hire date", "Started"] },
    { key: "weight", header: "Weight", aliases: ["Capacity", "Potential"] },
    { key: "quota", header: "Quota", aliases: ["Annual quota", "Target"] },
  ],
  row: z.object({
    rep: cellText("Rep", true),
    region: cellText("Region"),
    startDate: cellDate("Start date"),
    weight: cellNonNegative("Weight"),
    quota: cellNonNegative("Quota"),
  }),
} satisfies SheetContract<unknown>;

export type RepRecord = z.output<typeof REPS.row>;

export const TRANSACTIONS = {
  sheet: "Transactions",
  sheetAliases: ["Orders", "Purchases", "Sales"],
  columns: [
    { key: "customer", header: "Customer", aliases: ["Customer ID", "Client", "Account"], required: true },
    { key: "date", header: "Date", aliases: ["Order date", "Purchase date"], required: true },
    { key: "amount", header: "Amount", aliases: ["Value", "Revenue", "Total"], required: true },
  ],
  row: z.object({
    customer: cellText("Customer", true),
    date: cellDate("Date", true),
    amount: cellNonNegative("Amount", true),
  }),
} satisfies SheetContract<unknown>;

export type TransactionRecord = z.output<typeof TRANSACTIONS.row>;
