/**
 * An offline check of manifest.xml, run by the tests and by `npx tsx scripts/check-manifest.ts [manifest]
 * [buildDir]`. Microsoft's validator (`npm run validate`) needs the internet; this catches the mistakes that
 * stop Excel from loading the add-in before anything reaches that service: malformed XML, elements out of
 * schema order, a resid that names no resource, http URLs, a page/script/metadata file missing from the build,
 * ids or a namespace Excel rejects, and locale overrides: every Office locale of every translated language
 * (shared/excel/locales/) must get its functions-<language>.json, whose names Excel must accept. Each problem
 * names its rule, so tests can show every rule firing.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { FUNCTION_LOCALES } from "../shared/excel/locales/index.js";
import { ORDER, REQUIRED } from "./manifest-schema.js";

export type ManifestRule =
  | "well-formed"
  | "schema-order"
  | "required"
  | "resid"
  | "https"
  | "build"
  | "name"
  | "locale";

export interface ManifestProblem {
  readonly rule: ManifestRule;
  readonly message: string;
}

export interface CheckOptions {
  /** The built add-in (dist/addin): pages, scripts and metadata the manifest points at must exist here. */
  readonly buildDir: string;
}

/** An element's name without its namespace prefix ("" for none). */
const local = (el: Element | null | undefined): string => el?.localName ?? "";

const children = (el: Element): Element[] =>
  Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1) as Element[];

/** The element's name without its prefix, plus its xsi:type when it has one ("ExtensionPoint[CustomFunctions]"). */
function keyOf(el: Element): string {
  const type = el.getAttribute("xsi:type");
  return type && ORDER[`${local(el)}[${type}]`] ? `${local(el)}[${type}]` : local(el);
}

/** An Override is named by its locale: ".../Url#Functions.Metadata.Url/Override[de-de]". */
function overridePath(el: Element): string {
  if (local(el) !== "Override") return pathOf(el);
  return `${pathOf(el.parentNode as Element)}/Override[${el.getAttribute("Locale") ?? ""}]`;
}

function pathOf(el: Element): string {
  const parts: string[] = [];
  for (let n: Element | null = el; n && n.nodeType === 1; n = n.parentNode as Element | null) {
    const id = n.getAttribute("id");
    parts.unshift(id ? `${keyOf(n)}#${id}` : keyOf(n));
  }
  return parts.join("/");
}

function allElements(root: Element): Element[] {
  const out: Element[] = [root];
  for (const child of children(root)) out.push(...allElements(child));
  return out;
}

/** Custom-function ids and the namespace: A–Z, 0–9, _ and . only, and nothing Excel would read as a cell. */
export function nameProblem(what: string, value: string): string | undefined {
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(value)) {
    return `${what} must use only A-Z, 0-9, "_" and "." and start with a letter or "_", got "${value}"`;
  }
  const cellLike =
    /^[A-Za-z]{1,3}[0-9]+$/.test(value) || /^[Rr][0-9]*[Cc][0-9]*$/.test(value) || /^[RrCc]$/.test(value);
  if (cellLike) return `${what} must not look like a cell reference (A1 or R1C1 style), got "${value}"`;
  return undefined;
}

function checkOrder(root: Element, problems: ManifestProblem[]): void {
  for (const el of allElements(root)) {
    const key = keyOf(el);
    const order = ORDER[key];
    const kids = children(el);
    if (order) {
      let last = -1;
      for (const kid of kids) {
        const index = order.indexOf(local(kid));
        if (index < 0) {
          problems.push({ rule: "schema-order", message: `${pathOf(el)}: unexpected element <${local(kid)}>` });
        } else if (index < last) {
          problems.push({
            rule: "schema-order",
            message: `${pathOf(el)}: <${local(kid)}> must come before <${order[last]}>`,
          });
        } else {
          last = index;
        }
      }
    }
    for (const name of REQUIRED[key] ?? []) {
      if (!kids.some((k) => local(k) === name)) {
        problems.push({ rule: "required", message: `${pathOf(el)}: missing required element <${name}>` });
      }
    }
  }
}

/** Every resid names a resource of the right kind; returns the URL resources by id for the later checks. */
function checkResids(root: Element, problems: ManifestProblem[]): Map<string, string> {
  const resources = new Map<string, { kind: string; value: string }>();
  for (const el of allElements(root)) {
    const parent = el.parentNode as Element | null;
    if (parent?.nodeType === 1 && ["Images", "Urls", "ShortStrings", "LongStrings"].includes(local(parent))) {
      const id = el.getAttribute("id") ?? "";
      if (resources.has(id)) problems.push({ rule: "resid", message: `Resources: duplicate id "${id}"` });
      resources.set(id, { kind: local(parent), value: el.getAttribute("DefaultValue") ?? "" });
      if (id.length > 32)
        problems.push({ rule: "resid", message: `Resources: id must be at most 32 characters, got "${id}"` });
    }
  }
  for (const el of allElements(root)) {
    const resid = el.getAttribute("resid");
    if (resid === null || resid === "") continue;
    const found = resources.get(resid);
    const wanted = wantedKind(el);
    if (!found) {
      problems.push({ rule: "resid", message: `${pathOf(el)}: resid "${resid}" names no resource` });
    } else if (wanted && found.kind !== wanted) {
      problems.push({
        rule: "resid",
        message: `${pathOf(el)}: resid "${resid}" must name one of ${wanted}, got ${found.kind}`,
      });
    }
  }
  const urls = new Map<string, string>();
  for (const [id, r] of resources) if (r.kind === "Urls" || r.kind === "Images") urls.set(id, r.value);
  return urls;
}

