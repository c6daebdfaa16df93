import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { Script } from "node:vm";
import type { CodeCache } from "./cache-file.js";

/**
 * Loads the CLI's own CommonJS build (dist/cli/goalsheet.cjs and its chunks) with V8's code cache: the
 * bytecode of every function a typical report ran, saved at build time (scripts/build-code-cache.ts).
 *
 * Why: a 10,000-row report is a short process, and about 100 ms of it went to parsing and compiling the CLI's
 * 700 KB of JavaScript (at start and then function by function as each first ran). Node 22 has
 * `module.enableCompileCache()` for this; Node 20 has only `vm.Script`'s `cachedData`, and only for scripts,
 * not ES modules, hence a CommonJS build and this loader for it.
 *
 * Safety: V8 checks a cache against its own version and flags, but of the source only its length, so a cache
 * is used only for a file whose SHA-256 is the one it was made from. A missing, stale or rejected cache
 * costs only the compilation it would have saved. Anything not in the build (node:*, exceljs) is loaded by
 * Node's own `require`.
 */
export class CachedModules {
  private readonly loaded = new Map<string, { exports: unknown }>();
  private readonly scripts = new Map<string, { script: Script; sha256: string }>();
  /** Files whose cache V8 accepted, and files compiled without one (for GOALSHEET_DEBUG_CODE_CACHE). */
  readonly accepted: string[] = [];
  readonly compiled: string[] = [];

  /** @param root the build's folder: cache keys are paths relative to it, so a moved package keeps its cache */
  constructor(
    private readonly root: string,
    private readonly cache: CodeCache = new Map(),
  ) {}

  require(file: string): unknown {
    const existing = this.loaded.get(file);
    if (existing !== undefined) return existing.exports;
    const module = { exports: {} as unknown };
    this.loaded.set(file, module);
    // Hashed as bytes, as read: hashing the decoded text would encode it all again.
    const bytes = readFileSync(file);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const source = bytes.toString("utf8");
    const key = relativeKey(this.root, file);
    const entry = this.cache.get(key);
    const cachedData = entry !== undefined && entry.sha256 === sha256 ? entry.data : undefined;
    // The wrapper is Node's own (module.wrap), on the first line only, so line numbers in stack traces stay right.
    const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n});`, {
      filename: file,
      cachedData,
    });
    (cachedData !== undefined && script.cachedDataRejected !== true ? this.accepted : this.compiled).push(key);
    this.scripts.set(key, { script, sha256 });
    const nodeRequire = createRequire(file);
    const here = dirname(file);
    // The build's chunks name each other relatively; everything else is Node's to find.
    const requireFrom = (id: string): unknown =>
      id.startsWith("./") || id.startsWith("../") ? this.require(resolve(here, id)) : nodeRequire(id);
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(module.exports, module.exports, requireFrom, module, file, here);
    return module.exports;
  }

  /** The code cache of every file loaded so far, with the functions that have run: what the build saves. */
  codeCache(): CodeCache {
    const cache: CodeCache = new Map();
    for (const [key, { script, sha256 }] of this.scripts) cache.set(key, { sha256, data: script.createCachedData() });
    return cache;
  }
}

function relativeKey(root: string, file: string): string {
  const absolute = resolve(file);
  const base = resolve(root);
  return absolute.startsWith(`${base}/`) || absolute.startsWith(`${base}\\`)
    ? absolute.slice(base.length + 1).replaceAll("\\", "/")
    : absolute;
}
