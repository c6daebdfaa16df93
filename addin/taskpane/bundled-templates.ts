/// <reference types="vite/client" />
import type { Labels, TemplateSet } from "../../generator/report/index.js";
import main from "../../templates/default/report.hbs?raw";
import css from "../../templates/default/styles.css?raw";

/**
 * The default template set and every locale's labels, bundled into the task pane as text at build time (the
 * pane has no file system). The globs pick up partials and locales as the report engineers add them, so the
 * pane renders with exactly the files the CLI reads from templates/. Each locale is its own chunk, loaded
 * when a report needs it: nine locales inline made the pane 250 KB gzipped against its 150 KB budget.
 */
const partialFiles = import.meta.glob<string>("../../templates/default/partials/*.hbs", {
  query: "?raw",
  import: "default",
  eager: true,
});
const localeFiles = import.meta.glob<Labels>("../../templates/locales/*.json", { import: "default" });

const baseName = (path: string): string => (path.split("/").pop() ?? path).replace(/\.[^.]+$/, "");

export const DEFAULT_TEMPLATES: TemplateSet = {
  main,
  css,
  partials: Object.fromEntries(Object.entries(partialFiles).map(([path, text]) => [baseName(path), text])),
};

const LOCALES: Readonly<Record<string, () => Promise<Labels>>> = Object.fromEntries(
  Object.entries(localeFiles).map(([path, load]) => [baseName(path), load]),
);

/** The labels of a locale ("nl", "zh-CN"), English filling any key a translation lacks, as the CLI does. */
export async function labelsFor(locale: string): Promise<Labels> {
  const english = (await LOCALES.en?.()) ?? {};
  const language = locale.toLowerCase().split("-")[0] ?? "en";
  if (language === "en") return english;
  return { ...english, ...((await LOCALES[language]?.()) ?? {}) };
}
