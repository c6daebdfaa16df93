import { readFileSync } from "node:fs";
import { deDE, enUS, esES, frFR, nlNL, ptPT } from "hyperformula/i18n/languages";
import { describe, expect, it } from "vitest";
import { localizedFileName } from "../../build/functions-json.js";
import { LOCALES } from "../../generator/report/options.js";
import { localizedNameProblem } from "../../scripts/check-manifest.js";
import { FUNCTION_LOCALES } from "../../shared/excel/locales/index.js";
import { requireBuild } from "./browser.js";

/**
 * Issue 15 item 4: the functions' help in every language the product speaks, through Excel's localization of
 * custom-function metadata (one functions-<language>.json per language, chosen by the manifest per Office
 * locale). The tables in shared/excel/locales/ are the one source; this test holds them complete and usable,
 * and checks that the build turned each into its file without changing anything but the words.
 *
 * Platform behaviour encoded here, from Microsoft's "Localize custom functions"
 * (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-localize): each language is its own functions JSON
 * with localized `name` and `description` for the function and each parameter, named by a manifest
 * `<bt:Override Locale=…>`; the `id` "is how Excel identifies your function as unique and should not be changed",
 * so only the words may differ between the files. Names follow "Naming guidelines for custom functions"
 * (…/excel/custom-functions-naming): "any Unicode alphanumeric character, underscore, and period", starting with a
 * letter, at least three characters, never a cell reference (A1 to XFD1048576, R1C1 to R1048576C16384).
 */
interface Meta {
  functions: {
    id: string;
    name: string;
    description: string;
    helpUrl?: string;
    parameters: { name: string; description: string; customEnumId?: string; [key: string]: unknown }[];
    [key: string]: unknown;
  }[];
  enums?: { id: string; values: { name: string; stringValue: string; tooltip?: string }[] }[];
  [key: string]: unknown;
}
const english = JSON.parse(readFileSync(requireBuild("functions.json"), "utf8")) as Meta;
const choicesOf = (enumId: string | undefined) =>
  english.enums?.find((e) => e.id === enumId)?.values.map((v) => v.stringValue) ?? [];

/** Excel's own function names in the languages HyperFormula translates (it implements about 400 of them). */
const BUILT_IN = new Set(
  [deDE, enUS, esES, frFR, nlNL, ptPT].flatMap((language) =>
    Object.values(language.functions as Record<string, string>),
  ),
);
/** Languages whose Excel keeps English function names (SUM stays SUM): their files keep the ids. */
const ENGLISH_NAMES = new Set(["zh", "ja", "ar"]);

describe.each(FUNCTION_LOCALES.map((l) => [l.language, l] as const))("functions in %s", (language, locale) => {
  it("translate every function, every parameter and every choice", () => {
    const missing: string[] = [];
    const present = (what: string, text: string | undefined) => {
      if (typeof text !== "string" || text.trim() === "" || text !== text.trim()) missing.push(what);
    };
    for (const fn of english.functions) {
      const text = locale.functions[fn.id];
      present(`${fn.id} name`, text?.name);
      present(`${fn.id} description`, text?.description);
      for (const p of fn.parameters) {
        present(`${fn.id} ${p.name} name`, text?.parameters[p.name]?.name);
        present(`${fn.id} ${p.name} description`, text?.parameters[p.name]?.description);
        for (const choice of choicesOf(p.customEnumId)) present(`choice "${choice}"`, locale.choices[choice]);
      }
    }
    expect(missing, `shared/excel/locales/${language}.json lacks these`).toEqual([]);
  });

  it("name the functions as Excel accepts, without clashing with each other or Excel's own", () => {
    const names = english.functions.map((fn) => locale.functions[fn.id]?.name ?? "");
    for (const [i, name] of names.entries()) {
      const id = english.functions[i]?.id as string;
      expect(localizedNameProblem(`${id} name`, name)).toBeUndefined();
      expect(name, `${id}: Excel's function names are upper case`).toBe(name.toLocaleUpperCase(language));
      if (ENGLISH_NAMES.has(language)) expect(name).toBe(id);
      else if (name !== id) expect(BUILT_IN.has(name), `${id} is named ${name}, an Excel function`).toBe(false);
      // Another function's English id would make a formula mean two things.
      const other = english.functions.find((fn) => fn.id === name);
      expect(other === undefined || other.id === id, `${name} is also the id of ${other?.id}`).toBe(true);
    }
    expect(new Set(names).size, "two functions share a name").toBe(names.length);
  });

  it("name each parameter once, without spaces, and keep the words a formula uses", () => {
    for (const fn of english.functions) {
      const params = locale.functions[fn.id]?.parameters ?? {};
      const names = fn.parameters.map((p) => params[p.name]?.name ?? "");
      expect(new Set(names).size, `${fn.id}: two parameters share a name`).toBe(names.length);
      for (const name of names) expect(name, fn.id).toMatch(/^[^\s,;()"]+$/);
      for (const p of fn.parameters) {
        // A choice the English help quotes is the word to type: every translation quotes it unchanged.
        for (const choice of choicesOf(p.customEnumId)) {
          if (p.description.includes(`"${choice}"`)) {
            expect(params[p.name]?.description, `${fn.id} ${p.name}`).toContain(`"${choice}"`);
          }
        }
      }
    }
  });

  it("are built into the add-in as functions.json with only the words changed", () => {
    const built = JSON.parse(readFileSync(requireBuild(localizedFileName(language)), "utf8")) as Meta;
    const words = (meta: Meta) => ({
      ...meta,
      functions: meta.functions.map((fn) => ({
        ...fn,
        name: "",
        description: "",
        parameters: fn.parameters.map((p) => ({ ...p, name: "", description: "" })),
      })),
      enums: meta.enums?.map((e) => ({ ...e, values: e.values.map((v) => ({ ...v, name: "", tooltip: "" })) })),
    });
    expect(words(built)).toEqual(words(english));
    for (const fn of built.functions) {
      const text = locale.functions[fn.id];
      expect([fn.name, fn.description]).toEqual([text?.name, text?.description]);
      const source = english.functions.find((f) => f.id === fn.id);
      for (const [i, p] of fn.parameters.entries()) {
        const param = text?.parameters[source?.parameters[i]?.name ?? ""];
        expect([p.name, p.description]).toEqual([param?.name, param?.description]);
      }
    }
    for (const e of built.enums ?? []) {
      for (const v of e.values) {
        const label = locale.choices[v.stringValue] as string;
        expect(v.name).toBe(label.toLowerCase() === v.stringValue ? label : `${label} (${v.stringValue})`);
      }
    }
  });
});

describe("function locales", () => {
  it("cover every language the report speaks", () => {
    const translated = new Set(FUNCTION_LOCALES.map((l) => l.language));
    expect(LOCALES.filter((l) => l !== "en" && !translated.has(l))).toEqual([]);
  });

  it("give each Office locale one language", () => {
    const tags = FUNCTION_LOCALES.flatMap((l) => l.locales);
    expect(new Set(tags).size).toBe(tags.length);
    for (const l of FUNCTION_LOCALES)
      for (const tag of l.locales) expect(tag).toMatch(new RegExp(`^${l.language}-[a-z]{2}$`));
  });
});
