// The functions bundle's entry: a plain script (IIFE) so every function is registered as soon as Excel loads
// it. Export names are the lower-case Excel names (the build checks them against functions.json). Arguments
// pass through fromExcel first, so error values Excel hands over reach the core as core errors.
import { fromExcel } from "./excel-results.js";
import * as wrappers from "./functions.js";

for (const [name, fn] of Object.entries(wrappers) as [string, (...args: unknown[]) => unknown][]) {
  CustomFunctions.associate(name.toUpperCase(), (...args: unknown[]) => fn(...args.map(fromExcel)));
}
