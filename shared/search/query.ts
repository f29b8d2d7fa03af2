/**
 * Query analysis: the agent's typed text → weighted terms for the index. The last word may be unfinished,
 * so it is also matched as a prefix; longer words tolerate typos by edit distance. The query is analysed as
 * Swedish and English at once because the agent's language is not known and the English stemmer is cheap.
 */
import { TERM_WEIGHT, wordTerms } from "./analyze.js";
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
}

export interface AnalyzedQuery {
  words: string[];
  terms: QueryTerm[];
}

const MIN_PREFIX = 2; // letters typed before a word is completed as a prefix
const FUZZY_1_FROM = 5; // letters; one typo allowed from here
const FUZZY_2_FROM = 9; // letters; two typos allowed from here

export function fuzzyDistance(term: string): number {
  if (term.length >= FUZZY_2_FROM) return 2;
  return term.length >= FUZZY_1_FROM ? 1 : 0;
}

export function analyzeQuery(text: string): AnalyzedQuery {
  const words: string[] = [];
  const byTerm = new Map<string, QueryTerm>();
  for (const token of tokenize(text)) {
    const forms = token.joined ? [token.word, token.joined] : [token.word];
    for (const word of forms) {
      if (isStopword(word) || (word.length < MIN_PREFIX && !/\d/.test(word))) continue;
      const w = words.length;
      words.push(word);
      const family = [...wordTerms(word, "sv"), ...wordTerms(word, "en")];
      for (const t of family) {
        const isSurface = t.term === word;
        const prev = byTerm.get(t.term);
        if (prev) {
          prev.weight = Math.max(prev.weight, t.weight);
          if (!prev.words.includes(w)) prev.words.push(w);
          prev.prefix ||= isSurface && token.atEnd;
          continue;
        }
        byTerm.set(t.term, {
          term: t.term,
          weight: t.weight,
          prefix: isSurface && token.atEnd && word.length >= MIN_PREFIX,
          fuzzy: t.literal && t.weight >= TERM_WEIGHT.word ? fuzzyDistance(t.term) : 0,
          words: [w],
        });
      }
    }
  }
  return { words, terms: [...byTerm.values()] };
}
