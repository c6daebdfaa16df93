import { en } from "./en.js";
import type { LanguagePack } from "./pack.js";

export const ja: LanguagePack = en;
