import { defineConfig } from "vite";
import { functionsMetadata } from "./build/functions-metadata-plugin.js";

// The custom-functions bundle: one plain script (IIFE, not an ES module) plus functions.json.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: "dist/addin",
    emptyOutDir: false,
    target: "es2020",
    minify: true,
    sourcemap: false,
    lib: {
      entry: "addin/functions-entry.ts",
      formats: ["iife"],
      name: "GoalsheetFunctions",
      fileName: () => "functions.js",
    },
  },
  plugins: [functionsMetadata("addin/functions.ts")],
});
