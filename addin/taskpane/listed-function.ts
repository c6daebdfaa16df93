import type { FunctionInfo } from "../../shared/excel/define.js";
import type { Param } from "../../shared/excel/params.js";

/**
 * What the pane's function list and formula builder read of a function: its words and its parameters' names,
 * help and types. Every core function (FunctionInfo) is one; the pane's own list is made from the core's at
 * build time (build/function-list.ts), so the pane's start carries no function code.
 */
export interface ListedFunction extends Pick<FunctionInfo, "name" | "description" | "example"> {
  readonly params: readonly Pick<Param<unknown>, "name" | "description" | "optional" | "excelType">[];
}
