/**
 * A pure description of what the quota planner writes: cells (constants, formulas and, for formulas, the values
 * they compute today), number formats, styles, names, a chart, and the columns it adds to the Reps table. One
 * builder (plan-sheet.ts) makes it; the task pane applies it through Office.js, `goalsheet init` through exceljs,
 * and a test compares what the two wrote.
 *
 * Formulas are written as a user types them in English Excel ("=GOALS.QUOTASPLIT(Quota_Target,B19#,…)");
 * the CLI turns them into the form Excel saves (_xldudf_GOALS_QUOTASPLIT, _xlfn.ANCHORARRAY) when it writes a file.
 */

export type Scalar = number | string | boolean | null;

/** The custom-function namespace the manifest registers (manifest.xml, Functions.Namespace). */
export const NAMESPACE = "GOALS";

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points. */
  readonly size?: number;
  /** Font colour, "#RRGGBB". */
  readonly color?: string;
  /** Background, "#RRGGBB". */
  readonly fill?: string;
  readonly align?: "left" | "center" | "right";
}

export interface CellSpec {
  /** A1 address on the description's sheet. */
  readonly address: string;
  /** The constant, or the value the formula computes today (what a file caches; the anchor's value for a spill). */
  readonly value: Scalar;
  readonly formula?: string;
  /** A dynamic-array formula's whole result (rows × columns from `address`), for files to cache. */
  readonly spill?: readonly (readonly Scalar[])[];
}

export interface RangeFormat {
  readonly range: string;
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

/** A workbook-scoped defined name; `refersTo` as Excel's Name Manager shows it ("=Quota!$B$5"). */
export interface NameSpec {
  readonly name: string;
  readonly refersTo: string;
  readonly comment: string;
}

/** A column chart of one series; references are absolute with the sheet, values cached for file writers. */
export interface ChartSpec {
  readonly title: string;
  readonly seriesName: string;
  readonly categories: string;
  readonly values: string;
  readonly categoryCache: readonly number[];
  readonly categoryFormat: string;
  readonly valueCache: readonly number[];
  readonly valueFormat: string;
  /** Top-left and bottom-right cells the chart covers (1-based rows and columns). */
  readonly from: { readonly row: number; readonly column: number };
  readonly to: { readonly row: number; readonly column: number };
}

export interface SheetSpec {
  readonly name: string;
  readonly cells: readonly CellSpec[];
  /** Applied in order, so a later format of an overlapping range wins. */
  readonly formats: readonly RangeFormat[];
  /** Column widths in characters of the default font, as exceljs counts them. */
  readonly columnWidths: readonly { readonly column: number; readonly width: number }[];
  readonly chart: ChartSpec;
}

/** One column the planner writes into the reps table: the same formula in every row, or per-row constants. */
export interface RepsColumnSpec {
  readonly header: string;
  /** 1-based sheet column. */
  readonly column: number;
  /** The table already has this column (its cells are replaced) or it is added at the right. */
  readonly existing: boolean;
  readonly formula?: string;
  /** Per row: the constants written, or what the formula computes today. */
  readonly values: readonly Scalar[];
  readonly numberFormat?: string;
}

export interface RepsSpec {
  /** A new Reps table to create first (the pane's "new Reps table"), with its typed columns; else it exists. */
  readonly create?: {
    readonly headers: readonly string[];
    readonly rows: readonly (readonly Scalar[])[];
    /** A number format per column (the start dates'), or null for General. */
    readonly numberFormats: readonly (string | null)[];
  };
  readonly sheet: string;
  readonly table?: string;
  readonly headerRow: number;
  readonly rows: number;
  readonly columns: readonly RepsColumnSpec[];
}

export interface PlanWorkbookSpec {
  readonly sheet: SheetSpec;
  readonly names: readonly NameSpec[];
  readonly reps: RepsSpec;
}
