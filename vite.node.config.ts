import { builtinModules } from "node:module";
import { defineConfig } from "vite";
import pkg from "./package.json" with { type: "json" };

// The Node faces: the library (the `excel` namespace and the core) and the `goalsheet` CLI, as ES modules
// for Node 20, with dependencies left to node_modules.
const external = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), ...Object.keys(pkg.dependencies)].map(
  (name) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}(/.*)?$`),
);

export default defineConfig({
  publicDir: false,
  build: {
    outDir: "dist",
    emptyOutDir: false,
    target: "node20",
    ssr: true,
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: { "lib/index": "shared/index.ts", "cli/goalsheet": "generator/cli/goalsheet.ts" },
      external,
      output: {
        format: "es",
        entryFileNames: "[name].js",
        chunkFileNames: "chunks/[name]-[hash].js",
        banner: (chunk) => (chunk.name === "cli/goalsheet" ? "#!/usr/bin/env node" : ""),
      },
    },
  },
});
