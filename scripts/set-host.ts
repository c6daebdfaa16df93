/**
 * Point the manifest at a production host: every https://localhost:3000 URL (pages, scripts, icons, the app
 * domain) becomes the given base URL, and the result is written to dist/manifest.xml beside the build you
 * upload. manifest.xml itself keeps the dev URLs.
 *
 *   npx tsx scripts/set-host.ts https://goals.example.com/addin [--version 1.0.1.0]
 *   # or: GOALSHEET_HOST=https://goals.example.com/addin npx tsx scripts/set-host.ts
 *
 * Upload dist/addin/ to that folder. Bump the version whenever functions change: Excel caches functions.json
 * per manifest version and only re-reads it when the version changes.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkManifest } from "./check-manifest.js";

export const DEV_BASE = "https://localhost:3000";

/** The manifest text with the dev base URL replaced; the version replaced too when one is given. */
export function withHost(xml: string, base: string, version?: string): string {
  const url = URL.canParse(base) ? new URL(base) : undefined;
  if (url?.protocol !== "https:" || url.search || url.hash) {
    throw new Error(`the host must be an https URL without ? or #, got "${base}"`);
  }
  const clean = url.href.replace(/\/$/, "");
  let out = xml.replaceAll(`${DEV_BASE}/`, `${clean}/`);
  // An AppDomain is an origin only.
  out = out.replaceAll(`<AppDomain>${DEV_BASE}</AppDomain>`, `<AppDomain>${url.origin}</AppDomain>`);
  if (version !== undefined) {
    if (!/^\d{1,5}(\.\d{1,5}){3}$/.test(version)) throw new Error(`--version must look like 1.0.1.0, got "${version}"`);
    out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--version");
  const version = at >= 0 ? args[at + 1] : undefined;
  const base = args.find((a, i) => !a.startsWith("--") && (at < 0 || i !== at + 1)) ?? process.env.GOALSHEET_HOST;
  if (!base) {
    console.error(
      "usage: npx tsx scripts/set-host.ts https://your.host/path [--version 1.0.1.0] (or set GOALSHEET_HOST)",
    );
    process.exit(2);
  }
  try {
    const xml = withHost(readFileSync("manifest.xml", "utf8"), base, version);
    const problems = checkManifest(xml, { buildDir: "dist/addin" });
    for (const p of problems) console.error(`dist/manifest.xml: [${p.rule}] ${p.message}`);
    mkdirSync(dirname("dist/manifest.xml"), { recursive: true });
    writeFileSync("dist/manifest.xml", xml);
    // functions.json (and its translations) carry each function's help URL: move them to the host too.
    for (const file of readdirSync("dist/addin").filter((f) => /^functions(-[\w-]+)?\.json$/.test(f))) {
      const path = `dist/addin/${file}`;
      writeFileSync(path, withHost(readFileSync(path, "utf8"), base));
    }
    console.log(`dist/manifest.xml now points at ${base}; upload dist/addin/ there.`);
    process.exitCode = problems.length === 0 ? 0 : 1;
  } catch (cause) {
    console.error(cause instanceof Error ? cause.message : String(cause));
    process.exit(2);
  }
}
