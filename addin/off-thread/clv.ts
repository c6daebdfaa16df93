import { CLVFIT, CLVPREDICT } from "../../shared/clv/clvfit.js";
import type { ExcelResult } from "../../shared/excel/values.js";
import type { OffThreadName } from "./protocol.js";
import { type Cancelable, OffThread } from "./run.js";

/**
 * The CLV fits' worker, clv-worker.js, is served beside functions.js: its address comes from the script tag
 * that loaded functions.js (read while the bundle first runs, the only time document.currentScript is set).
 * Without a document (Node, a JavaScript-only runtime) there is no worker and the fits run in place.
 */
function workerUrl(): string | undefined {
  if (typeof document === "undefined") return undefined;
  const script = document.currentScript as HTMLScriptElement | null;
  return script?.src ? new URL("clv-worker.js", script.src).href : undefined;
}

const clv = new OffThread(workerUrl(), (name, args) => ({ CLVFIT, CLVPREDICT })[name](...args));

export function runOffThread(
  name: OffThreadName,
  args: readonly unknown[],
  invocation?: Cancelable,
): Promise<ExcelResult> {
  return clv.call(name, args, invocation);
}
