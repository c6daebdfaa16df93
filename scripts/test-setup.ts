/**
 * `npm test`'s first step (the `pretest` script): make sure the machine has what the tests need besides
 * node_modules — Chromium, fonts for its layout, a Java runtime for the HTML checker — so a fresh machine never
 * shows dozens of failing browser tests. When all is there it returns at once. On Debian and Ubuntu it installs
 * what is missing (as root, or through sudo); anywhere else, or without the rights, it stops at once with the
 * exact commands to run (and CHROMIUM_PATH, to use a browser already installed).
 */
import { spawnSync } from "node:child_process";
import { type Machine, type Need, probeMachine } from "./test-env.js";

/** What each need is for, as the user is told. */
const WHY: Readonly<Record<Need, string>> = {
  chromium: "Chromium (or Chrome), for the report, add-in and accessibility tests in a headless browser",
  fonts: "the DejaVu or Liberation fonts, for Chromium's page layout",
  java: "a Java runtime (java on PATH), for the W3C Nu HTML checker",
};

const DEBIAN_PACKAGES: Readonly<Record<Need, readonly string[]>> = {
  chromium: ["chromium"],
  fonts: ["fonts-dejavu-core", "fonts-liberation"],
  java: ["default-jre-headless"],
};

export interface Plan {
  readonly missing: readonly Need[];
  /** Commands that install what is missing on this machine, when it can do so itself. */
  readonly install?: readonly (readonly string[])[];
  /** What to tell the user when it cannot, or when installing did not help. */
  readonly instructions: string;
}

export function planSetup(machine: Machine): Plan {
  const missing: Need[] = [];
  if (!machine.chromium.path) missing.push("chromium");
  if (!machine.fonts) missing.push("fonts");
  if (!machine.java.path) missing.push("java");
  const debian = machine.distro.includes("debian") || machine.distro.includes("ubuntu");
  const ubuntu = machine.distro.includes("ubuntu");
  // Ubuntu's chromium package is a snap, which containers cannot run: use Playwright's build there.
  const apt = missing.filter((n) => !(ubuntu && n === "chromium")).flatMap((n) => DEBIAN_PACKAGES[n]);
  const aptCommands: string[][] =
    apt.length === 0
      ? []
      : [
          ["apt-get", "update", "-qq"],
          ["apt-get", "install", "-y", "-qq", "--no-install-recommends", ...apt],
        ];
  const playwright =
    ubuntu && missing.includes("chromium") ? [["npx", "playwright-core", "install", "--with-deps", "chromium"]] : [];
  const commands = [...aptCommands, ...playwright];
  // CHROMIUM_PATH naming nothing is the user's choice to fix, not something to install around.
  const canInstall =
    debian &&
    machine.chromium.problem === undefined &&
    machine.java.problem === undefined &&
    (machine.root || machine.sudo !== "none");
  const sudo = machine.root ? [] : machine.sudo === "passwordless" ? ["sudo", "-n"] : ["sudo"];
  return {
    missing,
    ...(missing.length > 0 && canInstall ? { install: commands.map((c) => [...sudo, ...c]) } : {}),
    instructions: missing.length === 0 ? "" : instructions(machine, missing, debian ? commands : undefined),
  };
}

function instructions(machine: Machine, missing: readonly Need[], debian: string[][] | undefined): string {
  const lines = ["npm test needs what is missing below; install it, then run npm test again:"];
  for (const need of missing) {
    const problem = need === "chromium" ? machine.chromium.problem : need === "java" ? machine.java.problem : undefined;
    lines.push(`  - ${WHY[need]}${problem ? ` (${problem})` : ""}`);
    if (!debian)
      for (const command of OTHER[
        machine.platform === "darwin" ? "darwin" : machine.platform === "win32" ? "win32" : "linux"
      ][need])
        lines.push(`      ${command}`);
  }
  if (debian) {
    lines.push(`  as root${machine.root ? "" : " (sudo)"}:`);
    for (const command of debian) lines.push(`      ${command.join(" ")}`);
  }
  if (missing.includes("chromium"))
    lines.push(
      "  To use a Chromium or Chrome you already have, point CHROMIUM_PATH at its binary, e.g.",
      `      ${EXAMPLE_CHROMIUM_PATH[machine.platform] ?? EXAMPLE_CHROMIUM_PATH.linux}`,
    );
  return lines.join("\n");
}

const EXAMPLE_CHROMIUM_PATH: Readonly<Partial<Record<NodeJS.Platform, string>>> = {
  linux: "CHROMIUM_PATH=/opt/google/chrome/chrome npm test",
  darwin: 'CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test',
  win32: "set CHROMIUM_PATH=C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe && npm test",
};

/** The usual way to get each need elsewhere. Playwright's Chromium works on every platform it supports. */
const OTHER: Readonly<Record<"darwin" | "win32" | "linux", Readonly<Record<Need, readonly string[]>>>> = {
  darwin: {
    chromium: ["brew install --cask chromium", "or: npx playwright-core install chromium"],
    fonts: [],
    java: ["brew install openjdk   (then put its bin folder on PATH)"],
  },
  win32: {
    chromium: ["npx playwright-core install chromium", "or install Google Chrome"],
    fonts: [],
    java: ["winget install Microsoft.OpenJDK.21"],
  },
  linux: {
    chromium: ["npx playwright-core install --with-deps chromium", "or your distribution's chromium package"],
    fonts: ["your distribution's DejaVu or Liberation font package (e.g. dnf install dejavu-sans-fonts)"],
    java: ["your distribution's Java runtime (e.g. dnf install java-21-openjdk-headless)"],
  },
};

/** Playwright's downloaded Chromium, looked for only when no other browser is found (loading it takes a second). */
async function downloadedChromium(): Promise<() => string> {
  const { chromium } = await import("playwright-core");
  return () => chromium.executablePath();
}

async function main(): Promise<number> {
  let machine = probeMachine();
  if (!machine.chromium.path && machine.chromium.problem === undefined)
    machine = probeMachine(await downloadedChromium());
  const plan = planSetup(machine);
  if (plan.missing.length === 0) return 0;
  if (!plan.install) {
    process.stderr.write(`${plan.instructions}\n`);
    return 1;
  }
  process.stderr.write(`npm test: installing what the tests need (${plan.missing.join(", ")})\n`);
  for (const [program, ...args] of plan.install) {
    process.stderr.write(`  ${[program, ...args].join(" ")}\n`);
    const run = spawnSync(program as string, args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (run.status !== 0) {
      process.stderr.write(`npm test: that failed.\n${plan.instructions}\n`);
      return 1;
    }
  }
  const after = planSetup(probeMachine(await downloadedChromium()));
  if (after.missing.length > 0) {
    process.stderr.write(`npm test: still missing after installing.\n${after.instructions}\n`);
    return 1;
  }
  return 0;
}

if (process.argv[1]?.endsWith("test-setup.ts")) {
  main().then((code) => {
    process.exitCode = code;
  });
}
