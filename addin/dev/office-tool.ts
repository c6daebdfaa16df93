/**
 * Runs one of Microsoft's Office add-in tools (office-addin-debugging, office-addin-manifest) for the npm
 * scripts start, start:web, stop and validate. `npm start` builds first; office-addin-debugging then runs
 * `npm run dev-server` and waits for package.json's config.dev_server_port (3000, the manifest's port). They are optional dependencies: office-addin-debugging pulls
 * keytar, which needs libsecret to compile on Linux, and npm skips the optional subtree when that fails. Then
 * this prints how to get the tool instead of npm's "command not found".
 *
 *   npx tsx addin/dev/office-tool.ts office-addin-debugging start manifest.xml desktop
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const HINTS: Record<string, string> = {
  "office-addin-debugging": [
    "office-addin-debugging is not installed. It is an optional dependency that npm skips when keytar cannot build.",
    "  Windows/macOS: npm install --no-save office-addin-debugging",
    "  Linux (Excel on the web only): sudo apt-get install libsecret-1-dev && npm install --no-save office-addin-debugging",
    'Or sideload by hand: README.md, section "Use it in Excel".',
  ].join("\n"),
  "office-addin-manifest": [
    "office-addin-manifest is not installed (an optional dependency).",
    "  npm install --no-save office-addin-manifest",
    "The offline check needs nothing extra: npx tsx scripts/check-manifest.ts",
  ].join("\n"),
};

const [tool, ...args] = process.argv.slice(2);
if (!tool || !HINTS[tool]) {
  console.error(`usage: office-tool.ts <${Object.keys(HINTS).join("|")}> [arguments…]`);
  process.exit(2);
}
const bin = join("node_modules", ".bin", process.platform === "win32" ? `${tool}.cmd` : tool);
if (!existsSync(bin)) {
  console.error(HINTS[tool]);
  process.exit(1);
}
// npm may install a tool but skip part of its dependency tree (an optional subtree that failed to build): then
// the tool dies with "Cannot find module 'fs-extra'". Say which module is missing and how to repair it.
const run = spawnSync(bin, args, {
  stdio: ["inherit", "inherit", "pipe"],
  shell: process.platform === "win32",
  encoding: "utf8",
});
const stderr = run.stderr ?? "";
const missing = /Cannot find module '([^']+)'/.exec(stderr)?.[1];
if (missing && run.status !== 0) {
  console.error(
    [
      `${tool} is installed but incomplete: its dependency "${missing}" is missing.`,
      `  Repair it with: npm install --no-save ${tool}`,
      'Or sideload by hand: README.md, section "Use it in Excel" (npx tsx scripts/check-manifest.ts checks offline).',
    ].join("\n"),
  );
  process.exit(1);
}
process.stderr.write(stderr);
process.exit(run.status ?? 1);
