/**
 * Run a Node CLI and record its peak resident set size, without /usr/bin/time: `node peak-rss.mjs <rss-file>
 * <script> [args...]` makes <script> the process's main module (argv[1]) and writes, at exit, the peak in KiB
 * to <rss-file>, and with PEAK_RSS_CPU=1 in its environment (bench/child.ts sets it) the CPU time used (user
 * and system, in microseconds: every thread, zlib's included, space-separated) to <rss-file>.cpu. CPU time is the figure to look at when the machine is busy: wall time
 * then counts waiting for a core.
 *
 * On Linux the peak is VmHWM from /proc/self/status, the high-water mark of this process image. getrusage's
 * maxRSS (process.resourceUsage().maxRSS, used elsewhere) survives exec: a child forked from a large parent
 * (a test worker holding big buffers) reports the parent's size until it grows past it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [rssFile, script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...args];

function peakKiB() {
  try {
    const hwm = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Number(hwm[1]);
  } catch {
    // Not Linux: fall back to getrusage.
  }
  return process.resourceUsage().maxRSS;
}

process.on("exit", () => {
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  writeFileSync(rssFile, String(peakKiB()));
  if (process.env.PEAK_RSS_CPU === "1") writeFileSync(`${rssFile}.cpu`, `${userCPUTime} ${systemCPUTime}`);
});
await import(pathToFileURL(resolve(script)).href);
