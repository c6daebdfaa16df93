import ar from "./ar.json" with { type: "json" };
import de from "./de.json" with { type: "json" };
import es from "./es.json" with { type: "json" };
import fr from "./fr.json" with { type: "json" };
import ja from "./ja.json" with { type: "json" };
import nl from "./nl.json" with { type: "json" };
import pt from "./pt.json" with { type: "json" };
import zh from "./zh.json" with { type: "json" };

/**
 * Excel's help for the GOALS functions in every language the product speaks besides English: one file per
 * language, the single source the add-in build turns into functions-<language>.json (Excel's documented
 * localization of custom-function metadata: learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming)
 * and the manifest points at per Office locale.
 *
 * - `locales`: the Office display languages (RFC 3066 tags, lower case) that get this file. The manifest needs
 *   one Override per tag: Office does not match a bare language ("de") on every platform.
 * - `functions`: by function id, the name Excel shows and its description, and per parameter (by its English
 *   name) the name and help shown while typing. Chinese, Japanese and Arabic Excel keep English function names
 *   (SUM stays SUM), so those files keep the ids as names and translate the rest.
 * - `choices`: a label per choice word (the custom enums' AutoComplete). The word itself stays what the function
 *   receives, so a formula means the same in every language.
 */
export interface FunctionText {
  readonly name: string;
  readonly description: string;
  readonly parameters: Readonly<Record<string, { readonly name: string; readonly description: string }>>;
}

export interface FunctionLocale {
  readonly language: string;
  readonly locales: readonly string[];
  readonly choices: Readonly<Record<string, string>>;
  readonly functions: Readonly<Record<string, FunctionText>>;
}

export const FUNCTION_LOCALES: readonly FunctionLocale[] = [zh, nl, ar, de, es, fr, pt, ja];
