import type { Plugin } from "vite";
import type { ListedFunction } from "../addin/taskpane/listed-function.js";
import { FUNCTIONS } from "../shared/functions.js";

/**
 * The task pane's list of GOALS functions (help, parameters, worked example), taken from the core's metadata at
 * build time: the list needs the words, not the functions, and importing shared/functions.ts would put every
 * function's code in the pane's start (SMARTCHECK's nine languages alone were 50 KB gzipped). Same source as
 * functions.json and the README; test/addin/taskpane.test.ts checks the pane lists exactly FUNCTIONS.
 */
export const FUNCTION_LIST_MODULE = "virtual:goalsheet/function-list";

export function listedFunctions(): ListedFunction[] {
  return FUNCTIONS.map((fn) => ({
    name: fn.name,
    description: fn.description,
    example: { formula: fn.example.formula, result: fn.example.result },
    params: fn.params.map((p) => ({
      name: p.name,
      description: p.description,
      optional: p.optional,
      excelType: p.excelType,
    })),
  }));
}

export function functionList(): Plugin {
  const resolved = `\0${FUNCTION_LIST_MODULE}`;
  return {
    name: "goalsheet-function-list",
    resolveId: (id) => (id === FUNCTION_LIST_MODULE ? resolved : undefined),
    load: (id) => (id === resolved ? `export default ${JSON.stringify(listedFunctions())};\n` : undefined),
  };
}
