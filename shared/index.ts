/**
 * The Goalsheet library: the pure core both faces use. `excel` holds every Excel function by its Excel name.
 * Nothing here touches Office, the file system or the DOM.
 */

export { type DateSystem, dateToSerial, parseIsoDate, serialToDate, serialToIso } from "./excel/dates.js";
export type { ExcelFunction, FunctionInfo } from "./excel/define.js";
export { type ExcelError, type ExcelErrorCode, excelError, isExcelError } from "./excel/errors.js";
export type { CellValue, ExcelResult, Matrix } from "./excel/values.js";
export { type ExcelFunctionName, excel, FUNCTIONS } from "./functions.js";
export { classifyOutcome, type Outcome } from "./winrate/outcomes.js";
export { WIN_RATE_BASES, type WinRateBasis, winRate, winRateByGroup } from "./winrate/winrate.js";
