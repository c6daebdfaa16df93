import { createHash } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CliError } from "./errors.js";

/**
 * The CLI's effects on the world, injected so the pipeline runs in memory in tests. Output is written
 * atomically: a temporary file beside the target, then a rename, so a reader never sees a partial report and
 * a failure leaves nothing behind.
 */
export interface Effects {
  readFile(path: string): Promise<Uint8Array>;
  /** Text or bytes (an .xlsx from `goalsheet init`). */
  writeFile(path: string, text: string | Uint8Array): Promise<void>;
  now(): Date;
  /** Diagnostics for the user (warnings, progress). */
  warn(line: string): void;
}

export const nodeEffects: Effects = {
  async readFile(path) {
    try {
      return await readFile(path);
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      const reason =
        code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (code ?? String(cause));
      throw new CliError(`cannot read ${path}: ${reason}`);
    }
  },
  async writeFile(path, text) {
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
    try {
      await writeFile(temporary, text, { flag: "wx" });
      await rename(temporary, path);
    } catch (cause) {
      await rm(temporary, { force: true });
      const code = (cause as NodeJS.ErrnoException).code;
      throw new CliError(
        `cannot write ${path}: ${code ?? String(cause)}`,
        code === "ENOENT" || code === "EACCES" ? 2 : 1,
      );
    }
  },
  now: () => new Date(),
  warn: (line) => process.stderr.write(`${line}\n`),
};

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
