import { en } from "./en.js";
import type { AdviceWords } from "./words.js";

export const pt: AdviceWords = en;
