import {
  cellAmount,
  cellAny,
  cellBoolean,
  cellCurrency,
  cellDate,
  cellNonNegative,
  cellNumber,
  cellProbability,
  cellText,
  type RecordOf,
} from "./fields.js";
import type { SheetContract } from "./table.js";

/**
 * The workbook contract: which sheets Goalsheet reads, the headers it recognises (with aliases), and the check
 * each cell of a row must pass (its field, fields.ts). README.md documents it and `goalsheet schema` prints it
 * as JSON Schema.
 *
 * `columns` are Goalsheet's own columns (what `goalsheet init` writes); `exportColumns` are more columns that
 * CRM and shop exports carry (IsWon, Probability, Currency, Quantity × Unit price). Aliases cover the report
 * labels and API names of Salesforce, HubSpot, Pipedrive, Dynamics 365 and Zoho, snake_case exports (Kaggle,
 * Maven) and the four report languages. Headers match whatever their case, spacing and punctuation, and a
 * leading "Deal"/"Opportunity" is optional ("Deal - Owner", "Opportunity Owner" and "Owner" are one column).
 */
export const DEALS = {
  sheet: "Deals",
  sheetAliases: [
    "Opportunities",
    "Opportunity",
    "Deal",
    "Pipeline",
    "商机",
    "交易",
    "Kansen",
    "Verkoopkansen",
    "الصفقات",
  ],
  columns: [
    {
      key: "id",
      header: "ID",
      aliases: ["Deal ID", "Opportunity ID", "Deal", "Record ID", "编号", "Nummer", "المعرف"],
    },
    {
      key: "rep",
      header: "Rep",
      aliases: [
        "Owner",
        "Owner name",
        "Owner full name",
        "OwnerId",
        "HubSpot owner",
        "HubSpot owner ID",
        "Sales rep",
        "Sales agent",
        "Salesperson",
        "Account executive",
        "AE",
        "Assigned to",
        "销售代表",
        "负责人",
        "Verkoper",
        "Eigenaar",
        "المندوب",
      ],
    },
    {
      key: "region",
      header: "Region",
      aliases: ["Territory", "Sales region", "Regional office", "区域", "Regio", "المنطقة"],
    },
    { key: "segment", header: "Segment", aliases: ["Customer segment", "细分", "Klantsegment", "الشريحة"] },
    {
      key: "stage",
      header: "Stage",
      aliases: [
        "StageName",
        "Deal stage",
        "Sales stage",
        "Pipeline stage",
        "Pipeline phase",
        "Phase",
        "阶段",
        "Fase",
        "المرحلة",
      ],
    },
    {
      key: "amount",
      header: "Amount",
      aliases: [
        "Value",
        "Deal value",
        "Deal size",
        "Deal amount",
        "Opportunity amount",
        "Total amount",
        "Close value",
        "Est. revenue",
        "Estimated revenue",
        "ACV",
        "金额",
        "Bedrag",
        "Waarde",
        "المبلغ",
      ],
      // HubSpot exports both; the converted amount is the one that sums across currencies.
      preferred: ["Amount in company currency", "Amount (company currency)"],
    },
    {
      key: "created",
      header: "Created",
      aliases: [
        "Created date",
        "CreatedDate",
        "Create date",
        "Created on",
        "Created time",
        "Creation date",
        "Date created",
        "Add time",
        "Engage date",
        "Opened",
        "创建日期",
        "Aangemaakt",
        "تاريخ الإنشاء",
      ],
    },
    {
      key: "closed",
      header: "Closed",
      aliases: [
        "Closed date",
        "Close date",
        "CloseDate",
        "Closing date",
        "Closed on",
        "Close time",
        "Actual close date",
        "Date closed",
        "关闭日期",
        "Gesloten",
        "Sluitingsdatum",
        "تاريخ الإغلاق",
      ],
    },
    {
      key: "outcome",
      header: "Outcome",
      aliases: ["Result", "Won/Lost", "Win/Loss", "Status", "结果", "Uitkomst", "Resultaat", "النتيجة"],
    },
    { key: "competitor", header: "Competitor", aliases: ["Main competitor", "竞争对手", "Concurrent", "المنافس"] },
    // Where a lost deal left the funnel (its Stage is often just "Closed lost"): the funnel's conversions need it.
    {
      key: "lostAt",
      header: "Lost at stage",
      aliases: ["Lost at", "Lost stage", "Stage lost", "Exit stage", "丢单阶段", "Verloren in fase", "مرحلة الخسارة"],
    },
  ],
  exportColumns: [
    { key: "name", header: "Name", aliases: ["Deal name", "Opportunity name", "Title", "Topic"] },
    {
      key: "account",
      header: "Account",
      aliases: [
        "Account name",
        "Company",
        "Company name",
        "Organization",
        "Potential customer",
        "Associated company",
        "Customer",
        "客户",
        "Klant",
        "العميل",
      ],
    },
    { key: "product", header: "Product", aliases: ["Product name"] },
    { key: "isWon", header: "IsWon", aliases: ["Is won", "Won", "Is closed won"] },
    { key: "isClosed", header: "IsClosed", aliases: ["Is closed", "Is deal closed"] },
    {
      key: "probability",
      header: "Probability",
      aliases: [
        "Probability (%)",
        "Win probability",
        "Deal probability",
        "Deal stage probability",
        "Forecast probability",
      ],
    },
    {
      key: "currency",
      header: "Currency",
      aliases: [
        "CurrencyIsoCode",
        "Currency ISO code",
        "Opportunity currency",
        "Amount currency",
        "Total amount currency",
        "Deal currency code",
        "Currency code",
        "Currency of value",
      ],
    },
    { key: "quantity", header: "Quantity", aliases: ["Qty", "Units"] },
    { key: "unitPrice", header: "Unit price", aliases: ["Price", "Sales price", "Price per unit"] },
  ],
  fields: {
    id: cellText("ID"),
    rep: cellText("Rep"),
    region: cellText("Region"),
    segment: cellText("Segment"),
    stage: cellText("Stage"),
    amount: cellAmount("Amount"),
    created: cellDate("Created"),
    closed: cellDate("Closed"),
    outcome: cellAny("Outcome"),
    competitor: cellText("Competitor"),
    name: cellText("Name"),
    account: cellText("Account"),
    product: cellText("Product"),
    isWon: cellBoolean("IsWon"),
    isClosed: cellBoolean("IsClosed"),
    probability: cellProbability("Probability"),
    currency: cellCurrency("Currency"),
    quantity: cellNumber("Quantity"),
    unitPrice: cellAmount("Unit price"),
    lostAt: cellText("Lost at stage"),
  },
} satisfies SheetContract<unknown>;

