import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readCodeCache, writeCodeCache } from "../../../generator/cli/code-cache/cache-file.js";
import { CachedModules } from "../../../generator/cli/code-cache/cached-modules.js";

/**
 * The loader of the CLI's CommonJS build: modules load as Node loads them (exports, relative requires between
 * the build's files, cycles, Node's own modules), a saved cache is used on the next run, and a cache made from
 * other source is never used, even when V8 would accept it (V8 checks only the source's length).
 */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "goalsheet-code-cache-"));
  writeFileSync(
    join(dir, "entry.cjs"),
    [
      'const { basename } = require("node:path");',
      'const part = require("./chunks/part.cjs");',
      "exports.name = basename(__filename);",
      "exports.total = () => part.twice(21);",
      "exports.fromPart = () => part.entryName();",
    ].join("\n"),
  );
  writePart("2");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writePart(factor: string) {
  const chunks = join(dir, "chunks");
  rmSync(chunks, { recursive: true, force: true });
  mkdirSync(chunks);
  writeFileSync(
    join(chunks, "part.cjs"),
    [
      // A cycle back to the entry, read at call time as rollup's CommonJS chunks do.
      'const entry = require("../entry.cjs");',
      `exports.twice = (x) => x * ${factor};`,
      "exports.entryName = () => entry.name;",
    ].join("\n"),
  );
}

type Entry = { name: string; total(): number; fromPart(): string };

describe("CachedModules", () => {
  it("loads CommonJS files with their requires, cycles and Node's modules", () => {
    const modules = new CachedModules(dir);
    const entry = modules.require(join(dir, "entry.cjs")) as Entry;
    expect(entry.name).toBe("entry.cjs");
    expect(entry.total()).toBe(42);
    expect(entry.fromPart()).toBe("entry.cjs");
    expect(modules.compiled).toEqual(["entry.cjs", "chunks/part.cjs"]);
    expect(modules.accepted).toEqual([]);
  });

  it("uses the saved cache on the next run, keyed by path relative to the build", () => {
    const first = new CachedModules(dir);
    (first.require(join(dir, "entry.cjs")) as Entry).total();
    const file = join(dir, "goalsheet.code-cache");
    writeCodeCache(file, first.codeCache());

    const cache = readCodeCache(file);
    expect([...cache.keys()]).toEqual(["entry.cjs", "chunks/part.cjs"]);
    const second = new CachedModules(dir, cache);
    expect((second.require(join(dir, "entry.cjs")) as Entry).total()).toBe(42);
    expect(second.accepted).toEqual(["entry.cjs", "chunks/part.cjs"]);
    expect(second.compiled).toEqual([]);
  });

  it("never uses the cache of a changed file, even one of the same length", () => {
    const first = new CachedModules(dir);
    (first.require(join(dir, "entry.cjs")) as Entry).total();
    const cache = first.codeCache();
    writePart("3"); // same length: V8 accepts the old cache then, and without the hash check this ran x * 2

    const second = new CachedModules(dir, cache);
    expect((second.require(join(dir, "entry.cjs")) as Entry).total()).toBe(63);
    expect(second.accepted).toEqual(["entry.cjs"]);
    expect(second.compiled).toEqual(["chunks/part.cjs"]);
  });

  it("reads a missing or damaged cache file as no cache", () => {
    expect(readCodeCache(join(dir, "none")).size).toBe(0);
    const damaged = join(dir, "damaged");
    writeFileSync(damaged, "not a cache");
    expect(readCodeCache(damaged).size).toBe(0);
  });
});
