/**
 * What LibreOffice makes of `goalsheet init`'s Quota sheet, kept as test/quota/libreoffice/starter.json for
 * test/quota/libreoffice.test.ts (which needs no LibreOffice). The starter workbook is opened twice by
 * `soffice --headless --convert-to xlsx`: as saved (LibreOffice's default for Excel files: keep the cached
 * values) and recalculated (a profile that recalculates every formula on load). Each time, every cell the
 * planner wrote a formula into (Quota sheet and the Reps columns) is read back from LibreOffice's file.
 *
 * Run with `npx tsx scripts/planner-libreoffice.ts` (needs soffice: apt-get install libreoffice-calc-nogui).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { starterPlan, starterWorkbook } from "../generator/cli/commands/init.js";
import { formulaCells } from "../test/quota/formula-cells.js";
import { cellsXml, parts, sheetXml } from "../test/quota/xlsx.js";

const RECALC = { saved: 1, recalculated: 0 } as const; // OOXMLRecalcMode: 0 always, 1 never, 2 ask.

function profile(dir: string, mode: number): string {
  const user = join(dir, "user");
  mkdirSync(user, { recursive: true });
  const item = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>${mode}</value></prop></item>`;
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry">${item("OOXMLRecalcMode")}</oor:items>\n`,
  );
  return `file://${dir}`;
}

type Shown = number | string | boolean | null;

const xmlText = (text: string) =>
  text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e] ?? "",
  );

/** What a cell of LibreOffice's file holds: its value by type (errors as their text), null when empty. */
function shown(xml: string | undefined, strings: readonly string[]): Shown {
  if (!xml) return null;
  const type = /^<c\b[^>]*\bt="([a-z]+)"/.exec(xml)?.[1] ?? "n";
  const v = /<v>([^<]*)<\/v>/.exec(xml)?.[1];
  if (v === undefined) return /<is>/.test(xml) ? xmlText(xml.replace(/<[^>]+>/g, "")) : null;
  if (type === "s") return strings[Number(v)] ?? null;
  if (type === "str" || type === "e") return xmlText(v);
  if (type === "b") return v === "1";
  return Number(v);
}

function sharedStrings(files: Map<string, string>): string[] {
  const xml = files.get("xl/sharedStrings.xml") ?? "";
  return [...xml.matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
    xmlText([...(m[1] as string).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join("")),
  );
}

const work = mkdtempSync(join(tmpdir(), "goalsheet-lo-"));
try {
  const input = join(work, "starter.xlsx");
  writeFileSync(input, await starterWorkbook());
  const version = execFileSync("soffice", ["--version"], { encoding: "utf8" }).trim();
  const spec = starterPlan();
  const cells = formulaCells(spec);
  const modes: Record<string, Record<string, Shown>> = {};
  for (const [mode, recalc] of Object.entries(RECALC)) {
    const out = join(work, mode);
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=${profile(join(work, `profile-${mode}`), recalc)}`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        out,
        input,
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
    const files = parts(readFileSync(join(out, "starter.xlsx")));
    const strings = sharedStrings(files);
    const sheets = new Map<string, Map<string, string>>();
    const seen: Record<string, Shown> = {};
    for (const { sheet, address } of cells) {
      if (!sheets.has(sheet)) sheets.set(sheet, cellsXml(sheetXml(files, sheet)));
      seen[`${sheet}!${address}`] = shown(sheets.get(sheet)?.get(address), strings);
    }
    modes[mode] = seen;
  }
  const path = join(import.meta.dirname, "..", "test", "quota", "libreoffice", "starter.json");
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ libreoffice: version, ...modes }, null, 2)}\n`);
  console.log(`wrote ${path}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