function wantedKind(el: Element): string | undefined {
  const name = local(el);
  if (name === "Image") return "Images";
  if (["SourceLocation", "Runtime", "FunctionFile", "LearnMoreUrl"].includes(name)) return "Urls";
  if (["Label", "Title", "Namespace"].includes(name)) return "ShortStrings";
  if (name === "Description") return "LongStrings";
  return undefined;
}

/** Every URL in the manifest: DefaultValue and Override Value attributes that look like URLs, AppDomain texts. */
function urlsOf(root: Element): { where: string; url: string }[] {
  const out: { where: string; url: string }[] = [];
  for (const el of allElements(root)) {
    const value = el.getAttribute("DefaultValue") ?? (local(el) === "Override" ? el.getAttribute("Value") : null);
    if (value && /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) out.push({ where: overridePath(el), url: value });
    if (local(el) === "AppDomain") out.push({ where: pathOf(el), url: (el.textContent ?? "").trim() });
  }
  return out;
}

/** The add-in's own files: URLs under the task pane page's folder map to files in the build folder. */
function checkBuild(root: Element, buildDir: string, problems: ManifestProblem[]): void {
  const page = allElements(root).find((e) => local(e) === "SourceLocation" && e.getAttribute("DefaultValue"));
  const pageUrl = page?.getAttribute("DefaultValue");
  if (!pageUrl || !URL.canParse(pageUrl)) return;
  const base = new URL(".", pageUrl).href;
  for (const { where, url } of urlsOf(root)) {
    if (!url.startsWith(base) || url === base.replace(/\/$/, "")) continue;
    const relative = decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length));
    if (relative === "") continue;
    if (!existsSync(join(buildDir, relative))) {
      problems.push({
        rule: "build",
        message: `${where}: ${url} is not in the build (no ${join(buildDir, relative)})`,
      });
    }
  }
}

function checkNames(root: Element, urls: Map<string, string>, buildDir: string, problems: ManifestProblem[]): void {
  const strings = new Map<string, string>();
  for (const el of allElements(root)) {
    if (local(el.parentNode as Element | null) === "ShortStrings") {
      strings.set(el.getAttribute("id") ?? "", el.getAttribute("DefaultValue") ?? "");
    }
  }
  const ns = allElements(root).find((e) => local(e) === "Namespace");
  const namespace = ns ? strings.get(ns.getAttribute("resid") ?? "") : undefined;
  if (namespace !== undefined) {
    const problem = nameProblem("Namespace", namespace);
    if (problem) problems.push({ rule: "name", message: problem });
    if (namespace.length > 32) {
      problems.push({ rule: "name", message: `Namespace must be at most 32 characters, got "${namespace}"` });
    }
  }
  const id = allElements(root).find((e) => local(e) === "Id" && local(e.parentNode as Element) === "OfficeApp");
  const guid = (id?.textContent ?? "").trim();
  if (id && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(guid)) {
    problems.push({ rule: "name", message: `Id must be a GUID, got "${guid}"` });
  }
  // The function ids live in functions.json, which the manifest's Metadata points at.
  const metadata = allElements(root).find((e) => local(e) === "Metadata");
  const metaResid = metadata ? children(metadata)[0]?.getAttribute("resid") : undefined;
  const metaUrl = metaResid ? urls.get(metaResid) : undefined;
  const file = metaUrl && URL.canParse(metaUrl) ? join(buildDir, new URL(metaUrl).pathname.split("/").pop() ?? "") : "";
  if (!file || !existsSync(file)) return;
  const json = JSON.parse(readFileSync(file, "utf8")) as { functions?: { id: string; name: string }[] };
  for (const fn of json.functions ?? []) {
    for (const [what, value] of [
      ["function id", fn.id],
      ["function name", fn.name],
    ] as const) {
      const problem = nameProblem(`functions.json: ${what}`, value);
      if (problem) problems.push({ rule: "name", message: problem });
    }
  }
}

/**
 * A localized function name: Excel allows any Unicode letter, digits, "_" and ".", starting with a letter, at
 * least three characters (learn.microsoft.com custom-functions-naming), and nothing Excel reads as a cell.
 */
export function localizedNameProblem(what: string, value: string): string | undefined {
  if (!/^\p{L}[\p{L}\p{N}_.]{2,}$/u.test(value)) {
    return `${what} must be at least three letters, digits, "_" or "." and start with a letter, got "${value}"`;
  }
  return /^[A-Za-z_]/.test(value) && /^[A-Za-z0-9_.]+$/.test(value) ? nameProblem(what, value) : undefined;
}

