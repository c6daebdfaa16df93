import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkManifest, localizedNameProblem, nameProblem } from "../../scripts/check-manifest.js";
import { withHost } from "../../scripts/set-host.js";
import { ADDIN_DIST, requireBuild } from "./browser.js";

const manifest = readFileSync(join(import.meta.dirname, "..", "..", "manifest.xml"), "utf8");
requireBuild("taskpane.html");
const buildDir = ADDIN_DIST;

/**
 * The name rules pinned below are Microsoft's "Naming guidelines for custom functions"
 * (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming): ids only A–Z, 0–9, "_" and "."; names any
 * Unicode alphanumeric, "_" and "."; both start with a letter, are at least three characters and never name a cell
 * (A1 to XFD1048576, R1C1 to R1048576C16384). The per-locale metadata overrides follow "Localize custom functions".
 */

/** A copy of the build with functions.json replaced, for the function-id rule. */
const scratch = mkdtempSync(join(tmpdir(), "goalsheet-manifest-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const METADATA = "OfficeApp/VersionOverrides/Resources/Urls/Url#Functions.Metadata.Url";

function broken(from: string | RegExp, to: string): string {
  const out = manifest.replace(from, to);
  if (out === manifest) throw new Error(`the variant did not change the manifest: ${String(from)}`);
  return out;
}

describe("checkManifest(xml, { buildDir })", () => {
  it("passes on manifest.xml against the build", () => {
    expect(checkManifest(manifest, { buildDir })).toEqual([]);
  });

  it.each([
    {
      rule: "well-formed",
      xml: broken("</DefaultSettings>", ""),
      message: /^manifest is not well-formed XML: /,
    },
    {
      rule: "schema-order",
      xml: broken(/(<Id>[^<]*<\/Id>)\s*(<Version>[^<]*<\/Version>)/, "$2$1"),
      message: "OfficeApp: <Id> must come before <Version>",
    },
    {
      rule: "required",
      xml: broken(/<ProviderName>[^<]*<\/ProviderName>/, ""),
      message: "OfficeApp: missing required element <ProviderName>",
    },
    {
      rule: "resid",
      xml: broken('<SourceLocation resid="Functions.Script.Url"/>', '<SourceLocation resid="Functions.Script"/>'),
      message:
        'OfficeApp/VersionOverrides/Hosts/Host/AllFormFactors/ExtensionPoint[CustomFunctions]/Script/SourceLocation: resid "Functions.Script" names no resource',
    },
    {
      rule: "https",
      xml: broken(
        'DefaultValue="https://localhost:3000/functions.js"',
        'DefaultValue="http://localhost:3000/functions.js"',
      ),
      message:
        'OfficeApp/VersionOverrides/Resources/Urls/Url#Functions.Script.Url: URL must be https, got "http://localhost:3000/functions.js"',
    },
    {
      rule: "build",
      xml: broken(
        'DefaultValue="https://localhost:3000/functions.js"',
        'DefaultValue="https://localhost:3000/function.js"',
      ),
      message: `OfficeApp/VersionOverrides/Resources/Urls/Url#Functions.Script.Url: https://localhost:3000/function.js is not in the build (no ${join(buildDir, "function.js")})`,
    },
    {
      rule: "name",
      xml: broken(
        '<bt:String id="Functions.Namespace" DefaultValue="GOALS"/>',
        '<bt:String id="Functions.Namespace" DefaultValue="AB12"/>',
      ),
      message: 'Namespace must not look like a cell reference (A1 or R1C1 style), got "AB12"',
    },
    {
      rule: "name",
      xml: broken(/<Id>[^<]*<\/Id>/, "<Id>goalsheet</Id>"),
      message: 'Id must be a GUID, got "goalsheet"',
    },
    {
      rule: "locale",
      xml: broken(/\s*<bt:Override Locale="de-at"[^>]*\/>/, ""),
      message: `${METADATA}: no Override for de-at (https://localhost:3000/functions-de.json)`,
    },
    {
      rule: "locale",
      xml: broken(
        '<bt:Override Locale="nl-be" Value="https://localhost:3000/functions-nl.json"/>',
        '<bt:Override Locale="nl-be" Value="https://localhost:3000/functions-de.json"/>',
      ),
      message: `${METADATA}/Override[nl-be]: must be https://localhost:3000/functions-nl.json, got "https://localhost:3000/functions-de.json"`,
    },
    {
      rule: "locale",
      xml: broken(
        '<bt:Override Locale="ja-jp" Value="https://localhost:3000/functions-ja.json"/>',
        '<bt:Override Locale="ja-jp" Value="https://localhost:3000/functions-ja.json"/><bt:Override Locale="ja-JP" Value="https://localhost:3000/functions-ja.json"/>',
      ),
      message: `${METADATA}/Override[ja-JP]: a second Override for ja-JP`,
    },
    {
      rule: "locale",
      xml: broken(
        '<bt:Override Locale="ja-jp" Value="https://localhost:3000/functions-ja.json"/>',
        '<bt:Override Locale="ja-jp" Value="https://localhost:3000/functions-ja.json"/><bt:Override Locale="en-US" Value="https://localhost:3000/functions-ja.json"/>',
      ),
      message: `${METADATA}/Override[en-US]: the default locale en-US takes DefaultValue, not an Override`,
    },
    {
      rule: "locale",
      xml: broken(
        '<bt:Override Locale="ja-jp" Value="https://localhost:3000/functions-ja.json"/>',
        '<bt:Override Locale="ja-jp" Value="https://localhost:3000/functions-ja.json"/><bt:Override Locale="ko-kr" Value="https://localhost:3000/functions-ja.json"/>',
      ),
      message: `${METADATA}/Override[ko-kr]: no translation of the functions for ko-kr`,
    },
  ])("fails a manifest broken for the $rule rule", ({ rule, xml, message }) => {
    const problems = checkManifest(xml, { buildDir });
    expect(problems.length, JSON.stringify(problems)).toBeGreaterThan(0);
    expect(problems.every((p) => p.rule === rule)).toBe(true);
    if (typeof message === "string") expect(problems.map((p) => p.message)).toContain(message);
    else expect(problems[0]?.message).toMatch(message);
  });

  it("fails a function id in the build's functions.json that looks like a cell", () => {
    cpSync(buildDir, scratch, { recursive: true });
    const json = JSON.parse(readFileSync(join(buildDir, "functions.json"), "utf8"));
    json.functions[0].id = "R1C1";
    writeFileSync(join(scratch, "functions.json"), JSON.stringify(json));
    expect(checkManifest(manifest, { buildDir: scratch })).toEqual([
      {
        rule: "name",
        message: 'functions.json: function id must not look like a cell reference (A1 or R1C1 style), got "R1C1"',
      },
    ]);
  });
});

describe("a build without a language's metadata", () => {
  it("fails the build rule for each locale that points at it", () => {
    const partial = mkdtempSync(join(tmpdir(), "goalsheet-manifest-"));
    try {
      cpSync(buildDir, partial, { recursive: true });
      rmSync(join(partial, "functions-pt.json"));
      const problems = checkManifest(manifest, { buildDir: partial });
      expect(problems.map((p) => p.rule)).toEqual(["build", "build", "build", "build"]);
      expect(problems[0]?.message).toBe(
        `${METADATA}/Override[pt-br]: https://localhost:3000/functions-pt.json is not in the build (no ${join(partial, "functions-pt.json")})`,
      );
    } finally {
      rmSync(partial, { recursive: true, force: true });
    }
  });

  it("fails a translated function name Excel would refuse", () => {
    cpSync(buildDir, scratch, { recursive: true });
    const json = JSON.parse(readFileSync(join(buildDir, "functions-fr.json"), "utf8"));
    json.functions[0].name = "TAUX SUCCES";
    writeFileSync(join(scratch, "functions-fr.json"), JSON.stringify(json));
    expect(checkManifest(manifest, { buildDir: scratch })).toEqual([
      {
        rule: "locale",
        message:
          'functions-fr.json: function name must be at least three letters, digits, "_" or "." and start with a letter, got "TAUX SUCCES"',
      },
    ]);
  });
});

describe("localizedNameProblem(what, value)", () => {
  it.each([
    ["ABSCHLUSSQUOTE", undefined],
    ["AKTIVITÄTSPLAN", undefined],
    ["TAUX.SUCCES.PAR", undefined],
    ["CLV", undefined],
    ["AB", 'name must be at least three letters, digits, "_" or "." and start with a letter, got "AB"'],
    ["1ABC", 'name must be at least three letters, digits, "_" or "." and start with a letter, got "1ABC"'],
    ["ABC1", 'name must not look like a cell reference (A1 or R1C1 style), got "ABC1"'],
  ])("%s", (value, problem) => {
    expect(localizedNameProblem("name", value)).toBe(problem);
  });
});

describe("nameProblem(what, value)", () => {
  it.each([
    ["GOALS", undefined],
    ["GOALS.V2", undefined],
    ["WIN_RATE", undefined],
    ["XFD1048576", 'Namespace must not look like a cell reference (A1 or R1C1 style), got "XFD1048576"'],
    ["R1C1", 'Namespace must not look like a cell reference (A1 or R1C1 style), got "R1C1"'],
    ["R", 'Namespace must not look like a cell reference (A1 or R1C1 style), got "R"'],
    ["GOALS-X", 'Namespace must use only A-Z, 0-9, "_" and "." and start with a letter or "_", got "GOALS-X"'],
    ["1GOALS", 'Namespace must use only A-Z, 0-9, "_" and "." and start with a letter or "_", got "1GOALS"'],
  ])("%s", (value, problem) => {
    expect(nameProblem("Namespace", value)).toBe(problem);
  });
});

describe("withHost(xml, base, version?)", () => {
  it("moves every dev URL to the production host and still passes the check", () => {
    const xml = withHost(manifest, "https://goals.example.com/addin/", "1.0.1.0");
    expect(xml).not.toMatch(/DefaultValue="https:\/\/localhost|<AppDomain>https:\/\/localhost/);
    expect(xml).toContain(
      '<bt:Url id="Functions.Script.Url" DefaultValue="https://goals.example.com/addin/functions.js"/>',
    );
    expect(xml).toContain("<AppDomain>https://goals.example.com</AppDomain>");
    expect(xml).toContain('<bt:Override Locale="de-de" Value="https://goals.example.com/addin/functions-de.json"/>');
    expect(xml).not.toContain('Value="https://localhost');
    expect(xml).toContain("<Version>1.0.1.0</Version>");
    expect(checkManifest(xml, { buildDir })).toEqual([]);
  });

  it.each([
    ["http://goals.example.com", 'the host must be an https URL without ? or #, got "http://goals.example.com"'],
    ["goals.example.com", 'the host must be an https URL without ? or #, got "goals.example.com"'],
  ])("refuses %s", (base, message) => {
    expect(() => withHost(manifest, base)).toThrow(message);
  });

  it("refuses a version Office cannot read", () => {
    expect(() => withHost(manifest, "https://goals.example.com", "2")).toThrow(
      '--version must look like 1.0.1.0, got "2"',
    );
  });
});
