/**
 * Last step of `npm run build:node`: save V8's code cache for the CLI build (dist/cli/goalsheet.code-cache),
 * made by running the built CLI on the bundled example workbook, so it holds the bytecode of every function a
 * report runs (generator/cli/code-cache/cached-modules.ts says why and how it is checked).
 *
 * The run is a plain `node dist/cli/goalsheet.js`, with no flags, as the bin runs: V8 refuses a cache made
 * under other flags. The cache is tied to this Node version; another version compiles as if there were none.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CODE_CACHE_FILE } from "../generator/cli/code-cache/cache-file.js";

const cli = resolve("dist/cli/goalsheet.js");
const cacheFile = resolve("dist/cli", CODE_CACHE_FILE);
rmSync(cacheFile, { force: true });
const scratch = mkdtempSync(join(tmpdir(), "goalsheet-code-cache-"));
try {
  const run = spawnSync(
    process.execPath,
    [cli, "report", "examples/goalsheet-example.xlsx", "-o", join(scratch, "report.html")],
    { env: { ...process.env, GOALSHEET_SAVE_CODE_CACHE: cacheFile, NODE_OPTIONS: "" }, encoding: "utf8" },
  );
  if (run.status !== 0) {
    process.stderr.write(`build-code-cache: the example report failed (exit ${run.status})\n${run.stderr}`);
    process.exit(1);
  }
  process.stderr.write(`build-code-cache: ${(statSync(cacheFile).size / 1024).toFixed(0)} KB in ${CODE_CACHE_FILE}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
