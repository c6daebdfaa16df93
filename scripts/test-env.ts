import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, readFileSync } from "node:fs";
import { delimiter, join } from "node:path";

/**
 * What `npm test` needs besides node_modules, found the way the tests find it: a Chromium (or Chrome) for the
 * browser tests, fonts for Chromium's layout (Linux), and `java` on PATH for the W3C Nu HTML checker.
 * scripts/test-setup.ts installs what is missing, or says exactly how; test/support/chromium.ts launches the
 * browser found here, so setup and tests agree on which one.
 */
export type Need = "chromium" | "fonts" | "java";

/** Where Chromium or Chrome usually is, in the order tried after CHROMIUM_PATH. */
const CHROMIUM_FILES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
];
const CHROMIUM_COMMANDS = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"];

export interface Found {
  readonly path?: string;
  /** Why nothing usable was found when something was asked for (CHROMIUM_PATH naming nothing). */
  readonly problem?: string;
}

/**
 * The browser the tests launch: CHROMIUM_PATH when set (and then only it), else the usual places, else the
 * build Playwright downloaded (`npx playwright-core install chromium`), given as `downloaded`.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  downloaded?: () => string,
  places: readonly string[] = CHROMIUM_FILES,
): Found {
  const chosen = env.CHROMIUM_PATH;
  if (chosen !== undefined && chosen !== "") {
    return executable(chosen)
      ? { path: chosen }
      : { problem: `CHROMIUM_PATH is ${JSON.stringify(chosen)}, which is not an executable file` };
  }
  const path =
    places.find(executable) ??
    CHROMIUM_COMMANDS.map((c) => onPath(c, env)).find((p) => p !== undefined) ??
    [downloaded?.()].find((p) => p !== undefined && executable(p));
  return path ? { path } : {};
}

/** `java` as the HTML checker runs it: on PATH. */
export function findJava(env: NodeJS.ProcessEnv = process.env): Found {
  const path = onPath(process.platform === "win32" ? "java.exe" : "java", env);
  if (path) return { path };
  const home = env.JAVA_HOME && join(env.JAVA_HOME, "bin", "java");
  return home && executable(home) ? { problem: `java is in ${home} but not on PATH` } : {};
}

/** Fonts Chromium lays the report out with on Linux (it recommends DejaVu or Liberation); elsewhere the system's. */
export function hasFonts(platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== "linux") return true;
  const list = spawnSync("fc-list", [":", "family"], { encoding: "utf8" });
  return list.status === 0 && /dejavu|liberation/i.test(list.stdout);
}

export interface Machine {
  readonly platform: NodeJS.Platform;
  /** ID and ID_LIKE of /etc/os-release, e.g. ["ubuntu", "debian"]. */
  readonly distro: readonly string[];
  readonly root: boolean;
  /** How sudo can be used: without a password, by asking for one (a terminal), or not at all. */
  readonly sudo: "passwordless" | "interactive" | "none";
  readonly chromium: Found;
  readonly fonts: boolean;
  readonly java: Found;
}

export function probeMachine(downloaded?: () => string): Machine {
  const platform = process.platform;
  const sudoPath = platform === "win32" ? undefined : onPath("sudo");
  const sudo = !sudoPath
    ? "none"
    : spawnSync(sudoPath, ["-n", "true"], { stdio: "ignore" }).status === 0
      ? "passwordless"
      : process.stdin.isTTY
        ? "interactive"
        : "none";
  return {
    platform,
    distro: osRelease(),
    root: typeof process.getuid === "function" && process.getuid() === 0,
    sudo,
    chromium: findChromium(process.env, downloaded),
    fonts: hasFonts(platform),
    java: findJava(),
  };
}

function osRelease(): string[] {
  if (!existsSync("/etc/os-release")) return [];
  const text = readFileSync("/etc/os-release", "utf8");
  const field = (name: string) => new RegExp(`^${name}="?([^"\\n]*)"?$`, "m").exec(text)?.[1] ?? "";
  return `${field("ID")} ${field("ID_LIKE")}`.split(/\s+/).filter(Boolean);
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    const candidate = join(dir, command);
    if (dir && executable(candidate)) return candidate;
  }
  return undefined;
}
