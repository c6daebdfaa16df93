/**
 * Where and how every add-in script is built (functions.js, functions-smartcheck.js, clv-worker.js): into
 * dist/addin beside each other (each build adds to the folder), minified, without source maps. es2022 keeps
 * class fields native: with es2020 esbuild hoists its helpers (__defProp, __publicField) above the IIFE, where
 * they become globals of the shared runtime's window. Excel's runtimes (WebView2, Safari 15+ on Mac, the browser
 * for Excel on the web) all run ES2022.
 */
export const ADDIN_OUTPUT = {
  outDir: "dist/addin",
  emptyOutDir: false,
  target: "es2022",
  minify: true,
  sourcemap: false,
} as const;
