import { defineConfig } from "vite";

// The CLV worker (addin/off-thread/worker.ts): a classic worker script, so an IIFE, served beside functions.js
// (which finds it from its own address). Built after the functions bundle into the same folder.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: "dist/addin",
    emptyOutDir: false,
    target: "es2022",
    minify: true,
    sourcemap: false,
    lib: {
      entry: "addin/off-thread/worker.ts",
      formats: ["iife"],
      name: "GoalsheetClvWorker",
      fileName: () => "clv-worker.js",
    },
  },
});
