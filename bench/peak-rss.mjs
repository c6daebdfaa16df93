/**
 * Run a Node CLI and record its peak resident set size, without /usr/bin/time: `node peak-rss.mjs <rss-file>
 * <script> [args...]` makes <script> the process's main module (argv[1]) and writes maxRSS in KiB at exit.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [rssFile, script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...args];
process.on("exit", () => writeFileSync(rssFile, String(process.resourceUsage().maxRSS)));
await import(pathToFileURL(resolve(script)).href);
