import { type Effects, type FileKind, notAFile } from "../../generator/cli/effects.js";
import { CliError } from "../../generator/cli/errors.js";

export interface MemoryDisk {
  /** Regular files by path. */
  readonly files?: Record<string, Uint8Array | string>;
  /** Links: path → the path it points to (followed like the real file system does). */
  readonly links?: Record<string, string>;
  /** Paths that are something other than a regular file (a folder, a pipe, a device). */
  readonly special?: Record<string, Exclude<FileKind, "file" | "missing">>;
}

/**
 * Effects over an in-memory file map, with a frozen clock, so CLI commands run without a disk. Links and
 * special files are modelled just enough for the path checks: a path's identity is where its links lead.
 */
export function memoryEffects(files: Record<string, Uint8Array | string> = {}, disk: Omit<MemoryDisk, "files"> = {}) {
  const store = new Map<string, Uint8Array | string>(Object.entries(files));
  const links = new Map(Object.entries(disk.links ?? {}));
  const special = new Map(Object.entries(disk.special ?? {}));
  const warnings: string[] = [];
  let stdout = "";
  const follow = (path: string) => {
    let target = path;
    for (let hops = 0; links.has(target) && hops < 40; hops++) target = links.get(target) as string;
    return target;
  };
  const kindOf = (target: string): FileKind => special.get(target) ?? (store.has(target) ? "file" : "missing");
  const effects: Effects = {
    async readFile(path) {
      const target = follow(path);
      const kind = kindOf(target);
      if (kind !== "file") throw new CliError(`cannot read ${path}: ${notAFile(kind)}`);
      const file = store.get(target) as Uint8Array | string;
      return typeof file === "string" ? new TextEncoder().encode(file) : file;
    },
    async openFile(path) {
      const bytes = await effects.readFile(path);
      const target = follow(path);
      const opened = store.get(target);
      return {
        size: bytes.byteLength,
        read: async (at, length) => bytes.subarray(at, Math.min(bytes.byteLength, at + length)),
        // Changed when a write replaced the stored file since it was opened.
        unchanged: async () => store.get(target) === opened,
        close: async () => {},
      };
    },
    async writeFile(path, content) {
      const target = follow(path);
      const kind = kindOf(target);
      if (kind !== "file" && kind !== "missing") throw new CliError(`cannot write ${path}: ${notAFile(kind)}`);
      store.set(target, content);
    },
    async writeStdout(content) {
      stdout += typeof content === "string" ? content : new TextDecoder().decode(content);
      return true;
    },
    async locate(path, _verb) {
      const target = follow(path);
      return { key: `memory:${target}`, kind: kindOf(target) };
    },
    now: () => new Date("2026-07-01T09:00:00Z"),
    warn: (line) => warnings.push(line),
  };
  return { effects, store, warnings, stdout: () => stdout };
}
