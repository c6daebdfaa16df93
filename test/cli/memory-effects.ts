import type { Effects } from "../../generator/cli/effects.js";
import { CliError } from "../../generator/cli/errors.js";

/** Effects over an in-memory file map, with a frozen clock, so CLI commands run without a disk. */
export function memoryEffects(files: Record<string, Uint8Array | string> = {}) {
  const store = new Map<string, Uint8Array | string>(Object.entries(files));
  const warnings: string[] = [];
  const effects: Effects = {
    async readFile(path) {
      const file = store.get(path);
      if (file === undefined) throw new CliError(`cannot read ${path}: no such file`);
      return typeof file === "string" ? new TextEncoder().encode(file) : file;
    },
    async writeFile(path, content) {
      store.set(path, content);
    },
    now: () => new Date("2026-07-01T09:00:00Z"),
    warn: (line) => warnings.push(line),
  };
  return { effects, store, warnings };
}