/** A record: every field optional, as a sheet may lack any column. */
export type DealRecord = RecordOf<typeof DEALS.fields>;

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
  exportColumns: [],
  fields: {
    goal: cellText("Goal", true),
    metric: cellText("Metric"),
    owner: cellText("Owner"),
    baseline: cellNumber("Baseline"),
    target: cellNumber("Target"),
    start: cellDate("Start"),
    deadline: cellDate("Deadline"),
    current: cellNumber("Current"),
  },
} satisfies SheetContract<unknown>;

export type GoalRecord = RecordOf<typeof GOALS.fields>;

/**
 * A quota plan's months, by calendar month: each rep's quota for that month, already ramped and seasonal (the
 * quota planner writes them; the report then takes them as they are instead of spreading Quota over 12 months).
 */
const MONTH_COLUMNS = [
  { key: "jan", header: "Jan", aliases: ["January", "1月", "一月", "januari", "يناير"] },
  { key: "feb", header: "Feb", aliases: ["February", "2月", "二月", "februari", "فبراير"] },
  { key: "mar", header: "Mar", aliases: ["March", "3月", "三月", "mrt", "maart", "مارس"] },
  { key: "apr", header: "Apr", aliases: ["April", "4月", "四月", "أبريل"] },
  { key: "may", header: "May", aliases: ["5月", "五月", "mei", "مايو"] },
  { key: "jun", header: "Jun", aliases: ["June", "6月", "六月", "juni", "يونيو"] },
  { key: "jul", header: "Jul", aliases: ["July", "7月", "七月", "juli", "يوليو"] },
  { key: "aug", header: "Aug", aliases: ["August", "8月", "八月", "augustus", "أغسطس"] },
  { key: "sep", header: "Sep", aliases: ["Sept", "September", "9月", "九月", "سبتمبر"] },
  { key: "oct", header: "Oct", aliases: ["October", "10月", "十月", "okt", "oktober", "أكتوبر"] },
  { key: "nov", header: "Nov", aliases: ["November", "11月", "十一月", "نوفمبر"] },
  { key: "dec", header: "Dec", aliases: ["December", "12月", "十二月", "ديسمبر"] },
] as const;

