import { randomBytes } from "node:crypto";
import { constants, type Stats } from "node:fs";
import {
  chmod,
  type FileHandle,
  lstat,
  mkdir,
  open,
  readlink,
  realpath,
  rename,
  rm,
  rmdir,
  stat,
  writeFile,
} from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { CliError } from "./errors.js";

/**
 * The file system as the CLI meets it: paths compared by what they reach (device and inode, after links), never
 * by their text; only regular files read, with a size cap, and never by opening something that can block; output
 * written atomically beside its real target. nodeEffects (effects.ts) is made of these.
 */
export type FileKind = "file" | "folder" | "pipe" | "device" | "socket" | "other" | "missing";

export interface Location {
  /** Equal for two paths that reach the same file: its device and inode, or for a file not yet made, its real path. */
  readonly key: string;
  readonly kind: FileKind;
}

/** The largest input read. An .xlsx this size already inflates past the reader's own caps. */
export const MAX_INPUT_BYTES = 256 * 1024 ** 2;

export function kindOf(info: Stats): FileKind {
  if (info.isFile()) return "file";
  if (info.isDirectory()) return "folder";
  if (info.isFIFO()) return "pipe";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "device";
  if (info.isSocket()) return "socket";
  return "other";
}

/** Why a path that is not a regular file cannot be read or replaced. */
export function notAFile(kind: FileKind): string {
  return {
    file: "it is a file",
    folder: "it is a folder",
    pipe: "it is a named pipe (FIFO), not a file",
    device: "it is a device, not a file",
    socket: "it is a socket, not a file",
    other: "it is not a regular file",
    missing: "no such file",
  }[kind];
}

/**
 * What a path reaches, following links; a file that does not exist yet is keyed by its real folder and name.
 * A path that cannot be looked at (a name too long, a part that is not a folder) is a CliError for `verb`.
 */
export async function locate(path: string, verb: "read" | "write"): Promise<Location> {
  try {
    const target = await realTarget(path);
    const info = await stat(target).catch((cause: unknown) => {
      if (codeOf(cause) === "ENOENT") return undefined;
      throw cause;
    });
    return info
      ? { key: `inode:${info.dev}:${info.ino}`, kind: kindOf(info) }
      : { key: `path:${target}`, kind: "missing" };
  } catch (cause) {
    throw fileError(verb, path, cause);
  }
}

/**
 * The real path a write to `path` lands on: links followed (a dangling link leads to where its target would
 * be), folders resolved to their real paths, and folders that do not exist yet kept as named.
 */
export async function realTarget(path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; ; hops++) {
    current = join(await realFolder(dirname(current)), basename(current));
    let link: string;
    try {
      const info = await lstat(current);
      if (!info.isSymbolicLink()) return current;
      link = await readlink(current);
    } catch (cause) {
      if (codeOf(cause) === "ENOENT") return current;
      throw cause;
    }
    if (hops >= 40) throw Object.assign(new Error("too many levels of links"), { code: "ELOOP" });
    current = resolve(dirname(current), link);
  }
}

async function realFolder(dir: string): Promise<string> {
  const missing: string[] = [];
  for (let d = dir; ; ) {
    try {
      return join(await realpath(d), ...missing.reverse());
    } catch (cause) {
      const up = dirname(d);
      if (codeOf(cause) !== "ENOENT" || up === d) throw cause;
      missing.push(basename(d));
      d = up;
    }
  }
}

/**
 * The bytes of a regular file, at most `cap` of them. The type is checked before opening (opening a FIFO for
 * reading blocks until a writer comes), and again on the open handle, which is opened non-blocking in case the
 * path was swapped in between. Reading stops one byte past the cap, so /dev/zero behind a renamed link or a
 * file that grows while read cannot fill the memory.
 */
export async function readRegularFile(path: string, cap = MAX_INPUT_BYTES): Promise<Uint8Array> {
  const { handle, opened } = await openChecked(path, cap);
  try {
    // One byte more than expected, to notice a file that grew.
    let buffer = Buffer.allocUnsafe(Math.min(cap, opened.size) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > cap) throw tooLarge(path, `more than ${mib(cap)} (it grew while read)`, cap);
        const bigger = Buffer.allocUnsafe(Math.min(cap + 1, buffer.length * 2 + 65_536));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } catch (cause) {
    throw cause instanceof CliError ? cause : fileError("read", path, cause);
  } finally {
    await handle.close();
  }
}

/**
 * Open a regular file for reading, refused (a CliError) unless it is one: its type and size checked before
 * opening (opening a FIFO for reading blocks until a writer comes), its type again on the handle, which is
 * opened non-blocking in case the path was swapped in between. The caller closes the handle.
 */
async function openChecked(path: string, cap: number): Promise<{ handle: FileHandle; opened: Stats }> {
  const info = await stat(path).catch((cause: unknown) => {
    throw fileError("read", path, cause);
  });
  refuseNonFile("read", path, kindOf(info));
  if (info.size > cap) throw tooLarge(path, mib(info.size), cap);
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch((cause: unknown) => {
    throw fileError("read", path, cause);
  });
  try {
    const opened = await handle.stat();
    refuseNonFile("read", path, kindOf(opened));
    return { handle, opened };
  } catch (cause) {
    await handle.close();
    throw cause instanceof CliError ? cause : fileError("read", path, cause);
  }
}

