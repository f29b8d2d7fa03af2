/**
 * Turns text into search terms. Every word yields a small family of terms: its surface form (for as-you-type
 * prefixes and exact forms), its stem, the verb stem under a verbal noun, the parts of a compound and the
 * concept of a synonym group. The same function serves indexing and querying, so both sides always agree.
 * Concept terms start with "=", so a typed prefix never runs into them.
 */
import { splitCompound } from "./compounds.js";
import { tokenize } from "./normalize.js";
import { stemEn } from "./stemEn.js";
import { derivedStems, stemSv } from "./stemSv.js";
import { isStopword } from "./stopwords.js";
import { conceptsEn, conceptsSv } from "./synonyms.js";

export type AnalyzerLanguage = "sv" | "en" | "fi";

/** How much a term kind counts, relative to the word itself. */
export const TERM_WEIGHT = { word: 1, derived: 0.6, concept: 0.6, part: 0.5, partDerived: 0.35 } as const;

export interface WordTerm {
  term: string;
  weight: number;
  /** Terms that are the word as typed or its stem; only these get prefix and fuzzy matching. */
  literal: boolean;
  /**
   * Terms that come only from a part before the last of a compound: Swedish compounds name their kind by the last
   * part ("brandvarnare" is a kind of "varnare"), so matching only "brand" says little about what was asked.
   */
  modifier?: boolean;
}

function add(out: Map<string, WordTerm>, term: string, weight: number, literal: boolean, modifier = false): void {
  if (!term) return;
  const prev = out.get(term);
  const onlyModifier = modifier && (prev?.modifier ?? true);
  if (!prev || prev.weight < weight) {
    const next: WordTerm = { term, weight, literal: literal || (prev?.literal ?? false) };
    if (onlyModifier) next.modifier = true;
    out.set(term, next);
  } else if (!onlyModifier && prev.modifier) {
    delete prev.modifier;
  }
}

function svFamily(
  word: string,
  out: Map<string, WordTerm>,
  weight: number,
  derivedWeight: number,
  modifier = false,
): void {
  const stem = stemSv(word);
  add(out, stem, weight, weight === TERM_WEIGHT.word, modifier);
  for (const c of conceptsSv(stem)) add(out, c, Math.min(weight, TERM_WEIGHT.concept), false, modifier);
  for (const derived of derivedStems(stem)) {
    add(out, derived, derivedWeight, false, modifier);
    for (const c of conceptsSv(derived)) add(out, c, Math.min(derivedWeight, TERM_WEIGHT.concept), false, modifier);
  }
}

// Analysis of a word is pure and words repeat a lot across entries, so results are memoised. The cap bounds
// memory on an agent's browser tab; clearing all at once is crude but keeps the hot path a single Map lookup.
const MEMO_LIMIT = 50_000; // words per language
const memo: Record<AnalyzerLanguage, Map<string, readonly WordTerm[]>> = {
  sv: new Map(),
  en: new Map(),
  fi: new Map(),
};

/** The terms of one normalised word. */
export function wordTerms(word: string, language: AnalyzerLanguage): readonly WordTerm[] {
  const cache = memo[language];
  const hit = cache.get(word);
  if (hit) return hit;
  const terms = computeWordTerms(word, language);
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(word, terms);
  return terms;
}

function computeWordTerms(word: string, language: AnalyzerLanguage): readonly WordTerm[] {
  const out = new Map<string, WordTerm>();
  add(out, word, TERM_WEIGHT.word, true);
  if (language === "sv") {
    svFamily(word, out, TERM_WEIGHT.word, TERM_WEIGHT.derived);
    const parts = splitCompound(word);
    parts.forEach((part, i) => svFamily(part, out, TERM_WEIGHT.part, TERM_WEIGHT.partDerived, i < parts.length - 1));
  } else if (language === "en") {
    const stem = stemEn(word);
    add(out, stem, TERM_WEIGHT.word, true);
    for (const c of conceptsEn(stem)) add(out, c, TERM_WEIGHT.concept, false);
  }
  return [...out.values()];
}

/** Every term of a text in one language, for the index (stop words dropped). */
export function indexTerms(text: string, language: AnalyzerLanguage): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    for (const word of token.joined ? [token.word, token.joined] : [token.word]) {
      if (isStopword(word)) continue;
      for (const t of wordTerms(word, language)) terms.push(t.term);
    }
  }
  return terms;
}
