// @ts-expect-error: a virtual module, made at build time by build/function-list.ts (vite.taskpane.config.ts).
import LISTED from "virtual:goalsheet/function-list";
import type { ListedFunction } from "./listed-function.js";

/** Every GOALS function as the pane lists it, from the core's metadata at build time. */
export const LISTED_FUNCTIONS = LISTED as readonly ListedFunction[];
