/**
 * A LexiconSet scans its first goals member by member and later ones with the alternation of all members
 * (patterns.ts): both must find exactly the same matches, for every language's metric names and time frames,
 * over every labelled goal, the handed-over examples and words of them run together.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LANGUAGE_PACKS } from "../../shared/smart/lexicon/index.js";
import { METRIC_IDS } from "../../shared/smart/metric-lexicon.js";
import { normalizeGoal } from "../../shared/smart/normalize.js";
import { LexiconSet } from "../../shared/smart/patterns.js";
import { KNOWN_LANGUAGES } from "../../shared/smart/types.js";

const DIR = import.meta.dirname;

function goalTexts(): string[] {
  const texts = readdirSync(DIR)
    .filter((f) => f.endsWith(".jsonl"))
    .flatMap((f) =>
      readFileSync(join(DIR, f), "utf8")
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => normalizeGoal((JSON.parse(line) as { text: string }).text)),
    );
  // Words of different goals run together (with and without a space), so matches meet at odd places.
  const words = texts.flatMap((t) => t.split(/\s+/)).filter((w) => w !== "");
  const mixed: string[] = [];
  for (let i = 0; i + 7 < words.length; i += 3) {
    mixed.push(words.slice(i, i + 7).join(" "), words.slice(i, i + 4).join(""));
  }
  return [...texts, ...mixed];
}

type Sets = { name: string; members: [string, string][]; boundary: (typeof LANGUAGE_PACKS)["en"]["boundary"] }[];

function setsOf(language: (typeof KNOWN_LANGUAGES)[number]): Sets {
  const pack = LANGUAGE_PACKS[language];
  return [
    {
      name: `${language} metrics`,
      members: METRIC_IDS.map((id) => [id, pack.metrics[id]]),
      boundary: pack.metricBoundary ?? pack.boundary,
    },
    { name: `${language} frames`, members: pack.time.frames.map((s, i) => [String(i), s]), boundary: pack.boundary },
  ];
}

describe("a lexicon set finds the same matches either way", () => {
  const texts = goalTexts();

  it("has enough goals to mean something", () => {
    expect(texts.length).toBeGreaterThan(1500);
  });

  for (const language of KNOWN_LANGUAGES) {
    for (const { name, members, boundary } of setsOf(language)) {
      for (const overlapping of [false, true]) {
        it(`${name}${overlapping ? ", overlapping" : ""}`, () => {
          const byMember = new LexiconSet(members, boundary, overlapping, Number.POSITIVE_INFINITY);
          const byAlternation = new LexiconSet(members, boundary, overlapping, 0);
          let matches = 0;
          for (const text of texts) {
            const a = byMember.scan(text);
            expect(byAlternation.scan(text), text).toEqual(a);
            matches += a.length;
          }
          expect(matches).toBeGreaterThan(0);
        });
      }
    }
  }
});
