import type { KnownLanguage } from "../types.js";
import { ar } from "./ar.js";
import { de } from "./de.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { ja } from "./ja.js";
import { nl } from "./nl.js";
import type { LanguagePack } from "./pack.js";
import { pt } from "./pt.js";
import { zh } from "./zh.js";

/** Every language SMARTCHECK reads, one pack of words each (see pack.ts). */
export const LANGUAGE_PACKS: Readonly<Record<KnownLanguage, LanguagePack>> = { en, zh, nl, ar, de, es, fr, pt, ja };
