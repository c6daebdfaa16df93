import { execFileSync } from "node:child_process";
import {
  chmodSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { locate, MAX_INPUT_BYTES, readRegularFile, writeAtomically } from "../../generator/cli/files.js";

/**
 * Issue 17, items 3 and 4, on the real file system: identity after links, special files refused before they
 * are opened (each case bounded by its own timeout, so a regression that blocks on a FIFO fails instead of
 * hanging), the read cap, and atomic writes through links, into missing folders and under long names.
 */
let dir: string;
let socket: Server;
const at = (...parts: string[]) => join(dir, ...parts);
const message = (promise: Promise<unknown>) =>
  promise.then(
    () => "no error",
    (e: Error) => e.message.replaceAll(dir, "DIR"),
  );

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "goalsheet-files-"));
  writeFileSync(at("q3.xlsx"), "workbook bytes");
  symlinkSync("q3.xlsx", at("current.xlsx"));
  symlinkSync(at("current.xlsx"), at("link-to-link.xlsx"));
  linkSync(at("q3.xlsx"), at("hard.xlsx"));
  mkdirSync(at("folder"));
  symlinkSync("folder", at("folder-link"));
  symlinkSync("not-there.html", at("dangling.html"));
  execFileSync("mkfifo", [at("fifo.xlsx")]);
  symlinkSync("/dev/zero", at("zero.xlsx"));
  symlinkSync("/dev/urandom", at("urandom.xlsx"));
  socket = createServer();
  await new Promise<void>((done) => socket.listen(at("socket.xlsx"), done));
});

afterAll(async () => {
  await new Promise((done) => socket.close(done));
  rmSync(dir, { recursive: true, force: true });
});

describe("locate(path)", () => {
  it("gives the same key to a file, links to it and hard links of it", async () => {
    const key = (await locate(at("q3.xlsx"), "read")).key;
    for (const other of ["current.xlsx", "link-to-link.xlsx", "hard.xlsx", "./folder/../q3.xlsx"])
      expect((await locate(at(other), "read")).key, other).toBe(key);
  });

  it("keys a file not made yet by its real folder and name, following a dangling link", async () => {
    expect(await locate(at("folder-link", "new.html"), "write")).toEqual({
      key: `path:${at("folder", "new.html")}`,
      kind: "missing",
    });
    expect(await locate(at("dangling.html"), "write")).toEqual({
      key: `path:${at("not-there.html")}`,
      kind: "missing",
    });
    expect((await locate(at("no", "such", "folder", "r.html"), "write")).key).toBe(
      `path:${at("no", "such", "folder", "r.html")}`,
    );
  });

  it("names what each special path is", async () => {
    const kinds: Record<string, string> = {};
    for (const name of ["folder", "fifo.xlsx", "zero.xlsx", "socket.xlsx", "q3.xlsx", "none"])
      kinds[name] = (await locate(at(name), "read")).kind;
    expect(kinds).toEqual({
      folder: "folder",
      "fifo.xlsx": "pipe",
      "zero.xlsx": "device",
      "socket.xlsx": "socket",
      "q3.xlsx": "file",
      none: "missing",
    });
  });

  it("says why a path cannot be looked at", async () => {
    expect(await message(locate(at(`${"n".repeat(300)}.html`), "write"))).toBe(
      `cannot write DIR/${"n".repeat(300)}.html: the name is too long (at most 255 bytes per name)`,
    );
    expect(await message(locate(at("q3.xlsx", "inside.html"), "write"))).toBe(
      "cannot write DIR/q3.xlsx/inside.html: a part of the path is not a folder",
    );
  });
});

