import { type Browser, chromium } from "playwright-core";
import { findChromium } from "../../scripts/test-env.js";

/**
 * Headless Chromium as installed on the machine (CHROMIUM_PATH, the usual places, or Playwright's download:
 * the same search `npm test`'s setup makes), with everything that would reach the network switched off.
 */
export function launchChromium(): Promise<Browser> {
  const found = findChromium(process.env, () => chromium.executablePath());
  if (!found.path)
    throw new Error(
      `no Chromium to run the browser tests${found.problem ? ` (${found.problem})` : ""}: run npm test, which sets ` +
        "one up or says how, or set CHROMIUM_PATH to a Chromium or Chrome binary",
    );
  return chromium.launch({
    executablePath: found.path,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
