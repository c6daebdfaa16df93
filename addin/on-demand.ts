/**
 * Code the custom functions load when first called, not with functions.js: Excel downloads and parses
 * functions.js before the first GOALS cell calculates (issue 6: at most 60 KB gzipped), and SMARTCHECK's nine
 * languages of words were more than half of it. The shared runtime is a browser page (WebView2 on Windows,
 * WKWebView on Mac, the browser for Excel on the web), where a classic script may `import()` an ES module.
 * The module is found beside functions.js, from the address the script was loaded from: read while the bundle
 * first runs, the only time document.currentScript is set (off-thread/clv.ts finds its worker the same way).
 */
const SCRIPT =
  typeof document === "undefined" ? undefined : (document.currentScript as HTMLScriptElement | null)?.src || undefined;

/** Longer than any healthy download; a stalled one must not leave the cells busy for ever. */
export const LOAD_TIMEOUT_MS = 30_000;

/**
 * A loader for `file` (beside functions.js unless `base` says otherwise): one download shared by every call; a
 * failed or stalled one is forgotten, so the next call (a recalculation) tries again. Rejects with a sentence
 * fit for a cell, starting with the file's name.
 */
export function onDemand<M>(
  file: string,
  { base = SCRIPT, timeoutMs = LOAD_TIMEOUT_MS }: { base?: string | undefined; timeoutMs?: number } = {},
): () => Promise<M> {
  let loading: Promise<M> | undefined;
  let failures = 0;
  return () => {
    loading ??= load<M>(file, base, timeoutMs, failures).catch((cause: unknown) => {
      loading = undefined;
      failures++;
      throw cause;
    });
    return loading;
  };
}

async function load<M>(file: string, base: string | undefined, timeoutMs: number, failures: number): Promise<M> {
  if (base === undefined) throw new Error(`${file} could not be found: functions.js was not loaded from an address`);
  // Browsers that follow the HTML standard as it stood before 2024 (the module map kept a failed fetch: WebKit
  // builds of that time) fail every later import() of the same address, so a retry asks under a new one.
  const url = new URL(failures === 0 ? file : `${file}?retry=${failures}`, base).href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${file} did not load within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    return await Promise.race([import(/* @vite-ignore */ url) as Promise<M>, stalled]);
  } catch (cause) {
    if (cause instanceof Error && cause.message.startsWith(file)) throw cause;
    throw new Error(`${file} did not load (${cause instanceof Error ? cause.message : String(cause)})`);
  } finally {
    clearTimeout(timer);
  }
}
