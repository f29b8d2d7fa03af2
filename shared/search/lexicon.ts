/**
 * Known Swedish words, so typo correction never turns a real word into another one: "borta" is a word, so it is
 * not corrected to "borsta" ("strömmen är borta" must not find the tooth-brushing entry), while "vatnet" is not
 * one and may still meet "vatten". The list holds the stems (stemSv) of the forms of some 21,000 common base
 * words from the Swedish hunspell dictionary (svLexicon.ts, built by scripts/build-sv-lexicon.ts), so one check
 * covers every inflection. Decoded on first use (a few milliseconds), then a Set lookup.
 */
import { stemSv } from "./stemSv.js";
import { SV_LEXICON } from "./svLexicon.js";

let stems: Set<string> | null = null;

function decode(): Set<string> {
  const out = new Set<string>();
  let prev = "";
  for (const item of SV_LEXICON.split(" ")) {
    const common = parseInt(item[0] ?? "0", 36);
    prev = prev.slice(0, common) + item.slice(1);
    out.add(prev);
  }
  return out;
}

/** True when the stem is the stem of a known Swedish word form. */
export function isKnownStem(stem: string): boolean {
  stems ??= decode();
  return stems.has(stem);
}

/** True when the normalised word is a known Swedish word (any inflection of one). */
export function isKnownWord(word: string): boolean {
  return isKnownStem(stemSv(word));
}