/** A regular file opened for positional reads (a workbook is read part by part, never whole). */
export interface OpenedFile {
  readonly size: number;
  /**
   * Up to `length` bytes from `at`; fewer only at the end of the file. Into `into` when given (at least
   * `length` long), so a caller reading slice after slice reuses one buffer instead of allocating each.
   */
  read(at: number, length: number, into?: Uint8Array): Promise<Uint8Array>;
  /** Whether the file still has the size and modification time it had when opened (nobody wrote to it meanwhile). */
  unchanged(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Open a regular file of at most `cap` bytes for positional reads, with the same checks as readRegularFile:
 * the type before opening and again on the handle (opened non-blocking), the size against the cap.
 */
export async function openRegularFile(path: string, cap = MAX_INPUT_BYTES): Promise<OpenedFile> {
  const { handle, opened } = await openChecked(path, cap);
  try {
    if (opened.size > cap) throw tooLarge(path, mib(opened.size), cap);
    return {
      size: opened.size,
      async read(at, length, into) {
        const buffer = into ?? Buffer.allocUnsafe(length);
        let filled = 0;
        while (filled < length) {
          const { bytesRead } = await handle.read(buffer, filled, length - filled, at + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return buffer.subarray(0, filled);
      },
      async unchanged() {
        const now = await handle.stat();
        return now.size === opened.size && now.mtimeMs === opened.mtimeMs;
      },
      close: () => handle.close(),
    };
  } catch (cause) {
    await handle.close();
    throw cause instanceof CliError ? cause : fileError("read", path, cause);
  }
}

/**
 * Write atomically: a temporary file with a short random name beside the real target (so a long target name
 * cannot overflow the name limit), then a rename over it. Writes through links to their target, keeps the
 * replaced file's permissions, creates missing folders, and on failure removes the temporary file and the
 * folders it made, so nothing is left behind.
 */
export async function writeAtomically(path: string, content: string | Uint8Array): Promise<void> {
  let target: string;
  let existing: Stats | undefined;
  try {
    target = await realTarget(path);
    existing = await stat(target).catch((cause: unknown) => {
      if (codeOf(cause) === "ENOENT") return undefined;
      throw cause;
    });
  } catch (cause) {
    throw fileError("write", path, cause);
  }
  if (existing) refuseNonFile("write", path, kindOf(existing));
  const folder = dirname(target);
  const created = await mkdir(folder, { recursive: true }).catch((cause: unknown) => {
    throw fileError("write", path, cause);
  });
  const temporary = join(folder, `.gs-${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, content, { flag: "wx" });
    if (existing) await chmod(temporary, existing.mode & 0o7777);
    await rename(temporary, target);
  } catch (cause) {
    await rm(temporary, { force: true });
    if (created) await removeFolders(created, folder);
    throw fileError("write", path, cause);
  }
}

/** Remove the folders mkdir made, deepest first; a folder something else has filled since is kept. */
async function removeFolders(first: string, deepest: string): Promise<void> {
  const depth = relative(first, deepest).split(/[\\/]/).filter(Boolean).length;
  let dir = deepest;
  for (let i = 0; i <= depth; i++, dir = dirname(dir)) await rmdir(dir).catch(() => undefined);
}

function refuseNonFile(verb: "read" | "write", path: string, kind: FileKind): void {
  if (kind !== "file") throw new CliError(`cannot ${verb} ${path}: ${notAFile(kind)}`);
}

function tooLarge(path: string, got: string, cap: number): CliError {
  return new CliError(`cannot read ${path}: an input file must be at most ${mib(cap)}, got ${got}`);
}

const mib = (bytes: number) =>
  bytes >= 1024 ** 3
    ? `${(bytes / 1024 ** 3).toFixed(1)} GiB`
    : bytes >= 1024 ** 2
      ? `${Math.round(bytes / 1024 ** 2)} MiB`
      : `${bytes.toLocaleString("en-US")} bytes`;

/** Reasons the user can act on; anything else is reported by its code as an internal error. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENAMETOOLONG: "the name is too long (at most 255 bytes per name)",
  ELOOP: "too many levels of links",
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is used up",
  EEXIST: "it was created by something else at the same time",
};

export function fileError(verb: "read" | "write", path: string, cause: unknown): CliError {
  if (cause instanceof CliError) return cause;
  const code = codeOf(cause);
  const reason = code === undefined ? undefined : REASONS[code];
  return reason
    ? new CliError(`cannot ${verb} ${path}: ${reason}`, 2)
    : new CliError(`cannot ${verb} ${path}: ${code ?? (cause instanceof Error ? cause.message : String(cause))}`, 1);
}

const codeOf = (cause: unknown): string | undefined => (cause as NodeJS.ErrnoException | undefined)?.code;
