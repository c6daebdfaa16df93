import { existsSync } from "node:fs";
import { builtinModules } from "node:module";
import { resolve } from "node:path";
import { defineConfig, type Plugin, type UserConfig } from "vite";
import pkg from "./package.json" with { type: "json" };

const exact = (names: readonly string[]) =>
  names.map((name) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}(/.*)?$`));
const builtins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/**
 * The Node faces, built in three passes (`npm run build:node`):
 *
 * - the library (`vite build`): the `excel` namespace and the core as ES modules, its dependencies left to
 *   node_modules so an application that also uses them gets one copy;
 * - the `goalsheet` CLI (`vite build --mode cli`): CommonJS (dist/cli/goalsheet.cjs and chunks/*.cjs) with
 *   its dependencies bundled in, because a short run is mostly start-up. Resolving and loading each
 *   dependency's files one by one from node_modules (handlebars alone is 40 CommonJS files) took a quarter of
 *   a 10,000-row report's CPU time; bundled, rollup also drops what the CLI never calls. CommonJS because
 *   Node 20 can keep V8's code cache for scripts only, not ES modules (generator/cli/code-cache/ says why
 *   that matters). exceljs stays outside: only `goalsheet init` loads it, it is large, and it is CommonJS
 *   with requires rollup cannot follow. The licences of what is bundled go to dist/cli/THIRD-PARTY-LICENSES.md;
 * - the bin (`vite build --mode cli-bin`): dist/cli/goalsheet.js, the ES module that loads the CommonJS build
 *   through the code cache saved beside it (scripts/build-code-cache.ts makes it).
 */
export default defineConfig(({ mode }): UserConfig => {
  const cli = mode === "cli";
  const bin = mode === "cli-bin";
  const input: Record<string, string> = cli
    ? { goalsheet: "generator/cli/goalsheet.ts" }
    : bin
      ? { goalsheet: "generator/cli/code-cache/bin.ts" }
      : { "lib/index": "shared/index.ts" };
  return {
    publicDir: false,
    plugins: cli ? [bundledPrecompiledTemplates()] : [],
    // SSR builds leave dependencies external by default; the CLI takes them in (all but those listed above).
    ssr: cli ? { noExternal: true } : undefined,
    build: {
      // The CLI owns dist/cli, emptied so no chunk of an older build is left; the library shares dist.
      outDir: cli || bin ? "dist/cli" : "dist",
      emptyOutDir: cli,
      target: "node20",
      ssr: true,
      minify: cli ? "esbuild" : false,
      sourcemap: true,
      license: cli ? { fileName: "THIRD-PARTY-LICENSES.md" } : false,
      rollupOptions: {
        input,
        external: exact(cli ? [...builtins, "exceljs"] : [...builtins, ...Object.keys(pkg.dependencies)]),
        output: cli
          ? {
              format: "cjs",
              entryFileNames: "[name].cjs",
              chunkFileNames: "chunks/[name]-[hash].cjs",
              // import() inside a vm.Script with cached data fails on Node 20: lazy chunks become require()s.
              dynamicImportInCjs: false,
            }
          : {
              format: "es",
              entryFileNames: "[name].js",
              chunkFileNames: "chunks/[name]-[hash].js",
              banner: bin ? "#!/usr/bin/env node" : "",
            },
      },
    },
  };
});

/**
 * In the CLI build, generator/cli/precompiled-templates.ts imports the templates compiled by
 * scripts/build-templates.ts instead of loading them at run time, so they share the CLI's code cache.
 */
function bundledPrecompiledTemplates(): Plugin {
  const module = resolve("generator/cli/precompiled-templates.ts");
  const compiled = resolve("dist/templates/precompiled.js");
  return {
    name: "goalsheet:bundled-precompiled-templates",
    load(id) {
      if (id !== module) return null;
      if (!existsSync(compiled)) this.error(`${compiled} is missing: run scripts/build-templates.ts first`);
      return `import entries from ${JSON.stringify(compiled)};\nexport async function precompiledTemplateEntries() { return entries; }\n`;
    },
  };
}
