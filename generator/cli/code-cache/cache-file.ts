import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { deserialize, serialize } from "node:v8";

/** Code cache per file of the build (path relative to dist/cli): V8's cached data and the source it is for. */
export type CodeCache = Map<string, { readonly sha256: string; readonly data: Uint8Array }>;

/** The cache file beside the CLI build, written by scripts/build-code-cache.ts. */
export const CODE_CACHE_FILE = "goalsheet.code-cache";

/**
 * The cache saved at build time, or an empty one when there is none or it cannot be read (a cache only ever
 * saves time: the loader compiles whatever it lacks).
 */
export function readCodeCache(file: string): CodeCache {
  try {
    const value: unknown = deserialize(readFileSync(file));
    return value instanceof Map ? (value as CodeCache) : new Map();
  } catch {
    return new Map();
  }
}

/** Written whole to a temporary name first, so a reader never sees half a cache. */
export function writeCodeCache(file: string, cache: CodeCache): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, serialize(cache));
  renameSync(temporary, file);
}
