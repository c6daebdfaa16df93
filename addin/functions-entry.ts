// The functions bundle's entry: a plain script (IIFE) so every function is registered as soon as Excel loads
// it. Export names are the lower-case Excel names (the build checks them against functions.json).
//
// Arguments go to the wrappers as Excel hands them over: no copy of a range is made here (a 1,048,576-row column
// cost as much to copy as to count). The core reads each cell once (shared/excel/cells.ts): error cells
// (CustomFunctions.Error, allowed by allowErrorForDataTypeAny), data types by their basic value, and the blank
// rule. The runtime appends an InvocationContext after the declared arguments; each wrapper takes only its own.
import * as wrappers from "./functions.js";

// Without office.js (the pane opened outside Office, or the script blocked) there is nothing to register with:
// the task pane says why, and this script must not stop the page with a ReferenceError.
if (typeof CustomFunctions !== "undefined") {
  for (const [name, fn] of Object.entries(wrappers) as [string, (...args: unknown[]) => unknown][]) {
    CustomFunctions.associate(name.toUpperCase(), fn);
  }
}
