// The functions bundle's entry: a plain script (IIFE) so every function is registered as soon as Excel loads
// it. Export names are the lower-case Excel names (the build checks them against functions.json).
import * as wrappers from "./functions.js";

for (const [name, fn] of Object.entries(wrappers)) {
  CustomFunctions.associate(name.toUpperCase(), fn);
}
