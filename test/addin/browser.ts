import { existsSync } from "node:fs";
import { join } from "node:path";

/** The built add-in the tests load; `npm test` builds it first. */
export const ADDIN_DIST = join(import.meta.dirname, "..", "..", "dist", "addin");

export function requireBuild(file: string): string {
  const path = join(ADDIN_DIST, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first (npm test does)`);
  return path;
}

export { launchChromium } from "../support/chromium.js";
