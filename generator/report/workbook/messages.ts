import type { DateOrder } from "./text-dates.js";

/**
 * Every word the import layer says to a person, in one place (English: the CLI's language). Problems and
 * warnings are built as data elsewhere (problems.ts: code, place, rule, value received); only the sentences
 * live here, so another face or language can choose its own words for the same codes.
 */
const list = (items: readonly string[], last = "or"): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;

const n = (count: number): string => count.toLocaleString("en-US");

const rowsOf = (rows: readonly number[]): string => {
  const shown = rows.slice(0, 5).join(", ");
  return rows.length > 5 ? `rows ${shown} and ${n(rows.length - 5)} more` : `row${rows.length > 1 ? "s" : ""} ${shown}`;
};

export const words = {
  // Cells.
  required: (label: string) => `${label} is required`,
  errorCell: (label: string, code: string) => `${label} holds the error ${code}`,
  rule: (label: string, rule: string) => `${label} ${rule}`,
  notADateInOrder: (label: string, order: DateOrder, fromSettings: boolean) =>
    `${label} must be a date in the order ${order}${fromSettings ? " (Settings: Date order)" : " (the order the rest of the column uses)"}`,
  probabilityRule: (label: string) => `${label} must be a probability from 0 to 1, or 0% to 100%`,

  // Columns.
  missingColumn: (label: string, accepted: readonly string[]) =>
    `missing column ${label} (the header row must name it: ${list(accepted.map((a) => `"${a}"`))})`,
  missingOutcome: () =>
    `missing column Outcome: the header row must name an Outcome (Won/Lost), a Stage holding Closed Won and Closed Lost, or IsClosed with IsWon`,
  looksLike: (header: string, column: string, what: string, use: string) =>
    `column "${header}" (${column}) holds ${what}: use it as ${use}?`,
  duplicateColumn: (label: string) => `duplicate column for ${label}`,
  isWonAlone: (header: string) =>
    `${header} alone cannot tell lost deals from open ones (an open deal is not won either)`,
  addIsClosed: () => "add the IsClosed column, a Stage column or an Outcome column from the same export",
  ambiguousDates: (label: string, example: string) =>
    `${label} dates such as ${example} can be read month-first or day-first, and no date in the column tells which`,
  mixedDateOrders: (label: string, dayFirst: string, monthFirst: string) =>
    `${label} mixes day-first dates such as ${dayFirst} with month-first dates such as ${monthFirst}`,
  setDateOrder: () => "set Date order (MDY, DMY or YMD) in Settings",
  otherOrder: (order: DateOrder) => `these are dates in the order ${order}: set Date order: ${order} in Settings`,
  ambiguousNumbers: (label: string, example: string) =>
    `${label} numbers such as ${example} can be read with a thousands separator or a decimal one, and no number in the column tells which`,
  writeNumbersPlainly: () => "write amounts without thousands separators, or with their decimals (1.200,00)",
  mixedNumberStyles: (label: string, point: string, comma: string) =>
    `${label} mixes decimal points such as ${point} with decimal commas such as ${comma}`,
  mixedCurrencies: (label: string, seen: readonly string[]) =>
    `${label} must hold one currency, got ${list(seen, "and")}`,
  oneCurrency: () => "convert the amounts to one currency (or use the export's amount in the company currency)",
  currencyConflict: (setting: string, seen: string) => `Currency in Settings is ${setting}, but ${seen}`,

  // Outcomes.
  unknownOutcome: (label: string) =>
    `${label} must be Won, Lost, No decision or Open (or the same in Chinese, Dutch or Arabic, or a CRM's closed-won/closed-lost stage)`,
  outcomeContradictsStage: (sheet: string, source: string, stage: string, rows: readonly number[]) =>
    `${sheet}: ${n(rows.length)} deal${rows.length > 1 ? "s'" : "'s"} ${source} contradict${rows.length > 1 ? "" : "s"} ${rows.length > 1 ? "their" : "its"} ${stage} (${rowsOf(rows)}): ${source} is used`,
  notBoolean: (label: string) => `${label} must be TRUE or FALSE`,

  // Goals.
  goalDates: (deadline: string) => `Start must be before Deadline (${deadline})`,

  // Reps: a quota plan's months.
  partialPlan: (missing: readonly string[]) =>
    `a quota plan needs all twelve month columns Jan … Dec (${list([...missing], "and")} missing)`,
  planTotal: (months: string) => `Quota must equal the sum of its months Jan … Dec (${months})`,
  onePlan: () => "correct Quota or the months, so the row holds one plan",

  // The workbook.
  noRows: (sheets: readonly string[]) =>
    `has no rows to report on: ${list(sheets, "and")} ${sheets.length > 1 ? "have" : "has"} no data rows`,
  noSections: () => "needs a Goals, a Deals or a Transactions sheet (or an Excel table of that name), got none of them",

  // Warnings: what was done, and to what.
  unknownSheet: (name: string) =>
    `${name}: unknown sheet is not used (Goalsheet reads Goals, Deals, Reps, Transactions and Settings)`,
  unknownSheets: (names: readonly string[]) =>
    `${n(names.length)} unknown sheets are not used: ${names.slice(0, 3).join(", ")}, … (Goalsheet reads Goals, Deals, Reps, Transactions and Settings)`,
  unknownColumn: (place: string, header: string) => `${place}: unknown column "${header}" is not used`,
  unknownColumns: (place: string, headers: readonly string[]) =>
    `${place}: ${n(headers.length)} columns are not used: ${headers
      .slice(0, 4)
      .map((h) => `"${h}"`)
      .join(", ")}, …`,
  emptySheet: (place: string, what: string) => `${place}: the ${what} is empty`,
  secondSection: (place: string, section: string, what: string) => `${place}: a second ${section} ${what} is not used`,
  unknownSetting: (place: string, name: string) => `${place}: unknown setting "${name}" is not used`,
  closedBeforeCreated: (sheet: string, rows: readonly number[]) =>
    `${sheet}: ${n(rows.length)} deal${rows.length > 1 ? "s" : ""} closed before ${rows.length > 1 ? "they were" : "it was"} created (${rowsOf(rows)}) ${rows.length > 1 ? "are" : "is"} left out of the sales cycle`,
  bookingsWithoutRep: (sheet: string, rows: readonly number[]) =>
    `${sheet}: ${n(rows.length)} won deal${rows.length > 1 ? "s have" : " has"} no Rep (${rowsOf(rows)}): counted in team bookings and win rate, in no rep's attainment`,
  placeholderCustomers: (sheet: string, count: number, examples: readonly string[]) =>
    `${sheet}: ${n(count)} row${count > 1 ? "s" : ""} without a real customer (${list(examples, "and")}) ${count > 1 ? "are" : "is"} left out of customer value`,
  credits: (sheet: string, count: number, total: string, unmatched: number) =>
    `${sheet}: ${n(count)} negative amount${count > 1 ? "s" : ""} (credits, returns, cancellations; ${total} in all) netted against the same customer's purchases${unmatched > 0 ? `; ${n(unmatched)} with no earlier purchase to net against left out` : ""}`,
  derivedAmount: (sheet: string, quantity: string, price: string) =>
    `${sheet}: Amount is ${quantity} × ${price} (no Amount column)`,
  outcomeFrom: (sheet: string, source: string) => `${sheet}: Outcome taken from ${source}`,
  stageLooksClosed: (sheet: string, stage: string, seen: readonly string[], rows: readonly number[]) =>
    `${sheet}: ${n(rows.length)} deal${rows.length > 1 ? "s" : ""} with a ${stage} that reads like a closed stage but is neither closed won nor closed lost (${
      seen.length > 3
        ? `${seen
            .slice(0, 3)
            .map((s) => JSON.stringify(s))
            .join(", ")}, …`
        : list(
            seen.map((s) => JSON.stringify(s)),
            "and",
          )
    }; ${rowsOf(rows)}) ${rows.length > 1 ? "are" : "is"} counted as open pipeline — correct the stage, or add an Outcome column`,
  repeatedRep: (firstRow: number) =>
    `a rep is named once (row ${firstRow} names this rep already; bookings are credited by name, so a second row would count them twice)`,
  repCaseOnly: (place: string, name: string, dealsName: string) =>
    `${place}: ${JSON.stringify(name)} has no deals under that exact name, but Deals names ${JSON.stringify(dealsName)} — quota bookings count a rep's deals by exact name (as =EXACT does), so this rep's attainment counts none of them: write the name as Deals does`,
  planMonthsInFiscalYear: (sheet: string, firstMonth: number) => {
    const name = (m: number) =>
      new Date(Date.UTC(2000, m - 1, 1)).toLocaleString("en-US", { month: "long", timeZone: "UTC" });
    return `${sheet}: the month columns are read as the fiscal year's months, ${name(firstMonth)} to ${name(((firstMonth + 10) % 12) + 1)} (Settings: Fiscal year start) — check that the plan's first month is ${name(firstMonth)}`;
  },
  noClosedStage: (sheet: string, stage: string) =>
    `${sheet}: no ${stage} says closed won or closed lost, so every deal counts as open (name those stages Closed Won and Closed Lost, or add an Outcome column)`,
  currencyFromData: (code: string, where: string) => `Currency ${code} taken from ${where} (no Currency in Settings)`,
  asOfFromData: (lastDate: string, fiscalStart: string) =>
    `no as-of date given, and the data ends on ${lastDate}, before this fiscal year (from ${fiscalStart}): the report is as of ${lastDate} (set As of in Settings, or --as-of, to choose another date)`,
  zeroSpendCustomers: (count: number) =>
    `${n(count)} customer${count > 1 ? "s" : ""} with no spend ${count > 1 ? "are" : "is"} left out of the spend model (Gamma-Gamma)`,
};
