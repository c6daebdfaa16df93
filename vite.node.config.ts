import { builtinModules } from "node:module";
import { defineConfig, type UserConfig } from "vite";
import pkg from "./package.json" with { type: "json" };

const exact = (names: readonly string[]) =>
  names.map((name) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}(/.*)?$`));
const builtins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/**
 * The Node faces, as ES modules for Node 20, built in two passes (`npm run build:node`):
 *
 * - the library (`vite build`): the `excel` namespace and the core, its dependencies left to node_modules so
 *   an application that also uses them gets one copy;
 * - the `goalsheet` CLI (`vite build --mode cli`): its dependencies bundled into its own chunks, because a
 *   short run is mostly start-up. Resolving and loading each dependency's files one by one from node_modules
 *   (handlebars alone is 40 CommonJS files, each wrapped, lexed for its exports and compiled) took a quarter
 *   of a 10,000-row report's CPU time; bundled, rollup also drops what the CLI never calls. exceljs stays
 *   outside: only `goalsheet init` loads it, it is large, and it is CommonJS with requires rollup cannot
 *   follow. The licences of what is bundled go to dist/cli/THIRD-PARTY-LICENSES.md.
 */
export default defineConfig(({ mode }): UserConfig => {
  const cli = mode === "cli";
  const input: Record<string, string> = cli
    ? { goalsheet: "generator/cli/goalsheet.ts" }
    : { "lib/index": "shared/index.ts" };
  return {
    publicDir: false,
    // SSR builds leave dependencies external by default; the CLI takes them in (all but those listed above).
    ssr: cli ? { noExternal: true } : undefined,
    build: {
      // The CLI owns dist/cli, emptied so no chunk of an older build is left; the library shares dist.
      outDir: cli ? "dist/cli" : "dist",
      emptyOutDir: cli,
      target: "node20",
      ssr: true,
      minify: cli ? "esbuild" : false,
      sourcemap: true,
      license: cli ? { fileName: "THIRD-PARTY-LICENSES.md" } : false,
      rollupOptions: {
        input,
        external: exact(cli ? [...builtins, "exceljs"] : [...builtins, ...Object.keys(pkg.dependencies)]),
        output: {
          format: "es",
          entryFileNames: "[name].js",
          chunkFileNames: "chunks/[name]-[hash].js",
          banner: (chunk) => (cli && chunk.name === "goalsheet" ? "#!/usr/bin/env node" : ""),
        },
      },
    },
  };
});
