import { defineConfig } from "vite";
import { functionsMetadata } from "./build/functions-metadata-plugin.js";

// The custom-functions bundle: one plain script (IIFE, not an ES module) plus functions.json.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: "dist/addin",
    emptyOutDir: false,
    // es2022 keeps class fields native: with es2020 esbuild hoists its helpers (__defProp, __publicField) above
    // the IIFE, where they become globals of the shared runtime's window. Excel's runtimes (WebView2, Safari 15+
    // on Mac, the browser for Excel on the web) all run ES2022.
    target: "es2022",
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
