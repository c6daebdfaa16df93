import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findChromium, findJava, type Machine } from "../../scripts/test-env.js";
import { planSetup } from "../../scripts/test-setup.js";

/**
 * Issue 13 item 11: `npm test` sets up what its tests need, or stops at once with the exact commands. The plan
 * is a pure function of what the machine has, so every kind of machine is checked here without touching this
 * one; the messages are pinned because they are what a new contributor reads first.
 */
const dir = mkdtempSync(join(tmpdir(), "goalsheet-setup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ready: Machine = {
  platform: "linux",
  distro: ["debian"],
  root: true,
  sudo: "none",
  chromium: { path: "/usr/bin/chromium" },
  fonts: true,
  java: { path: "/usr/bin/java" },
};

describe("planSetup(machine)", () => {
  it("does nothing when everything is there", () => {
    expect(planSetup(ready)).toEqual({ missing: [], instructions: "" });
  });

  it("installs what Debian lacks with apt-get as root", () => {
    const plan = planSetup({ ...ready, chromium: {}, fonts: false, java: {} });
    expect(plan.missing).toEqual(["chromium", "fonts", "java"]);
    expect(plan.install).toEqual([
      ["apt-get", "update", "-qq"],
      [
        "apt-get",
        "install",
        "-y",
        "-qq",
        "--no-install-recommends",
        "chromium",
        "fonts-dejavu-core",
        "fonts-liberation",
        "default-jre-headless",
      ],
    ]);
  });

  it("goes through sudo when not root", () => {
    expect(planSetup({ ...ready, root: false, sudo: "passwordless", java: {} }).install).toEqual([
      ["sudo", "-n", "apt-get", "update", "-qq"],
      ["sudo", "-n", "apt-get", "install", "-y", "-qq", "--no-install-recommends", "default-jre-headless"],
    ]);
    expect(planSetup({ ...ready, root: false, sudo: "interactive", fonts: false }).install?.[1]?.slice(0, 2)).toEqual([
      "sudo",
      "apt-get",
    ]);
  });

  it("uses Playwright's Chromium on Ubuntu, whose chromium package is a snap", () => {
    expect(planSetup({ ...ready, distro: ["ubuntu", "debian"], chromium: {}, java: {} }).install).toEqual([
      ["apt-get", "update", "-qq"],
      ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "default-jre-headless"],
      ["npx", "playwright-core", "install", "--with-deps", "chromium"],
    ]);
  });

  it("stops with the exact commands on Debian without root or sudo", () => {
    const plan = planSetup({ ...ready, root: false, sudo: "none", chromium: {} });
    expect(plan.install).toBeUndefined();
    expect(plan.instructions).toMatchInlineSnapshot(`
      "npm test needs what is missing below; install it, then run npm test again:
        - Chromium (or Chrome), for the report, add-in and accessibility tests in a headless browser
        as root (sudo):
            apt-get update -qq
            apt-get install -y -qq --no-install-recommends chromium
        To use a Chromium or Chrome you already have, point CHROMIUM_PATH at its binary, e.g.
            CHROMIUM_PATH=/opt/google/chrome/chrome npm test"
    `);
  });

  it("stops with the exact commands on macOS", () => {
    const plan = planSetup({ ...ready, platform: "darwin", distro: [], chromium: {}, java: {} });
    expect(plan.install).toBeUndefined();
    expect(plan.instructions).toMatchInlineSnapshot(`
      "npm test needs what is missing below; install it, then run npm test again:
        - Chromium (or Chrome), for the report, add-in and accessibility tests in a headless browser
            brew install --cask chromium
            or: npx playwright-core install chromium
        - a Java runtime (java on PATH), for the W3C Nu HTML checker
            brew install openjdk   (then put its bin folder on PATH)
        To use a Chromium or Chrome you already have, point CHROMIUM_PATH at its binary, e.g.
            CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test"
    `);
  });

  it("never installs around a CHROMIUM_PATH that names nothing: it says so", () => {
    const plan = planSetup({
      ...ready,
      chromium: { problem: 'CHROMIUM_PATH is "/opt/none", which is not an executable file' },
    });
    expect(plan.install).toBeUndefined();
    expect(plan.instructions.split("\n")[1]).toBe(
      '  - Chromium (or Chrome), for the report, add-in and accessibility tests in a headless browser (CHROMIUM_PATH is "/opt/none", which is not an executable file)',
    );
  });

  it("gives generic commands on other Linux distributions", () => {
    const plan = planSetup({ ...ready, distro: ["fedora"], fonts: false });
    expect(plan.install).toBeUndefined();
    expect(plan.instructions.split("\n").slice(1, 3)).toEqual([
      "  - the DejaVu or Liberation fonts, for Chromium's page layout",
      "      your distribution's DejaVu or Liberation font package (e.g. dnf install dejavu-sans-fonts)",
    ]);
  });
});

describe("findChromium(env) and findJava(env)", () => {
  const fake = (name: string) => {
    const path = join(dir, name);
    writeFileSync(path, "#!/bin/sh\n");
    chmodSync(path, 0o755);
    return path;
  };

  it("takes CHROMIUM_PATH when set, and only it", () => {
    const browser = fake("my-chrome");
    expect(findChromium({ CHROMIUM_PATH: browser, PATH: "" })).toEqual({ path: browser });
    expect(findChromium({ CHROMIUM_PATH: join(dir, "none"), PATH: "" })).toEqual({
      problem: `CHROMIUM_PATH is ${JSON.stringify(join(dir, "none"))}, which is not an executable file`,
    });
  });

  it("looks in the usual places, then on PATH, then at Playwright's download", () => {
    const installed = fake("chromium-in-place");
    const onPath = join(dir, "bin");
    mkdirSync(onPath);
    const command = join(onPath, "google-chrome");
    writeFileSync(command, "#!/bin/sh\n");
    chmodSync(command, 0o755);
    const downloaded = fake("chrome");
    expect(findChromium({ PATH: onPath }, () => downloaded, [installed])).toEqual({ path: installed });
    expect(findChromium({ PATH: onPath }, () => downloaded, [join(dir, "none")])).toEqual({ path: command });
    expect(findChromium({ PATH: "" }, () => downloaded, [])).toEqual({ path: downloaded });
    expect(findChromium({ PATH: "" }, () => join(dir, "not-downloaded"), [])).toEqual({});
  });

  it("finds java on PATH, and says so when it is only under JAVA_HOME", () => {
    const bin = join(dir, "jdk", "bin");
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, "java"), "#!/bin/sh\n");
    chmodSync(join(bin, "java"), 0o755);
    expect(findJava({ PATH: bin })).toEqual({ path: join(bin, "java") });
    expect(findJava({ PATH: "", JAVA_HOME: join(dir, "jdk") })).toEqual({
      problem: `java is in ${join(bin, "java")} but not on PATH`,
    });
    expect(findJava({ PATH: "" })).toEqual({});
  });
});
