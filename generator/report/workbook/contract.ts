import { z } from "zod";
import { cellAny, cellDate, cellNonNegative, cellNumber, cellText } from "./fields.js";
import type { SheetContract } from "./table.js";

/**
 * The workbook contract: which sheets Goalsheet reads, the headers it recognises (with aliases), and the zod
 * schema each row must satisfy. README.md documents it and `goalsheet schema` prints it as JSON Schema.
 */
export const DEALS = {
  sheet: "Deals",
  sheetAliases: ["Opportunities", "Deal", "Pipeline", "商机", "交易", "Kansen", "Verkoopkansen", "الصفقات"],
  columns: [
    { key: "id", header: "ID", aliases: ["Deal ID", "Opportunity ID", "Deal", "编号", "Nummer", "المعرف"] },
    {
      key: "rep",
      header: "Rep",
      aliases: ["Owner", "Sales rep", "Salesperson", "Account executive", "AE", "销售代表", "Verkoper", "المندوب"],
    },
    { key: "region", header: "Region", aliases: ["Territory", "区域", "Regio", "المنطقة"] },
    { key: "segment", header: "Segment", aliases: ["Customer segment", "细分", "Klantsegment", "الشريحة"] },
    { key: "stage", header: "Stage", aliases: ["Deal stage", "Phase", "阶段", "Fase", "المرحلة"] },
    {
      key: "amount",
      header: "Amount",
      aliases: ["Value", "Deal value", "Deal size", "ACV", "金额", "Bedrag", "المبلغ"],
    },
    {
      key: "created",
      header: "Created",
      aliases: ["Created date", "Create date", "Opened", "创建日期", "Aangemaakt", "تاريخ الإنشاء"],
    },
    {
      key: "closed",
      header: "Closed",
      aliases: ["Closed date", "Close date", "关闭日期", "Gesloten", "تاريخ الإغلاق"],
    },
    {
      key: "outcome",
      header: "Outcome",
      aliases: ["Result", "Won/Lost", "Status", "结果", "Uitkomst", "Resultaat", "النتيجة"],
      required: true,
    },
    { key: "competitor", header: "Competitor", aliases: ["Main competitor", "竞争对手", "Concurrent", "المنافس"] },
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
  sheetAliases: ["Goal", "Objectives", "Targets", "目标", "Doelen", "الأهداف"],
  columns: [
    {
      key: "goal",
      header: "Goal",
      aliases: ["Goal statement", "Objective", "Description", "目标", "Doel", "الهدف"],
      required: true,
    },
    { key: "metric", header: "Metric", aliases: ["KPI", "Measure", "指标", "Metriek", "المقياس"] },
    { key: "owner", header: "Owner", aliases: ["Rep", "Responsible", "Assignee", "负责人", "Eigenaar", "المسؤول"] },
    { key: "baseline", header: "Baseline", aliases: ["Start value", "From", "基线", "Nulmeting", "خط الأساس"] },
    { key: "target", header: "Target", aliases: ["Goal value", "To", "目标值", "Doelwaarde", "القيمة المستهدفة"] },
    { key: "start", header: "Start", aliases: ["Start date", "Begin", "开始日期", "Startdatum", "تاريخ البدء"] },
    {
      key: "deadline",
      header: "Deadline",
      aliases: ["Due", "Due date", "End", "End date", "By", "截止日期", "Einddatum", "الموعد النهائي"],
    },
    {
      key: "current",
      header: "Current",
      aliases: ["Actual", "Current value", "Progress", "当前值", "Huidig", "القيمة الحالية"],
    },
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
  sheetAliases: ["Team", "Sales reps", "Quotas", "销售代表", "Verkopers", "المندوبون"],
  columns: [
    {
      key: "rep",
      header: "Rep",
      aliases: ["Name", "Sales rep", "Owner", "销售代表", "姓名", "Verkoper", "Naam", "المندوب", "الاسم"],
      required: true,
    },
    { key: "region", header: "Region", aliases: ["Territory", "区域", "Regio", "المنطقة"] },
    {
      key: "startDate",
      header: "Start date",
      aliases: ["Start", "Hire date", "Started", "入职日期", "Startdatum", "تاريخ البدء"],
    },
    { key: "weight", header: "Weight", aliases: ["Capacity", "Potential", "权重", "Gewicht", "الوزن"] },
    { key: "quota", header: "Quota", aliases: ["Annual quota", "Target", "配额", "Quotum", "الحصة"] },
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
  sheetAliases: ["Orders", "Purchases", "Sales", "交易记录", "Transacties", "المعاملات"],
  columns: [
    {
      key: "customer",
      header: "Customer",
      aliases: ["Customer ID", "Client", "Account", "客户", "Klant", "العميل"],
      required: true,
    },
    {
      key: "date",
      header: "Date",
      aliases: ["Order date", "Purchase date", "日期", "Datum", "التاريخ"],
      required: true,
    },
    {
      key: "amount",
      header: "Amount",
      aliases: ["Value", "Revenue", "Total", "金额", "Bedrag", "المبلغ"],
      required: true,
    },
  ],
  row: z.object({
    customer: cellText("Customer", true),
    date: cellDate("Date", true),
    amount: cellNonNegative("Amount", true),
  }),
} satisfies SheetContract<unknown>;

export type TransactionRecord = z.output<typeof TRANSACTIONS.row>;
