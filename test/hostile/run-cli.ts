import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { measureNode } from "../../bench/child.js";

/** The BUILT command line, as users run it (`npm test` builds first). */
export const CLI = resolve("dist/cli/goalsheet.js");

export function requireBuild(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident set size of the child, in MiB. */
  readonly peakRssMiB: number;
}

/** Run `goalsheet <args>` in a child process, measuring its peak RSS (bench/child.ts measures it the same way). */
export async function runCli(args: readonly string[]): Promise<CliRun> {
  const { code, stdout, stderr, peakRssMiB } = await measureNode(CLI, args, { ...process.env, NO_COLOR: "1" });
  return { code, stdout, stderr, peakRssMiB };
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