/** The month columns' keys, January first. */
export const REP_MONTH_KEYS = MONTH_COLUMNS.map((c) => c.key);

export const REPS = {
  sheet: "Reps",
  sheetAliases: ["Team", "Sales reps", "Sales teams", "Quotas", "销售代表", "Verkopers", "المندوبون"],
  columns: [
    {
      key: "rep",
      header: "Rep",
      aliases: [
        "Name",
        "Sales rep",
        "Sales agent",
        "Owner",
        "销售代表",
        "姓名",
        "Verkoper",
        "Naam",
        "المندوب",
        "الاسم",
      ],
      required: true,
    },
    { key: "region", header: "Region", aliases: ["Territory", "Regional office", "区域", "Regio", "المنطقة"] },
    {
      key: "startDate",
      header: "Start date",
      aliases: ["Start", "Hire date", "Started", "入职日期", "Startdatum", "تاريخ البدء"],
    },
    { key: "weight", header: "Weight", aliases: ["Capacity", "Potential", "权重", "Gewicht", "الوزن"] },
    { key: "quota", header: "Quota", aliases: ["Annual quota", "Target", "配额", "Quotum", "الحصة"] },
    ...MONTH_COLUMNS.map((c) => ({ ...c, aliases: [...c.aliases] })),
  ],
  exportColumns: [],
  fields: {
    rep: cellText("Rep", true),
    region: cellText("Region"),
    startDate: cellDate("Start date"),
    weight: cellNonNegative("Weight"),
    quota: cellAmount("Quota"),
    jan: cellAmount("Jan"),
    feb: cellAmount("Feb"),
    mar: cellAmount("Mar"),
    apr: cellAmount("Apr"),
    may: cellAmount("May"),
    jun: cellAmount("Jun"),
    jul: cellAmount("Jul"),
    aug: cellAmount("Aug"),
    sep: cellAmount("Sep"),
    oct: cellAmount("Oct"),
    nov: cellAmount("Nov"),
    dec: cellAmount("Dec"),
  },
} satisfies SheetContract<unknown>;

export type RepRecord = RecordOf<typeof REPS.fields>;
export type RepMonthKey = (typeof REP_MONTH_KEYS)[number];

export const TRANSACTIONS = {
  sheet: "Transactions",
  sheetAliases: ["Orders", "Order lines", "Invoices", "Purchases", "Sales", "交易记录", "Transacties", "المعاملات"],
  columns: [
    {
      key: "customer",
      header: "Customer",
      aliases: [
        "Customer ID",
        "Customer name",
        "Customer number",
        "Client",
        "Account",
        "Buyer",
        "客户",
        "Klant",
        "العميل",
      ],
      required: true,
    },
    {
      key: "date",
      header: "Date",
      aliases: ["Order date", "Purchase date", "Invoice date", "Transaction date", "日期", "Datum", "التاريخ"],
      required: true,
    },
    {
      key: "amount",
      header: "Amount",
      aliases: [
        "Value",
        "Revenue",
        "Total",
        "Sales",
        "Order value",
        "Order total",
        "Line total",
        "金额",
        "Bedrag",
        "المبلغ",
      ],
    },
  ],
  exportColumns: [
    { key: "quantity", header: "Quantity", aliases: ["Qty", "Units"] },
    { key: "unitPrice", header: "Unit price", aliases: ["Price", "Sales price", "Price per unit"] },
    { key: "currency", header: "Currency", aliases: ["Currency code", "CurrencyIsoCode"] },
  ],
  fields: {
    customer: cellText("Customer", true),
    date: cellDate("Date", true),
    amount: cellAmount("Amount", { negative: true }),
    quantity: cellNumber("Quantity"),
    unitPrice: cellAmount("Unit price"),
    currency: cellCurrency("Currency"),
  },
} satisfies SheetContract<unknown>;

export type TransactionRecord = RecordOf<typeof TRANSACTIONS.fields>;
