// @ts-expect-error: a virtual module, made at build time by build/precompiled-templates.ts (vite.taskpane.config.ts).
import COMPILED from "virtual:goalsheet/precompiled-templates";
import type { CompiledBySource, TemplateSet } from "../../generator/report/index.js";
import { DEFAULT_TEMPLATES } from "./bundled-templates.js";

/**
 * The default templates with every part compiled at build time: the pane's CSP forbids the eval a run-time
 * compile needs, and with each part found in the map the render neither parses nor compiles (the pane bundles
 * Handlebars' runtime only: vite.taskpane.config.ts).
 */
export const PANE_TEMPLATES: TemplateSet = { ...DEFAULT_TEMPLATES, compiledBySource: COMPILED as CompiledBySource };
