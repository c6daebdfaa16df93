// @ts-expect-error: a virtual module, made at build time by build/precompiled-templates.ts (vite.taskpane.config.ts).
import PRECOMPILED from "virtual:goalsheet/precompiled-templates";
import type { PrecompiledTemplates } from "../../generator/report/index.js";

/** The default templates compiled at build time: the pane's CSP forbids the eval a run-time compile needs. */
export const PRECOMPILED_TEMPLATES = PRECOMPILED as PrecompiledTemplates;
