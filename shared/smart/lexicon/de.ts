import { en } from "./en.js";
import type { LanguagePack } from "./pack.js";

export const de: LanguagePack = en;
