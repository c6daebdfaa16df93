import { defineConfig } from "vite";
import { ADDIN_OUTPUT } from "./build/addin-output.js";

// The CLV worker (addin/off-thread/worker.ts): a classic worker script, so an IIFE, served beside functions.js
// (which finds it from its own address). Built after the functions bundle into the same folder.
export default defineConfig({
  publicDir: false,
  build: {
    ...ADDIN_OUTPUT,
    lib: {
      entry: "addin/off-thread/worker.ts",
      formats: ["iife"],
      name: "GoalsheetClvWorker",
      fileName: () => "clv-worker.js",
    },
  },
});
