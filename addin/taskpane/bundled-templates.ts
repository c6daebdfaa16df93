/// <reference types="vite/client" />
import type { Labels, TemplateSet } from "../../generator/report/index.js";
import main from "../../templates/default/report.hbs?raw";
import css from "../../templates/default/styles.css?raw";

/**
 * The default template set and every locale's labels, bundled into the task pane as text at build time (the
 * pane has no file system). The globs pick up partials and locales as the report engineers add them, so the
 * pane renders with exactly the files the CLI reads from templates/.
 */
const partialFiles = import.meta.glob<string>("../../templates/default/partials/*.hbs", {
  query: "?raw",
  import: "default",
  eager: true,
});
const localeFiles = import.meta.glob<Labels>("../../templates/locales/*.json", { import: "default", eager: true });

const baseName = (path: string): string => (path.split("/").pop() ?? path).replace(/\.[^.]+$/, "");

export const DEFAULT_TEMPLATES: TemplateSet = {
  main,
  css,
  partials: Object.fromEntries(Object.entries(partialFiles).map(([path, text]) => [baseName(path), text])),
};

const LABELS: Readonly<Record<string, Labels>> = Object.fromEntries(
  Object.entries(localeFiles).map(([path, labels]) => [baseName(path), labels]),
);

/** The labels of a locale ("nl", "zh-CN"), English filling any key a translation lacks, as the CLI does. */
export function labelsFor(locale: string): Labels {
  const english = LABELS.en ?? {};
  const language = locale.toLowerCase().split("-")[0] ?? "en";
  return language === "en" ? english : { ...english, ...(LABELS[language] ?? {}) };
}
