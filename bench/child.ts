import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/**
 * Run a Node script in a child process and measure it from outside: wall time and peak RSS (the child
 * records process.resourceUsage().maxRSS at exit through bench/peak-rss.mjs, so no /usr/bin/time is needed).
 * Children keep each measurement's memory separate from the bench runner's and from each other.
 */
export interface ChildMeasure {
  readonly ms: number;
  readonly peakRssMiB: number;
  /** CPU time of the child (user + system, all threads), in milliseconds. */
  readonly cpuMs: number;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const PEAK_RSS = resolve("bench/peak-rss.mjs");
let counter = 0;

/**
 * Settings of this machine that every Node process pays for at start and that a Goalsheet user's machine
 * does not have: NODE_EXTRA_CA_CERTS makes Node parse a certificate bundle before running anything (about
 * 80 ms here, for a program that never opens a TLS connection), and NODE_OPTIONS could add any flag.
 * Measured children run without them, the baseline processes as much as the report; the 10,000-row case
 * also records the report with this machine's environment as it is, beside the budget (machineEnvironment).
 */
export const MACHINE_ONLY_SETTINGS = ["NODE_EXTRA_CA_CERTS", "NODE_OPTIONS"] as const;

export function cleanEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const clean = { ...env };
  for (const name of MACHINE_ONLY_SETTINGS) delete clean[name];
  return clean;
}

/** Which of MACHINE_ONLY_SETTINGS this machine sets (their names only). */
export function machineOnlySettingsSet(env: NodeJS.ProcessEnv = process.env): string[] {
  return MACHINE_ONLY_SETTINGS.filter((name) => (env[name] ?? "") !== "");
}

export function measureNode(
  script: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = cleanEnvironment(),
): Promise<ChildMeasure> {
  const rssFile = join(tmpdir(), `goalsheet-bench-${process.pid}-${counter++}.rss`);
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, [PEAK_RSS, rssFile, resolve(script), ...args], {
      env: { ...env, PEAK_RSS_CPU: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", fail);
    child.on("close", (code) => {
      const ms = performance.now() - start;
      const kib = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : Number.NaN;
      const cpuFile = `${rssFile}.cpu`;
      const [user, system] = existsSync(cpuFile)
        ? readFileSync(cpuFile, "utf8").split(" ").map(Number)
        : [Number.NaN, Number.NaN];
      rmSync(rssFile, { force: true });
      rmSync(cpuFile, { force: true });
      done({
        ms,
        peakRssMiB: kib / 1024,
        cpuMs: ((user ?? Number.NaN) + (system ?? Number.NaN)) / 1000,
        code,
        stdout,
        stderr,
      });
    });
  });
}

/** Median of a few child runs (by wall time), for files small enough to repeat. */
export async function medianChild(
  script: string,
  args: readonly string[],
  repeats: number,
  env: NodeJS.ProcessEnv = cleanEnvironment(),
): Promise<ChildMeasure> {
  const runs: ChildMeasure[] = [];
  for (let i = 0; i < repeats; i++) runs.push(await measureNode(script, args, env));
  runs.sort((a, b) => a.ms - b.ms);
  return runs[Math.floor(runs.length / 2)] as ChildMeasure;
}

/** Whether a program is on PATH (for optional peers such as LibreOffice). */
export function onPath(program: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    const candidate = join(dir, program);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}