/** RFC 3066 as Office uses it: a language, then optional subtags ("de", "de-at", "zh-hans-cn"). */
const LOCALE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/**
 * Overrides: each names a well-formed Locale other than the default, at most once per element. The functions'
 * metadata URL has one per Office locale of every translated language, pointing at that language's file beside
 * functions.json, and no other; each such file in the build has names Excel accepts.
 */
function checkLocales(root: Element, urls: Map<string, string>, buildDir: string, problems: ManifestProblem[]): void {
  const defaultLocale = (allElements(root).find((e) => local(e) === "DefaultLocale")?.textContent ?? "").trim();
  const byParent = new Map<Element, Map<string, string>>();
  for (const el of allElements(root)) {
    if (local(el) !== "Override") continue;
    const parent = el.parentNode as Element;
    const tag = (el.getAttribute("Locale") ?? "").trim();
    const where = overridePath(el);
    if (!LOCALE_TAG.test(tag))
      problems.push({ rule: "locale", message: `${where}: Locale must be a tag such as de-de, got "${tag}"` });
    if (tag.toLowerCase() === defaultLocale.toLowerCase()) {
      problems.push({
        rule: "locale",
        message: `${where}: the default locale ${defaultLocale} takes DefaultValue, not an Override`,
      });
    }
    const seen = byParent.get(parent) ?? new Map<string, string>();
    if (seen.has(tag.toLowerCase()))
      problems.push({ rule: "locale", message: `${where}: a second Override for ${tag}` });
    seen.set(tag.toLowerCase(), el.getAttribute("Value") ?? "");
    byParent.set(parent, seen);
  }
  const metadata = allElements(root).find((e) => local(e) === "Metadata");
  const resid = metadata ? children(metadata)[0]?.getAttribute("resid") : undefined;
  const element = allElements(root).find((e) => local(e) === "Url" && e.getAttribute("id") === resid);
  const base = resid ? urls.get(resid) : undefined;
  if (!element || !base || !URL.canParse(base)) return;
  const overrides = byParent.get(element) ?? new Map<string, string>();
  const where = pathOf(element);
  const expected = new Map<string, string>();
  for (const locale of FUNCTION_LOCALES) {
    for (const tag of locale.locales)
      expected.set(tag.toLowerCase(), new URL(`functions-${locale.language}.json`, base).href);
  }
  for (const [tag, url] of expected) {
    const got = overrides.get(tag);
    if (got === undefined) {
      problems.push({ rule: "locale", message: `${where}: no Override for ${tag} (${url})` });
    } else if (got !== url) {
      problems.push({ rule: "locale", message: `${where}/Override[${tag}]: must be ${url}, got "${got}"` });
    }
  }
  for (const tag of overrides.keys()) {
    if (!expected.has(tag)) {
      problems.push({
        rule: "locale",
        message: `${where}/Override[${tag}]: no translation of the functions for ${tag}`,
      });
    }
  }
  for (const locale of FUNCTION_LOCALES) {
    const file = join(buildDir, `functions-${locale.language}.json`);
    if (!existsSync(file)) continue;
    const json = JSON.parse(readFileSync(file, "utf8")) as { functions?: { name: string }[] };
    for (const fn of json.functions ?? []) {
      const problem = localizedNameProblem(`functions-${locale.language}.json: function name`, fn.name);
      if (problem) problems.push({ rule: "locale", message: problem });
    }
  }
}

/** Check a manifest's text. Returns every problem found (empty when the manifest is fine). */
export function checkManifest(xml: string, options: CheckOptions): ManifestProblem[] {
  let doc: ReturnType<DOMParser["parseFromString"]>;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new Error(message);
      },
    }).parseFromString(xml, "text/xml");
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return [{ rule: "well-formed", message: `manifest is not well-formed XML: ${message.split("\n")[0]}` }];
  }
  const root = doc.documentElement;
  if (!root || local(root) !== "OfficeApp") {
    return [
      { rule: "well-formed", message: `the root element must be <OfficeApp>, got <${local(root) || "nothing"}>` },
    ];
  }
  const problems: ManifestProblem[] = [];
  checkOrder(root, problems);
  const urls = checkResids(root, problems);
  for (const { where, url } of urlsOf(root)) {
    if (!url.startsWith("https://"))
      problems.push({ rule: "https", message: `${where}: URL must be https, got "${url}"` });
  }
  checkBuild(root, options.buildDir, problems);
  checkNames(root, urls, options.buildDir, problems);
  checkLocales(root, urls, options.buildDir, problems);
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const manifest = process.argv[2] ?? "manifest.xml";
  const buildDir = process.argv[3] ?? "dist/addin";
  const problems = checkManifest(readFileSync(manifest, "utf8"), { buildDir });
  for (const p of problems) console.error(`${manifest}: [${p.rule}] ${p.message}`);
  console.log(problems.length === 0 ? `${manifest}: ok` : `${manifest}: ${problems.length} problem(s)`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
