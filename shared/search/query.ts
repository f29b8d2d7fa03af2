/**
 * Query analysis: the agent's typed text → weighted terms for the index. The last word may be unfinished,
 * so it is also matched as a prefix; longer words tolerate typos by edit distance. The query is analysed as
 * Swedish and English at once because the agent's language is not known and the English stemmer is cheap.
 */
import { TERM_WEIGHT, wordTerms } from "./analyze.js";
import { MATCH, MAX_WORD_BIT, type MatchKind } from "./engine.js";
import { isKnownWord } from "./lexicon.js";
import { tokenize } from "./normalize.js";
import { isStopword } from "./stopwords.js";

export interface QueryTerm {
  term: string;
  weight: number;
  prefix: boolean;
  /** Maximum edit distance, 0 for exact only. */
  fuzzy: number;
  /** Indices of the query words this term stands for. */
  words: number[];
  /** How directly an exact match answers the word: the word or its stem, a part or derived stem, a synonym. */
  match: MatchKind;
  /**
   * Per match kind (MATCH), the query words (bit mask) this term answers that way. A term shared by two words may
   * answer them differently: "skol" is the word itself for "skolan" but only the modifier of "skolmat".
   */
  kindMasks: number[];
}

const wordBit = (w: number): number => 1 << Math.min(w, MAX_WORD_BIT);

export interface AnalyzedQuery {
  words: string[];
  terms: QueryTerm[];
}

// Letters typed before a word is completed as a prefix: at 2 letters a prefix matches a large share of the
// vocabulary (slow and meaningless), at 3 "kok" already finds the boil-water entries.
const MIN_PREFIX = 3;
const MIN_WORD = 2; // letters; a single letter is noise unless it is a digit
const FUZZY_1_FROM = 5; // letters; one typo allowed from here
const FUZZY_2_FROM = 9; // letters; two typos allowed from here

/**
 * Typo budget: it follows the word as typed ("vätten", 6 letters, may differ by one from "vatten" though its
 * stem "vätt" is short), capped by the stem, because two edits on a short stem reach unrelated words
 * ("lägen" → "lämn").
 */
export function fuzzyDistance(word: string, stem = word): number {
  if (stem.length < 4) return 0;
  if (word.length >= FUZZY_2_FROM && stem.length >= FUZZY_2_FROM - 1) return 2;
  return word.length >= FUZZY_1_FROM ? 1 : 0;
}

export function analyzeQuery(text: string): AnalyzedQuery {
  const words: string[] = [];
  const byTerm = new Map<string, QueryTerm>();
  for (const token of tokenize(text)) {
    const forms = token.joined ? [token.word, token.joined] : [token.word];
    for (const word of forms) {
      if (isStopword(word) || (word.length < MIN_WORD && !/\d/.test(word))) continue;
      const w = words.length;
      words.push(word);
      const sv = wordTerms(word, "sv");
      const enAll = wordTerms(word, "en");
      // English forms are looked up exactly: fuzzy neighbours of an English stem of a Swedish word ("vattne" →
      // "vattn") only add noise and cost, and the English entries are few and short.
      const en = enAll.filter((t) => !sv.some((s) => s.term === t.term)).map((t) => ({ ...t, literal: false }));
      const family = [...sv, ...en];
      const typing = token.atEnd && word.length >= MIN_PREFIX;
      // A real Swedish word is taken as meant: correcting it would turn it into another word ("borta" → "borsta").
      const known = word.length >= FUZZY_1_FROM && isKnownWord(word);
      // An entry indexes a word's surface form beside its stem, so a finished word that both stemmers change
      // is looked up by its stems only: one posting-list pass less. If either stemmer leaves the word as it
      // is ("water" in English), the surface form is that language's stem and must be looked up.
      const changedBy = (ts: readonly { term: string; literal: boolean }[]): boolean =>
        ts.some((t) => t.literal && t.term !== word);
      const svStemmed = changedBy(sv);
      const stemmed = svStemmed && changedBy(enAll);
      for (const t of family) {
        const isSurface = t.term === word;
        if (isSurface && stemmed && !typing) continue;
        const match: MatchKind = t.modifier
          ? MATCH.MODIFIER
          : t.term.startsWith("=")
            ? MATCH.CONCEPT
            : t.literal && t.weight >= TERM_WEIGHT.word
              ? MATCH.DIRECT
              : MATCH.PARTIAL;
        const prev = byTerm.get(t.term);
        if (prev) {
          prev.weight = Math.max(prev.weight, t.weight);
          prev.match = Math.min(prev.match, match) as MatchKind;
          const bit = wordBit(w);
          // The strongest kind per word: clear this word's bit from weaker kinds.
          const have = prev.kindMasks.findIndex((m) => (m & bit) !== 0);
          if (have < 0 || match < have) {
            if (have >= 0) prev.kindMasks[have] = (prev.kindMasks[have] ?? 0) & ~bit;
            prev.kindMasks[match] = (prev.kindMasks[match] ?? 0) | bit;
          }
          if (!prev.words.includes(w)) prev.words.push(w);
          prev.prefix ||= isSurface && typing;
          continue;
        }
        byTerm.set(t.term, {
          term: t.term,
          weight: t.weight,
          prefix: isSurface && typing,
          // Typos are tolerated on the Swedish stem; a surface form kept beside it is looked up exactly.
          fuzzy:
            !known && t.literal && t.weight >= TERM_WEIGHT.word && !(isSurface && svStemmed)
              ? fuzzyDistance(word, t.term)
              : 0,
          words: [w],
          match,
          kindMasks: [0, 0, 0, 0].map((_, k) => (k === match ? wordBit(w) : 0)),
        });
      }
    }
  }
  return { words, terms: [...byTerm.values()] };
}
