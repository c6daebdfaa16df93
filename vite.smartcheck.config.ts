import { defineConfig } from "vite";
import { ADDIN_OUTPUT } from "./build/addin-output.js";

// functions-smartcheck.js (addin/smartcheck-on-demand.ts): SMARTCHECK as an ES module that functions.js imports
// on its first call (addin/on-demand.ts), served beside functions.js. Not lib mode, which leaves the whitespace
// of ES output unminified; `strict` keeps the entry's export, which an app build would otherwise drop. Its own
// copy of the little core it shares with functions.js (argument coercion, errors): functions.js is a classic
// script and cannot export it. Built after the functions bundle into the same folder.
export default defineConfig({
  publicDir: false,
  build: {
    ...ADDIN_OUTPUT,
    modulePreload: false,
    copyPublicDir: false,
    rollupOptions: {
      input: "addin/smartcheck-on-demand.ts",
      preserveEntrySignatures: "strict",
      output: { format: "es", entryFileNames: "functions-smartcheck.js" },
    },
  },
});
