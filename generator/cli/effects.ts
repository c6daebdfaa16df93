import { createHash } from "node:crypto";
import { readdir } from "node:fs/promises";
import { type Location, locate, type OpenedFile, openRegularFile, readRegularFile, writeAtomically } from "./files.js";
import { writeStdout } from "./stdout.js";
import { escapeControls } from "./terminal-text.js";

export { type FileKind, type Location, MAX_INPUT_BYTES, notAFile, type OpenedFile } from "./files.js";

/**
 * The CLI's effects on the world, injected so the commands run in memory in tests. The policy (which paths may
 * be read or written, what the user is told) lives in the commands; the mechanics (links, identity, atomic
 * writes, caps) live in files.ts.
 */
export interface Effects {
  /**
   * The bytes of a regular file. Folders, pipes, devices and sockets are refused before anything is opened,
   * and files over MAX_INPUT_BYTES are refused (CliError, exit code 2).
   */
  readFile(path: string): Promise<Uint8Array>;
  /**
   * A regular file opened for positional reads, with readFile's checks: a workbook is read part by part, so a
   * 60 MB file is never in memory whole. The caller closes it.
   */
  openFile(path: string): Promise<OpenedFile>;
  /**
   * Text or bytes (an .xlsx from `goalsheet init`), written atomically: a temporary file beside the target,
   * then a rename, so a reader never sees a partial file and a failure leaves nothing behind. Missing folders
   * are created; a link is written through to its target.
   */
  writeFile(path: string, content: string | Uint8Array): Promise<void>;
  /** Data for standard output (`-o -`); resolves false when the reader has gone away (a closed pipe). */
  writeStdout(content: string | Uint8Array): Promise<boolean>;
  /**
   * What a path reaches after links, and a key equal for paths that reach the same file. A path that cannot
   * be looked at is a CliError saying it cannot be read or written (`verb`).
   */
  locate(path: string, verb: "read" | "write"): Promise<Location>;
  /** The names of the regular files in a folder (a report's CSV inputs: one file per sheet). */
  listFolder?(path: string): Promise<string[]>;
  now(): Date;
  /** Diagnostics for the user (warnings, progress), one line each. */
  warn(line: string): void;
}

export const nodeEffects: Effects = {
  readFile: (path) => readRegularFile(path),
  openFile: (path) => openRegularFile(path),
  writeFile: writeAtomically,
  writeStdout,
  locate,
  async listFolder(path) {
    const entries = await readdir(path, { withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => e.name);
  },
  now: () => new Date(),
  // A warning quotes workbook text (a header, a sheet name): escaped, so it cannot forge other lines.
  warn: (line) => process.stderr.write(`${escapeControls(line)}\n`),
};

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The SHA-256 of an open file, read a megabyte at a time into one buffer. */
export async function sha256OfFile(file: Pick<OpenedFile, "size" | "read">): Promise<string> {
  const hash = createHash("sha256");
  const slice = 1024 * 1024;
  const buffer = Buffer.allocUnsafe(Math.min(slice, file.size));
  for (let at = 0; at < file.size; at += slice)
    hash.update(await file.read(at, Math.min(slice, file.size - at), buffer));
  return hash.digest("hex");
}
