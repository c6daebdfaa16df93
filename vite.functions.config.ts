import { defineConfig } from "vite";
import { ADDIN_OUTPUT } from "./build/addin-output.js";
import { functionsMetadata } from "./build/functions-metadata-plugin.js";

// The custom-functions bundle: one plain script (IIFE, not an ES module) plus functions.json.
export default defineConfig({
  publicDir: false,
  build: {
    ...ADDIN_OUTPUT,
    lib: {
      entry: "addin/functions-entry.ts",
      formats: ["iife"],
      name: "GoalsheetFunctions",
      fileName: () => "functions.js",
    },
  },
  plugins: [functionsMetadata("addin/functions.ts")],
});