describe("readRegularFile(path)", () => {
  it.each([
    [
      "a FIFO (opening it would block)",
      "fifo.xlsx",
      "cannot read DIR/fifo.xlsx: it is a named pipe (FIFO), not a file",
    ],
    ["a link to /dev/zero", "zero.xlsx", "cannot read DIR/zero.xlsx: it is a device, not a file"],
    ["a link to /dev/urandom", "urandom.xlsx", "cannot read DIR/urandom.xlsx: it is a device, not a file"],
    ["a socket", "socket.xlsx", "cannot read DIR/socket.xlsx: it is a socket, not a file"],
    ["a folder", "folder", "cannot read DIR/folder: it is a folder"],
    ["a missing file", "none.xlsx", "cannot read DIR/none.xlsx: no such file"],
  ])("refuses %s before opening it", { timeout: 5000 }, async (_what, name, expected) => {
    expect(await message(readRegularFile(at(name)))).toBe(expected);
  });

  it("refuses /dev/zero itself", { timeout: 5000 }, async () => {
    expect(await message(readRegularFile("/dev/zero"))).toBe("cannot read /dev/zero: it is a device, not a file");
  });

  it("refuses a file over the cap without reading it (a sparse 300 MiB file)", { timeout: 5000 }, async () => {
    writeFileSync(at("big.xlsx"), "");
    truncateSync(at("big.xlsx"), 300 * 1024 ** 2);
    expect(MAX_INPUT_BYTES).toBe(256 * 1024 ** 2);
    expect(await message(readRegularFile(at("big.xlsx")))).toBe(
      "cannot read DIR/big.xlsx: an input file must be at most 256 MiB, got 300 MiB",
    );
  });

  it("reads a regular file through links, whole", async () => {
    expect(new TextDecoder().decode(await readRegularFile(at("link-to-link.xlsx")))).toBe("workbook bytes");
    writeFileSync(at("empty.xlsx"), "");
    expect((await readRegularFile(at("empty.xlsx"))).byteLength).toBe(0);
  });

  it("stops one byte past the cap when the file holds more than its size said", async () => {
    // /proc files report size 0 and then give their content: the cap is kept while reading too.
    const status = await readRegularFile("/proc/self/status");
    expect(new TextDecoder().decode(status)).toMatch(/^Name:/);
    expect(await message(readRegularFile("/proc/self/status", 16))).toBe(
      "cannot read /proc/self/status: an input file must be at most 16 bytes, got more than 16 bytes (it grew while read)",
    );
  });
});

describe("writeAtomically(path, content)", () => {
  const temporaries = () => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".tmp"));

  it("writes through a link to its target and keeps the link", async () => {
    writeFileSync(at("target.html"), "old");
    symlinkSync("target.html", at("via-link.html"));
    await writeAtomically(at("via-link.html"), "new");
    expect(readFileSync(at("target.html"), "utf8")).toBe("new");
    expect(statSync(at("via-link.html")).isFile()).toBe(true);
    expect(readdirSync(dir)).toContain("via-link.html");
  });

  it("keeps the permissions of the file it replaces", async () => {
    writeFileSync(at("private.html"), "old");
    chmodSync(at("private.html"), 0o600);
    await writeAtomically(at("private.html"), "new");
    expect(statSync(at("private.html")).mode & 0o777).toBe(0o600);
  });

  it("creates missing folders", async () => {
    await writeAtomically(at("reports", "2026", "q3.html"), "<!doctype html>");
    expect(readFileSync(at("reports", "2026", "q3.html"), "utf8")).toBe("<!doctype html>");
  });

  it("writes a 245-byte name (the temporary name is short, whatever the target's)", async () => {
    const name = `${"r".repeat(240)}.html`;
    await writeAtomically(at(name), "ok");
    expect(readFileSync(at(name), "utf8")).toBe("ok");
    expect(temporaries()).toEqual([]);
  });

  it.each([
    ["a folder", "folder", "cannot write DIR/folder: it is a folder"],
    ["a FIFO", "fifo.xlsx", "cannot write DIR/fifo.xlsx: it is a named pipe (FIFO), not a file"],
    ["a device", "zero.xlsx", "cannot write DIR/zero.xlsx: it is a device, not a file"],
    [
      "a 300-byte name",
      `${"n".repeat(300)}.html`,
      `cannot write DIR/${"n".repeat(300)}.html: the name is too long (at most 255 bytes per name)`,
    ],
    ["a path through a file", "q3.xlsx/r.html", "cannot write DIR/q3.xlsx/r.html: a part of the path is not a folder"],
  ])("refuses %s and leaves nothing behind", { timeout: 5000 }, async (_what, name, expected) => {
    expect(await message(writeAtomically(at(name), "x"))).toBe(expected);
    expect(temporaries()).toEqual([]);
    expect(readFileSync(at("q3.xlsx"), "utf8")).toBe("workbook bytes");
  });
});
