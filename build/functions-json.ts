import type { FunctionInfo } from "../shared/excel/define.js";
import type { FunctionLocale } from "../shared/excel/locales/index.js";

/**
 * What custom-functions-metadata cannot say from JSDoc, added from the core's metadata (one source):
 * - allowErrorForDataTypeAny: error cells reach the functions, which pass them through with a message as Excel's
 *   own functions do (allowCustomDataForDataTypeAny, which the generator already sets, lets data types in);
 * - helpUrl: the function's page, generated at build time and served with the add-in (help/NAME.html);
 * - volatile: a function whose result depends on today's date when an argument is left out (PACING);
 * - enums: one custom enum per choice parameter, so Excel offers the words in AutoComplete. Older Excel builds
 *   ignore customEnumId and take the parameter as plain text, which the core still checks (the fallback).
 */
export interface FunctionsJson {
  allowCustomDataForDataTypeAny?: boolean;
  allowErrorForDataTypeAny?: boolean;
  functions: {
    id: string;
    name: string;
    description?: string;
    helpUrl?: string;
    options?: Record<string, unknown>;
    parameters: { name: string; description?: string; customEnumId?: string; [key: string]: unknown }[];
    [key: string]: unknown;
  }[];
  enums?: { id: string; type: "string"; values: { name: string; stringValue: string; tooltip?: string }[] }[];
}

export function helpPath(name: string): string {
  return `help/${name.toLowerCase()}.html`;
}

/** The enum id of a choice parameter: one per distinct list of words, named after the first parameter using it. */
function enumId(fn: FunctionInfo, param: string): string {
  return `${fn.name}_${param}`.toUpperCase();
}

export function enrichFunctionsJson(
  json: FunctionsJson,
  functions: readonly FunctionInfo[],
  base: string,
): FunctionsJson {
  const byName = new Map(functions.map((f) => [f.name, f]));
  const enums: NonNullable<FunctionsJson["enums"]> = [];
  const out: FunctionsJson = {
    allowCustomDataForDataTypeAny: true,
    allowErrorForDataTypeAny: true,
    functions: json.functions.map((meta) => {
      const fn = byName.get(meta.id);
      if (!fn) return meta;
      const parameters = meta.parameters.map((p, i) => {
        const choices = fn.params[i]?.choices;
        if (!choices) return p;
        const id = enumId(fn, p.name);
        enums.push({
          id,
          type: "string",
          values: choices.map((c) => ({ name: c, stringValue: c, tooltip: `${p.name}: "${c}"` })),
        });
        return { ...p, customEnumId: id };
      });
      return {
        ...meta,
        helpUrl: `${base.replace(/\/$/, "")}/${helpPath(fn.name)}`,
        parameters,
        ...(fn.volatile ? { options: { ...(meta.options ?? {}), volatile: true } } : {}),
      };
    }),
  };
  if (enums.length > 0) out.enums = enums;
  return out;
}

/** The file a language's metadata is served as, beside functions.json (the naming Microsoft's docs use). */
export function localizedFileName(language: string): string {
  return `functions-${language}.json`;
}

/**
 * functions.json in another language: every function's name and description, every parameter's name and
 * description, and every choice's label and tooltip from the locale's table; ids, types, options, help URLs
 * and the choice words themselves unchanged. A missing translation throws, naming it: the build must not ship
 * a half-translated file (test/addin/function-locales.test.ts says the same before a build does).
 */
export function localizeFunctionsJson(json: FunctionsJson, locale: FunctionLocale): FunctionsJson {
  const missing = (what: string): never => {
    throw new Error(`shared/excel/locales/${locale.language}.json: no translation for ${what}`);
  };
  const labels = new Map<string, string>();
  const functions = json.functions.map((fn) => {
    const text = locale.functions[fn.id] ?? missing(fn.id);
    const parameters = fn.parameters.map((p) => {
      const param = text.parameters[p.name] ?? missing(`${fn.id} parameter ${p.name}`);
      if (p.customEnumId) labels.set(p.customEnumId, param.name);
      return { ...p, name: param.name, description: param.description };
    });
    return { ...fn, name: text.name, description: text.description, parameters };
  });
  const out: FunctionsJson = { ...json, functions };
  if (json.enums) {
    out.enums = json.enums.map((e) => ({
      ...e,
      values: e.values.map((v) => {
        const label = locale.choices[v.stringValue] ?? missing(`the choice "${v.stringValue}"`);
        // The label says what the word means; the word in brackets is what lands in the formula.
        const name = label.toLowerCase() === v.stringValue ? label : `${label} (${v.stringValue})`;
        return { ...v, name, tooltip: `${labels.get(e.id) ?? e.id}: ${name}` };
      }),
    }));
  }
  return out;
}
