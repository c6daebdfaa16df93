import { NAMESPACE } from "../../../shared/quota/plan/sheet-spec.js";

/**
 * A formula as a user types it in Excel, turned into the text Excel itself saves in a .xlsx, so a workbook
 * written by `goalsheet init` opens like one Excel saved (issue 15, item 7). What Excel writes:
 *
 * - An Office add-in's custom function `NS.NAME(…)` is saved as `_xldudf_NS_NAME(…)`: the prefix, then the
 *   namespace and function with dots as underscores. Excel shows that name until the add-in registers its
 *   functions, then binds the cells to them and recalculates ("the xldudf things will show in the cell before
 *   Excel parse the add-in's manifest … After workbook opened … Excel start to know these CFs and change the
 *   xldudf things to their real name and make execution": OfficeDev/office-js#3558; the same names appear in
 *   saved sheet XML in #2568 (`_xldudf_XXXX` in sheetX.xml), #4811 (`SAP.GetData` saved as
 *   `_xldudf_SAP_GETDATA`), #5611 and #6655). A plain `GOALS.QUOTASPLIT(…)` in the file is not bound and
 *   shows #NAME?.
 * - Functions added after Excel 2007 carry the future-function prefix `_xlfn.` ([MS-XLSX] 2.2.2 Formulas,
 *   https://learn.microsoft.com/openspecs/office_standards/ms-xlsx/3d025add-118d-4413-9856-ab65712ec1b0; the
 *   function list in [MS-XLSX] 2.2.2.3); FILTER and SORT also `_xlws.`.
 * - The spilled-range operator `A1#` is saved as `_xlfn.ANCHORARRAY(A1)`.
 * A formula that spills is additionally marked in the sheet (t="array", ref and cm="1", see ooxml.ts).
 */
const FUTURE: Readonly<Record<string, string>> = {
  XLOOKUP: "_xlfn.",
  XMATCH: "_xlfn.",
  SEQUENCE: "_xlfn.",
  UNIQUE: "_xlfn.",
  SORTBY: "_xlfn.",
  RANDARRAY: "_xlfn.",
  IFS: "_xlfn.",
  SWITCH: "_xlfn.",
  CONCAT: "_xlfn.",
  TEXTJOIN: "_xlfn.",
  MAXIFS: "_xlfn.",
  MINIFS: "_xlfn.",
  FILTER: "_xlfn._xlws.",
  SORT: "_xlfn._xlws.",
};

/** LET and LAMBDA also rename their parameters (`_xlpm.`); nothing Goalsheet writes needs them. */
const UNSUPPORTED = new Set(["LET", "LAMBDA"]);

const CELL = String.raw`\$?[A-Z]{1,3}\$?\d+`;
const TOKENS = new RegExp(
  [
    '"(?:[^"]|"")*"', // a string constant: left alone
    String.raw`\[(?:[^[\]']|'.|\[(?:[^[\]']|'.)*\])*\]`, // a structured reference's brackets: left alone
    String.raw`(?<![\w.$])(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!${CELL}#`, // Sheet!A1#
    String.raw`(?<![\w.$!])${CELL}#`, // A1#
    String.raw`(?<![\w.])[A-Za-z_][\w.]*(?=\()`, // a function name
  ].join("|"),
  "g",
);

/** The saved form of a formula (without its leading "="). */
export function fileFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return body.replace(TOKENS, (token) => {
    if (token.startsWith('"') || token.startsWith("[")) return token;
    if (token.endsWith("#")) return `_xlfn.ANCHORARRAY(${token.slice(0, -1)})`;
    const upper = token.toUpperCase();
    if (upper.startsWith(`${NAMESPACE}.`)) return `_xldudf_${upper.replace(/\./g, "_")}`;
    if (UNSUPPORTED.has(upper)) throw new Error(`${upper} needs its parameters renamed when saved; not supported`);
    const prefix = FUTURE[upper];
    return prefix ? `${prefix}${upper}` : token;
  });
}
