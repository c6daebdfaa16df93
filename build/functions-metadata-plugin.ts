import { readFile } from "node:fs/promises";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import type { Plugin } from "vite";
import { FUNCTION_LOCALES } from "../shared/excel/locales/index.js";
import { FUNCTIONS } from "../shared/functions.js";
import { enrichFunctionsJson, localizedFileName, localizeFunctionsJson } from "./functions-json.js";
import { helpPages } from "./help-pages.js";

/** Where the add-in is served in development; scripts/set-host.ts moves every URL to the production host. */
const DEV_BASE = "https://localhost:3000";

/**
 * Emits functions.json from the JSDoc in addin/functions.ts, completed from the core's metadata (help URLs, enums,
 * volatile, error cells: build/functions-json.ts), one functions-<language>.json per translation table
 * (shared/excel/locales/), and one help page per function; fails the build on any metadata error or any
 * missing translation.
 * (The package's CLI prints errors but exits 0, so the API is called instead.) It also checks that every
 * registered id is an export of the wrappers module, so the bundle's associate loop cannot miss one.
 */
export function functionsMetadata(source: string): Plugin {
  return {
    name: "goalsheet-functions-metadata",
    async generateBundle() {
      const result = await generateCustomFunctionsMetadata(source, false);
      if (result.errors.length > 0) {
        this.error(`functions.json: ${result.errors.length} error(s) in ${source}:\n${result.errors.join("\n")}`);
      }
      const text = await readFile(source, "utf8");
      const exported = new Set([...text.matchAll(/export (?:async )?function (\w+)\(/g)].map((m) => m[1]));
      for (const { id, functionName } of result.associate) {
        if (!exported.has(functionName) || functionName.toUpperCase() !== id) {
          this.error(`functions.json: ${id} must be implemented by an exported function named ${id.toLowerCase()}`);
        }
      }
      const json = enrichFunctionsJson(JSON.parse(result.metadataJson), FUNCTIONS, DEV_BASE);
      this.emitFile({ type: "asset", fileName: "functions.json", source: `${JSON.stringify(json, null, 2)}\n` });
      for (const locale of FUNCTION_LOCALES) {
        let localized: ReturnType<typeof localizeFunctionsJson>;
        try {
          localized = localizeFunctionsJson(json, locale);
        } catch (cause) {
          this.error(cause instanceof Error ? cause.message : String(cause));
        }
        this.emitFile({
          type: "asset",
          fileName: localizedFileName(locale.language),
          source: `${JSON.stringify(localized, null, 2)}\n`,
        });
      }
      for (const page of helpPages(FUNCTIONS)) this.emitFile({ type: "asset", fileName: page.path, source: page.html });
    },
  };
}
