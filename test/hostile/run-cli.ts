import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";

/** The BUILT command line, as users run it (`npm test` builds first). */
export const CLI = resolve("dist/cli/goalsheet.js");
/** Records the child's peak RSS at exit (the bench measures the same way). */
const PEAK_RSS = resolve("bench/peak-rss.mjs");

export function requireBuild(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
}

export interface CliRun {
  /** The exit code, or null when the run was killed (see timedOut). */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident set size of the child, in MiB. */
  readonly peakRssMiB: number;
  /** The run took longer than its timeout and was killed: a hang, reported as a failure rather than waited on. */
  readonly timedOut: boolean;
}

export interface RunOptions {
  /** Kill the child after this long (default 60 s), so a regression that hangs fails instead. */
  readonly timeoutMs?: number;
  /** What the child reads on stdin (default: nothing, stdin closed). */
  readonly stdin?: string | Uint8Array | Readable;
  /** Called with each chunk of stdout; return false to close the pipe (as `| head` does). */
  readonly onStdout?: (chunk: string) => boolean;
  /** Close stdout before the child writes anything (a reader that has gone, as `| head -c 0`). */
  readonly closeStdout?: boolean;
  /** Keep at most this many characters of stdout (default: all). */
  readonly keepStdout?: number;
}

let counter = 0;

/** Run `goalsheet <args>` in a child process, measuring its peak RSS, bounded by a timeout. */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  const rssFile = join(tmpdir(), `goalsheet-cli-${process.pid}-${counter++}.rss`);
  const child = spawn(process.execPath, [PEAK_RSS, rssFile, CLI, ...args], {
    env: { ...process.env, NO_COLOR: "1" },
    stdio: [options.stdin === undefined ? "ignore" : "pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, options.timeoutMs ?? 60_000);
  const out = child.stdout as Readable;
  if (options.closeStdout) out.destroy();
  out.setEncoding("utf8").on("data", (chunk: string) => {
    if (stdout.length < (options.keepStdout ?? Number.POSITIVE_INFINITY)) stdout += chunk;
    if (options.onStdout && !options.onStdout(chunk)) out.destroy();
  });
  (child.stderr as Readable).setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  if (options.stdin !== undefined && child.stdin) {
    // The child may stop reading early (a closed pipe on its side is expected): ignore EPIPE here.
    child.stdin.on("error", () => undefined);
    const source = options.stdin instanceof Readable ? options.stdin : Readable.from([options.stdin]);
    source.pipe(child.stdin);
  }
  return new Promise((done, fail) => {
    child.on("error", fail);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (options.stdin instanceof Readable) options.stdin.destroy();
      const kib = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : Number.NaN;
      rmSync(rssFile, { force: true });
      done({ code, stdout, stderr, peakRssMiB: kib / 1024, timedOut });
    });
  });
}

export const sha256File = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");

/** The text a browser would show for HTML (entities decoded, tags dropped), for "shown as inert text" checks. */
export function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
      if (body.startsWith("#x")) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
      if (body.startsWith("#")) return String.fromCodePoint(Number(body.slice(1)));
      return (
        ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" } as Record<string, string>)[body] ?? entity
      );
    });
}

export const tempName = (dir: string, name: string) => join(dir, name);
