import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CODE_CACHE_FILE, readCodeCache, writeCodeCache } from "./cache-file.js";
import { CachedModules } from "./cached-modules.js";

/**
 * The `goalsheet` bin (dist/cli/goalsheet.js): loads the CLI's CommonJS build through the code cache saved
 * beside it and runs it. `GOALSHEET_SAVE_CODE_CACHE=<file>` saves, at exit, the cache of what this run
 * compiled; scripts/build-code-cache.ts uses it to make the cache from typical runs.
 * `GOALSHEET_DEBUG_CODE_CACHE=1` lists, at exit, the files loaded from the cache and those compiled.
 */
const here = dirname(fileURLToPath(import.meta.url));
const modules = new CachedModules(here, readCodeCache(join(here, CODE_CACHE_FILE)));
const saveTo = process.env.GOALSHEET_SAVE_CODE_CACHE;
if (saveTo) process.on("exit", () => writeCodeCache(saveTo, modules.codeCache()));
if (process.env.GOALSHEET_DEBUG_CODE_CACHE === "1") {
  process.on("exit", () => {
    process.stderr.write(`code cache: used for ${modules.accepted.join(", ") || "none"}\n`);
    process.stderr.write(`code cache: compiled ${modules.compiled.join(", ") || "none"}\n`);
  });
}

const cli = modules.require(join(here, "goalsheet.cjs")) as { main(argv: readonly string[]): Promise<number> };
process.exitCode = await cli.main(process.argv.slice(2));
