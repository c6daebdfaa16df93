import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin, type UserConfig } from "vite";
import { functionList } from "./build/function-list.js";
import { precompiledTemplates } from "./build/precompiled-templates.js";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Modules whose import has no effect but their exports (vite.taskpane.config.ts, treeshake). */
const PURE_MODULES = /\/(?:shared|generator\/report|node_modules\/handlebars)\//;

/** The manifest's icons (drawn by scripts/build-icons.ts) go to dist/addin/assets/ beside the pages. */
function addinIcons(): Plugin {
  return {
    name: "goalsheet-addin-icons",
    // dist/addin is shared with the functions build, so it is not emptied: drop the pane's old hashed scripts and
    // styles (every chunk, the on-demand ones and each locale's labels too). Only this build writes assets/.
    buildStart() {
      const assets = here("dist/addin/assets");
      if (!existsSync(assets)) return;
      for (const file of readdirSync(assets)) {
        if (file.endsWith(".js") || file.endsWith(".css")) rmSync(`${assets}/${file}`);
      }
    },
    generateBundle() {
      for (const file of readdirSync(here("addin/assets"))) {
        if (file.endsWith(".png")) {
          this.emitFile({
            type: "asset",
            fileName: `assets/${file}`,
            source: readFileSync(here(`addin/assets/${file}`)),
          });
        }
      }
    },
  };
}

/**
 * The shared-runtime page and task pane: addin/taskpane/taskpane.html and its module, bundled for the browser
 * into dist/addin (beside functions.js and functions.json). Paths are relative, so the same build works at
 * https://localhost:3000/ and under a production folder (scripts/set-host.ts).
 *
 * `npm run dev-server` serves dist/addin over https with the Office dev certificates. They are loaded only
 * for preview (serving), never in build or test, and office-addin-dev-certs is optional: without it the
 * server stops with a hint instead of a stack trace.
 */
export default defineConfig(
  async ({ isPreview }): Promise<UserConfig> => ({
    root: here("addin/taskpane"),
    base: "./",
    publicDir: false,
    build: {
      outDir: here("dist/addin"),
      emptyOutDir: false,
      target: "es2020",
      sourcemap: false,
      // The pane, and the page that shows a report where the pane cannot save it (Excel for Mac: deliver.ts).
      rollupOptions: {
        // The pane's start imports a little of the report engine (the workbook contract, for the quota planner)
        // through its one entry, generator/report/index.ts. The core and the engine do nothing when imported
        // (module-level constants only; Handlebars' runtime likewise), so what the start does not use stays
        // in the chunks loaded on demand instead of riding along with the entry.
        treeshake: { moduleSideEffects: (id) => !PURE_MODULES.test(id) },
        input: {
          taskpane: here("addin/taskpane/taskpane.html"),
          "report-viewer": here("addin/taskpane/report-viewer.html"),
        },
      },
    },
    // The pane renders only templates compiled at build time, with Handlebars' runtime; the full package (parser,
    // code generator, source-map: 70 KB gzipped) would be a chunk it cannot use: handlebars-runtime.ts instead.
    resolve: { alias: [{ find: /^handlebars$/, replacement: here("addin/taskpane/handlebars-runtime.ts") }] },
    plugins: [addinIcons(), functionList(), precompiledTemplates(here("templates/default"))],
    ...(isPreview ? { preview: { port: 3000, strictPort: true, https: await devCertificates() } } : {}),
  }),
);

async function devCertificates(): Promise<{ cert?: string | Buffer; key?: string | Buffer; ca?: string | Buffer }> {
  try {
    const certs = await import("office-addin-dev-certs");
    return await certs.getHttpsServerOptions();
  } catch (cause) {
    console.error(
      [
        "npm run dev-server needs office-addin-dev-certs (an optional dependency) to serve https://localhost:3000.",
        "Install it with: npm install --no-save office-addin-dev-certs",
        `(${cause instanceof Error ? cause.message : String(cause)})`,
      ].join("\n"),
    );
    process.exit(1);
  }
}
